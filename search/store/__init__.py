"""The store, the archive's truth: SQLite (default) or PostgreSQL, its migrations and the per-generation memo.

``connect`` picks the back end from the form of ``RAADSLENS_DB``: a ``postgresql://`` URL opens
:class:`search.store._postgres.PostgresStore` (psycopg, the ``postgres`` extra), anything else is a
folder holding the SQLite file.

>>> store_kind("postgresql://raad@db/raadslens"), store_kind("var")
('postgresql', 'sqlite')
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from search.store.db import DB_FILE, Store


def _sqlite(spec: str) -> Store:
    folder = Path(spec)
    folder.mkdir(parents=True, exist_ok=True)
    return Store(folder / DB_FILE)


def _postgresql(spec: str) -> Store:
    try:
        from search.store._postgres import PostgresStore
    except ImportError as err:
        raise RuntimeError(
            f"RAADSLENS_DB is een PostgreSQL-adres, maar psycopg ontbreekt ({err}); "
            f"installeer het met: pip install 'raadslens[postgres]'"
        ) from err
    return PostgresStore(spec)


# back end -> how to open it, as ENGINES in search/index/engine.py
STORES: dict[str, Callable[[str], Store]] = {"sqlite": _sqlite, "postgresql": _postgresql}


def store_kind(spec: str) -> str:
    return "postgresql" if spec.startswith(("postgresql://", "postgres://")) else "sqlite"


def connect(spec: str) -> Store:
    """The store ``spec`` names: a ``postgresql://`` URL or a folder (its ``raadslens.sqlite3``)."""
    return STORES[store_kind(spec)](spec)


def exists(spec: str) -> bool:
    """Whether ``spec`` names a store that is there already (a PostgreSQL URL always counts: it is opened)."""
    return store_kind(spec) != "sqlite" or (Path(spec) / DB_FILE).is_file()


__all__ = ["DB_FILE", "STORES", "Store", "connect", "exists", "store_kind"]
