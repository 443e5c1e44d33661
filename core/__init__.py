"""Ground floor of Traffik Lens: settings, records, access policy and taxonomy.

Imports no other package of ours.
"""
