"""The Chainlit chat UI."""
