"""The ingest pipeline: worker processes read and extract files, the parent writes the store and index."""
