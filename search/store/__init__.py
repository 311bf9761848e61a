"""The SQLite store, the archive's truth: schema migrations and the per-generation memo."""

from search.store.db import DB_FILE, Store

__all__ = ["DB_FILE", "Store"]
