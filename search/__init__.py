"""Persistence, full-text search, and (later) figure matching and checks.

SQLite is the truth; the index is a projection that can be rebuilt.
"""
from .archive import Archive, Hit, SearchResults, data_dir
from .pipeline import IngestReport, ingest_paths, remove_path

__all__ = ["Archive", "Hit", "IngestReport", "SearchResults", "data_dir", "ingest_paths", "remove_path"]
