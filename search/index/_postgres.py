"""The PostgreSQL full-text implementation of the engine.  The only module importing psycopg.

It keeps raadslens's own Dutch analyzer: terms are computed in Python by
:mod:`search.index.analysis` and stored as ready-made ``tsvector`` values (one
stemmed, one exact for phrases), so both engines find exactly the same
words.  PostgreSQL does the matching (GIN indexes, ``@@``, ``<->`` for
phrases) and the ranking (``ts_rank_cd``).

Select it with ``RAADSLENS_ENGINE=postgres`` and a connection string in
``RAADSLENS_PG_DSN`` (e.g. ``host=/run/postgresql dbname=raadslens``).
"""

from __future__ import annotations

import json
from typing import Any, Iterable

import psycopg

from search.index import analysis
from search.index.engine import UNLISTED_KINDS, EngineHit, EngineResults, Filters, SearchUnit
from search.index.query import Clause, Query

SCHEMA_VERSION = 3  # 2: figure units per page; 3: head (title and file name)
HEAD_WEIGHT = 2.0  # as whoosh's HEAD_BOOST

_DDL = """
CREATE TABLE IF NOT EXISTS raadslens_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS raadslens_units (
    id TEXT PRIMARY KEY,
    doc_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    page INTEGER NOT NULL,
    doctype TEXT NOT NULL DEFAULT '',
    years INTEGER[] NOT NULL DEFAULT '{}',
    facets TEXT[] NOT NULL DEFAULT '{}',
    stems TSVECTOR NOT NULL,
    exact TSVECTOR NOT NULL
);
ALTER TABLE raadslens_units ADD COLUMN IF NOT EXISTS head TSVECTOR NOT NULL DEFAULT '';
CREATE INDEX IF NOT EXISTS raadslens_units_doc ON raadslens_units (doc_id);
CREATE INDEX IF NOT EXISTS raadslens_units_head ON raadslens_units USING GIN (head);
CREATE INDEX IF NOT EXISTS raadslens_units_stems ON raadslens_units USING GIN (stems);
CREATE INDEX IF NOT EXISTS raadslens_units_exact ON raadslens_units USING GIN (exact);
"""
MAX_POSITION = 16383  # PostgreSQL's limit for tsvector positions


def _signature() -> str:
    return json.dumps({"schema": SCHEMA_VERSION, "analyzer": analysis.ANALYZER_VERSION, "engine": "postgres"})


def tsvector_literal(text: str, *, stemmed: bool) -> str:
    """Our analyzer's terms with positions, as tsvector input.

    >>> tsvector_literal("De meldingen", stemmed=True)
    "'melding':2"
    """
    side = 0 if stemmed else 1
    parts = []
    for pos, pair in enumerate(analysis.indexed(text)):  # the fast path: terms without spans
        if pair[side] is not None:
            parts.append(f"{_quote(pair[side])}:{min(pos + 1, MAX_POSITION)}")
    return " ".join(parts)


