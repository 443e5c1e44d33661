"""Assistant: LLM backends, cited answers, risk reports, briefings, analytics."""
