"""The PostgreSQL store: the whole archive in one PostgreSQL database (``RAADSLENS_DB=postgresql://...``).

With ``search/index/_postgres.py`` the only module importing psycopg.  It is
:class:`search.store.db.Store` with its SQL sent through a small adapter
(``?`` -> ``%s``, rows that read like ``sqlite3.Row``: by position and by
column name, ``with conn:`` as one transaction) and with the few statements
that differ written for PostgreSQL: the new document's id by ``RETURNING id``,
the figure index's upserts by ``ON CONFLICT``, the schema from
``information_schema``, the bulk load of an import by ``COPY``.  Migrations
come from the one list in :mod:`search.store.migrations` (``POSTGRES``).

Two ingests racing on one file: the document row goes in with ``ON CONFLICT
DO NOTHING`` (``sha256`` and ``path`` are unique), which waits for the other
transaction holding the key and then keeps nothing, so the loser rolls back
(:class:`search.store.db.AlreadyStored`).  Not yet: the engine in the same
transaction as the document, JSONB; see DEVELOPERS.md.
"""

from __future__ import annotations

import sqlite3
from typing import Callable, Iterable, Iterator, Sequence

import psycopg

from search.store.db import Store
from search.store.migrations import migrate_postgres


class Row(tuple):
    """A result row read like ``sqlite3.Row``: ``row[0]``, ``row["name"]``, ``row.keys()``, ``dict(row)``."""

    _index: dict[str, int]

    def __new__(cls, values: Sequence, index: dict[str, int]) -> "Row":
        row = super().__new__(cls, values)
        row._index = index
        return row

    def __getitem__(self, key):  # type: ignore[override]
        if isinstance(key, str):
            try:
                key = self._index[key]
            except KeyError:
                raise IndexError(f"No item with that key: {key}") from None
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


def _row_factory(cursor) -> Callable[[Sequence], Row]:
    index = {column.name: i for i, column in enumerate(cursor.description or ())}
    return lambda values: Row(values, index)


def _sql(sql: str) -> str:
    """SQLite's placeholders as psycopg's (a literal % doubled first)."""
    return sql.replace("%", "%%").replace("?", "%s")


class _Connection:
    """The part of ``sqlite3.Connection`` the store and its readers use, on a psycopg connection."""

    def __init__(self, conn: psycopg.Connection):
        self.raw = conn
        self._transactions: list = []

    def execute(self, sql: str, params: Sequence | None = None):
        if params is None:
            return self.raw.execute(sql)  # type: ignore[arg-type]  # plain SQL, maybe several statements
        return self.raw.execute(_sql(sql), tuple(params))  # type: ignore[arg-type]

    def executemany(self, sql: str, rows: Iterable[Sequence]):
        cursor = self.raw.cursor()
        cursor.executemany(_sql(sql), rows)  # type: ignore[arg-type]
        return cursor

    def __enter__(self) -> "_Connection":
        transaction = self.raw.transaction()
        transaction.__enter__()
        self._transactions.append(transaction)
        return self

    def __exit__(self, *exc) -> None:
        self._transactions.pop().__exit__(*exc)

    def close(self) -> None:
        self.raw.close()


class PostgresStore(Store):
    kind = "postgresql"
    errors = (sqlite3.Error, psycopg.Error)
    _UPSERT_CONTEXT = (
        "INSERT INTO figure_context (figure_id, doc_id, around, caption, section, organisation, place, level) "
        "VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (figure_id) DO UPDATE SET doc_id = excluded.doc_id, "
        "around = excluded.around, caption = excluded.caption, section = excluded.section, "
        "organisation = excluded.organisation, place = excluded.place, level = excluded.level"
    )
    _UPSERT_STATE = (
        "INSERT INTO figure_terms_state (doc_id, version) VALUES (?, ?) "
        "ON CONFLICT (doc_id) DO UPDATE SET version = excluded.version"
    )

    def __init__(self, dsn: str):  # not Store.__init__: that opens SQLite
        self.path = dsn
        try:
            raw = psycopg.connect(dsn, autocommit=True, row_factory=_row_factory)  # type: ignore[arg-type]
        except psycopg.OperationalError as err:
            raise RuntimeError(
                f"kan geen verbinding maken met de PostgreSQL-database van RAADSLENS_DB ({_safe(dsn)}): {err}; "
                f"controleer het adres (postgresql://gebruiker@host/database) of laat RAADSLENS_DB leeg voor SQLite"
            ) from err
        self._pg = _Connection(raw)
        self.conn = self._pg  # type: ignore[assignment]
        migrate_postgres(raw)

    def _insert_id(self, sql: str, params: tuple) -> int | None:
        row = self.conn.execute(sql + " RETURNING id", params).fetchone()
        return row[0] if row else None  # ON CONFLICT DO NOTHING: another transaction holds the key

    # -- moving whole tables -------------------------------------------------
    def table_names(self) -> list[str]:
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name",
                (),
            )
        ]

    def columns(self, table: str) -> list[str]:
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
                (table,),
            )
        ]

    def dump_rows(self, table: str, columns: list[str], order: tuple[str, ...]) -> Iterator[tuple]:
        with self.conn:  # a server-side cursor needs a transaction; one snapshot for the whole table
            cursor = self._pg.raw.cursor(name=f"dump_{table}")
            cursor.itersize = 2000
            cursor.execute(
                f"SELECT {', '.join(map(_quote, columns))} FROM {_quote(table)} "
                f"ORDER BY {', '.join(map(_quote, order))}"
            )
            for row in cursor:
                yield tuple(row)
            cursor.close()

    def load_tables(
        self,
        tables: list[tuple[str, list[str]]],
        rows: Callable[[str, list[str]], Iterable[tuple]],
        unindexed: bool = True,
    ) -> None:
        """As :meth:`Store.load_tables`, by ``COPY``; the identity columns then continue after the largest id."""
        with self._pg.raw.transaction():
            cursor = self._pg.raw.cursor()
            cursor.execute("LOCK TABLE documents IN EXCLUSIVE MODE")
            for table, columns in tables:
                with cursor.copy(f"COPY {_quote(table)} ({', '.join(map(_quote, columns))}) FROM STDIN") as copy:
                    for values in rows(table, columns):
                        copy.write_row(values)
                if "id" in columns:
                    cursor.execute(
                        f"SELECT setval(pg_get_serial_sequence(%s, 'id'), COALESCE(max(id), 0) + 1, false) "
                        f"FROM {_quote(table)}",
                        (table,),
                    )
            if unindexed:
                cursor.execute("UPDATE documents SET indexed = 0")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _safe(dsn: str) -> str:
    """The address without a password."""
    import re

    return re.sub(r"(://[^:/@]*):[^@]*@", r"\1:***@", re.sub(r"password=\S+", "password=***", dsn))