def _quote(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


class PostgresEngine:
    def __init__(self, dsn: str):
        try:
            self._conn = psycopg.connect(dsn, autocommit=True)
        except psycopg.OperationalError as err:
            raise RuntimeError(
                f"kan geen verbinding maken met PostgreSQL ({dsn}): {err}; "
                "controleer RAADSLENS_PG_DSN of gebruik RAADSLENS_ENGINE=whoosh"
            ) from err
        self._terms: tuple | None = None  # (stamp, word -> units holding it)
        # Under one lock: concurrent CREATE ... IF NOT EXISTS can collide, and of several processes opening
        # a new or outdated index at once only the first may clear it (a later clear would drop what the
        # first one indexed meanwhile while the store still calls it indexed).
        with self._conn.transaction():
            self._conn.execute("SELECT pg_advisory_xact_lock(7335002)")  # a fixed key: the engine's tables
            self._conn.execute(_DDL)
            row = self._conn.execute("SELECT value FROM raadslens_meta WHERE key = 'signature'").fetchone()
            self.stale = row is None or row[0] != _signature()
            if self.stale:
                self.clear()

    def close(self) -> None:
        self._conn.close()

    def clear(self) -> None:
        with self._conn.transaction():
            self._conn.execute("TRUNCATE raadslens_units")
            self._conn.execute("DELETE FROM raadslens_meta WHERE key = 'generation'")
            self._conn.execute(
                "INSERT INTO raadslens_meta (key, value) VALUES ('signature', %s) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                (_signature(),),
            )

    def writer(self) -> "PostgresWriter":
        return PostgresWriter(self._conn)

    def doc_ids(self) -> set[int]:
        return {r[0] for r in self._conn.execute("SELECT DISTINCT doc_id FROM raadslens_units")}

    def search(self, query: Query, filters: Filters, limit: int, offset: int = 0) -> EngineResults:
        if query.empty:
            return EngineResults(0)
        conditions: list[str] = []
        params: list = []
        for clause in query.must:
            _add(conditions, params, _condition(clause))
        if query.should and query.min_should:
            parts = [_condition(c) for c in query.should]
            _add(conditions, params, ("(" + " OR ".join(p[0] for p in parts) + ")", [v for p in parts for v in p[1]]))
            if query.min_should > 1:
                counted = " + ".join(f"({p[0]})::int" for p in parts)
                _add(conditions, params, (f"({counted}) >= %s", [v for p in parts for v in p[1]] + [query.min_should]))
        for clause in query.must_not:
            sql, values = _condition(clause)
            _add(conditions, params, (f"NOT {sql}", values))
        rank_sql, rank_params = _rank(query)
        return self._run(conditions, params, rank_sql, rank_params, filters, limit, offset)

    def term_counts(self) -> dict[str, int]:
        """Every word (folded, unstemmed) with the number of units holding it, cached per change."""
        stamp = self._conn.execute("SELECT value FROM raadslens_meta WHERE key = 'generation'").fetchone()
        if self._terms is None or self._terms[0] != stamp:
            rows = self._conn.execute("SELECT word, ndoc FROM ts_stat('SELECT exact FROM raadslens_units')")
            self._terms = (stamp, dict(rows.fetchall()))
        return self._terms[1]

    def similar(self, text: str, filters: Filters, limit: int) -> EngineResults:
        """More-like-this: any of the text's terms, ranked by cover density."""
        words = sorted(set(analysis.terms(text)))
        if not words:
            return EngineResults(0)
        tsquery = " | ".join(_quote(w) for w in words)
        return self._run(
            ["stems @@ %s::tsquery"], [tsquery], "ts_rank_cd(stems, %s::tsquery)", [tsquery], filters, limit, 0
        )

    def _run(self, conditions, params, rank_sql, rank_params, filters, limit, offset) -> EngineResults:
        filter_sql, filter_params = _filters(filters)
        where = " AND ".join(conditions + filter_sql)
        sql = (
            f"SELECT id, doc_id, page, {rank_sql} AS score, count(*) OVER () FROM raadslens_units "
            f"WHERE {where} ORDER BY score DESC, id LIMIT %s OFFSET %s"
        )
        rows = self._conn.execute(sql, rank_params + params + filter_params + [limit, offset]).fetchall()
        total = rows[0][4] if rows else 0
        return EngineResults(total, tuple(EngineHit(r[0], r[1], r[2], float(r[3])) for r in rows))


class PostgresWriter:
    """A batch of changes in one transaction."""

    def __init__(self, conn):
        self._conn = conn
        self._tx: Any = None

    def __enter__(self):
        self._tx = tx = self._conn.transaction()
        tx.__enter__()
        self._conn.execute(  # a new generation: cached term counts are stale
            "INSERT INTO raadslens_meta (key, value) VALUES ('generation', '1') "
            "ON CONFLICT (key) DO UPDATE SET value = (raadslens_meta.value::bigint + 1)::text"
        )
        return self

    def __exit__(self, *exc):
        if self._tx is not None:
            self._tx.__exit__(*exc)

    def add(self, units: Iterable[SearchUnit]) -> None:
        rows = [
            (
                u.id,
                u.doc_id,
                u.kind,
                u.page,
                u.doctype,
                list(u.years),
                [f.lower() for f in u.facets],
                tsvector_literal(u.text, stemmed=True),
                tsvector_literal(u.text, stemmed=False),
                tsvector_literal(u.head, stemmed=True),
            )
            for u in units
        ]
        with self._conn.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO raadslens_units (id, doc_id, kind, page, doctype, years, facets, stems, exact, head) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s, %s::tsvector, %s::tsvector, %s::tsvector) "
                "ON CONFLICT (id) DO UPDATE SET doc_id = EXCLUDED.doc_id, kind = EXCLUDED.kind, "
                "page = EXCLUDED.page, doctype = EXCLUDED.doctype, years = EXCLUDED.years, "
                "facets = EXCLUDED.facets, stems = EXCLUDED.stems, exact = EXCLUDED.exact, "
                "head = EXCLUDED.head",
                rows,
            )

    def remove_document(self, doc_id: int) -> None:
        self._conn.execute("DELETE FROM raadslens_units WHERE doc_id = %s", (doc_id,))


def _tsquery(clause: Clause) -> str:
    if clause.phrase:
        return " <-> ".join(_quote(t) for t in clause.terms)
    return _quote(clause.terms[0])


def _add(conditions: list, params: list, part: tuple[str, list]) -> None:
    conditions.append(part[0])
    params.extend(part[1])


def _condition(clause: Clause) -> tuple[str, list]:
    """SQL that holds where ``clause`` holds (see :func:`query.holds`): a word in text or head, a phrase in text."""
    if clause.alternatives or clause.parts:
        joint = " OR " if clause.alternatives else " AND "
        parts = [_condition(c) for c in clause.alternatives or clause.parts]
        return "(" + joint.join(p[0] for p in parts) + ")", [v for p in parts for v in p[1]]
    if clause.phrase:
        return "(exact @@ %s::tsquery)", [_tsquery(clause)]
    term = _tsquery(clause)
    return "(stems @@ %s::tsquery OR head @@ %s::tsquery)", [term, term]


def _rank(query: Query) -> tuple[str, list]:
    """Cover density of the query's words in the text, plus the head's, weighted as whoosh weighs them."""
    stems, phrases = query.highlight_terms()
    sql, params = [], []
    if stems:
        words = " | ".join(_quote(s) for s in sorted(stems))
        sql += ["ts_rank_cd(stems, %s::tsquery)", f"{HEAD_WEIGHT} * ts_rank(head, %s::tsquery)"]
        params += [words, words]
    if phrases:
        sql.append("ts_rank_cd(exact, %s::tsquery)")
        params.append(" | ".join(" <-> ".join(_quote(t) for t in p) for p in phrases))
    return "(" + " + ".join(sql) + ")", params


def _filters(filters: Filters) -> tuple[list[str], list]:
    sql: list[str] = []
    params: list = []
    if filters.doctype:
        sql.append("doctype = %s")
        params.append(filters.doctype)
    if filters.year:
        sql.append("years @> ARRAY[%s]::integer[]")
        params.append(filters.year)
    if filters.kinds:
        sql.append("kind = ANY(%s)")
        params.append(list(filters.kinds))
    else:
        sql.append("NOT (kind = ANY(%s))")
        params.append(list(UNLISTED_KINDS))
    if filters.facets:
        sql.append("facets @> %s::text[]")
        params.append([f.lower() for f in filters.facets])
    return sql, params
