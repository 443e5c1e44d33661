"""Retrieval: embeddings, the vector store, lexical + dense search, access filters."""
