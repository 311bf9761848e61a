"""Persistence, full-text search, cross-checking of figures; one sub-package per role.

SQLite is the truth; the index is a projection that can be rebuilt.
"""
from search.ingestion.pipeline import IngestReport, ingest_paths, remove_path

from .answer import Answer, ask
from .archive import Archive, Hit, SearchResults, data_dir

__all__ = ["Answer", "Archive", "Hit", "IngestReport", "SearchResults", "ask", "data_dir", "ingest_paths",
           "remove_path"]
