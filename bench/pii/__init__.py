"""The redaction evaluation: labelled sets (tuning and held-out) and how outputs are scored."""
