"""The fixed vocabularies of the records (sectors, roles, report kinds) and of the hub's
actions (search and answer modes, stats views, token lifetime), importable without the
database layer: the command line offers them as choices before any command runs."""

from __future__ import annotations

SECTORS = ("ngo", "finance", "law_enforcement", "business", "research", "government")
# "moderator" works the queue of anonymous tips from the public (lens.services.tips).
ROLES = ("analyst", "supply_chain", "staff", "admin", "moderator")
KINDS = (
    "survivor_story",
    "incident_report",
    "case_file",
    "financial_flag",
    "supplier_audit",
    "news",
    "research",
    "other",
    "tip",  # an anonymous report from the public, accepted by a moderator
)
# How `lens search` finds passages, and how `lens ask` may answer (lens.services.questions).
SEARCH_MODES = ("hybrid", "dense", "lexical")
ANSWER_MODES = ("auto", "generative", "extractive")
# The figures `lens stats` shows (lens.services.reports).
VIEWS = ("counts", "trend", "hotspots", "routes")
# Days an API token works unless its maker says otherwise (lens.services.tokens).
TOKEN_DAYS = 90
