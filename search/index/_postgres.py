"""The PostgreSQL full-text implementation of the engine.  The only module importing psycopg.

It keeps raadslens's own Dutch analyzer: terms are computed in Python by
:mod:`search.index.analysis` and stored as one ready-made ``tsvector`` per
unit (:func:`tsvector_literal`): the text's stems, the text's exact words
(prefixed ``=``, weight B) and every two neighbouring exact words as one term
(``=van de``, for phrases, as tantivy's ``pairs``: a phrase of *k* words is a
phrase of its *k*-1 pairs, and "van de" one short posting list instead of
the positions of the two commonest words) at the same positions, and the
head's stems (title and file name) after the text with weight C, so every
engine finds exactly the same words and one ``tsquery`` expresses the whole
query tree.

Ranking, two ways, chosen when the engine opens:

- **RUM** (the ``rum`` extension, Debian ``postgresql-15-rum``): a RUM index
  keeps each term's positions, so ``ORDER BY terms <=> tsquery LIMIT n``
  reads the top ``n`` from the index without opening the rows of every
  match (their TOASTed vectors); phrases are checked in the index too.
- **GIN** (PostgreSQL without the extension, e.g. a managed server where
  ``CREATE EXTENSION rum`` is not allowed): GIN matches, ``ts_rank`` ranks
  every match, as before.

Both rank with the same formula (RUM's ``<=>`` is ``1 / (2 x ts_rank)`` for
an OR of words): distinct query words count more than repeats of one, a
head word weighs twice a text word (weight C against D, as whoosh's
``HEAD_BOOST``).  Select the engine with ``RAADSLENS_ENGINE=postgres`` and a
connection string in ``RAADSLENS_PG_DSN`` (e.g. ``host=/run/postgresql dbname=raadslens``).
"""

from __future__ import annotations

import contextlib
import json
import math
from typing import Any, Iterable, Iterator

import psycopg

from search.index import analysis
from search.index.engine import UNLISTED_KINDS, EngineHit, EngineResults, Filters, SearchUnit
from search.index.query import Clause, Query

SCHEMA_VERSION = 4  # 2: figure units per page; 3: head (title and file name); 4: one terms vector (RUM or GIN)
EXACT = "="  # prefix of an exact (unstemmed) word in the terms vector
BULK_DOCUMENTS = 20  # from this many documents (and a tenth of the index) the RUM index is built afterwards
COUNT_BOUND = 5000  # RUM: matches counted up to this (or the hits asked for); past it "meer dan 5000"
MAX_COMBINATIONS = 64  # min_should as an OR of k-word ANDs up to this many; beyond, a looser OR plus a row check
_TABLE = """
CREATE TABLE IF NOT EXISTS raadslens_units (
    id TEXT PRIMARY KEY,
    doc_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    page INTEGER NOT NULL,
    doctype TEXT NOT NULL DEFAULT '',
    years INTEGER[] NOT NULL DEFAULT '{}',
    facets TEXT[] NOT NULL DEFAULT '{}',
    terms TSVECTOR NOT NULL
);
CREATE INDEX IF NOT EXISTS raadslens_units_doc ON raadslens_units (doc_id);
"""
_RUM_INDEX = "CREATE INDEX IF NOT EXISTS raadslens_units_rum ON raadslens_units USING rum (terms rum_tsvector_ops)"
_GIN_INDEX = "CREATE INDEX IF NOT EXISTS raadslens_units_gin ON raadslens_units USING GIN (terms)"
MAX_POSITION = 16383  # PostgreSQL's limit for tsvector positions


def _signature() -> str:
    return json.dumps({"schema": SCHEMA_VERSION, "analyzer": analysis.ANALYZER_VERSION, "engine": "postgres"})


def tsvector_literal(text: str, head: str = "") -> str:
    """Our analyzer's terms with positions, as tsvector input: stems, ``=``exact words and pairs, head stems (C).

    >>> tsvector_literal("De meldingen", "Monitor")
    "'=de':1B '=de meldingen':1 '=meldingen':2B 'melding':2 'monitor':4C"
    """
    parts = []
    pos = 0
    pairs = analysis.indexed(text)  # the fast path: terms without spans
    for pos, (stem, exact) in enumerate(pairs, 1):
        at = min(pos, MAX_POSITION)
        parts.append(f"{_quote(EXACT + exact)}:{at}B")  # weight B: term_counts reads these alone
        if pos < len(pairs):
            parts.append(f"{_quote(EXACT + exact + ' ' + pairs[pos][1])}:{at}")
        if stem is not None:
            parts.append(f"{_quote(stem)}:{at}")
    for gap, (stem, _) in enumerate(analysis.indexed(head), pos + 2):  # a gap: no phrase runs into the head
        if stem is not None:
            parts.append(f"{_quote(stem)}:{min(gap, MAX_POSITION)}C")
    return " ".join(parts)


def _quote(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


class PostgresEngine:
    """The engine on one PostgreSQL database; ``rum`` says which ranking path it took (see the module)."""

    def __init__(self, dsn: str):
        try:
            # No server-side prepared statements: a generic plan cannot see how common the tsquery's
            # words are; planning each search for its own tsquery costs a fraction of a millisecond.
            self._conn = psycopg.connect(dsn, autocommit=True, prepare_threshold=None)
            # The planner does not price opening a row's TOASTed vector for ``@@``: a phrase in most units
            # looked cheaper to count by reading every row (48 ms) than through the index (7 ms at 10k).
            self._conn.execute("SET enable_seqscan = off")
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
            self._conn.execute("CREATE TABLE IF NOT EXISTS raadslens_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            row = self._conn.execute("SELECT value FROM raadslens_meta WHERE key = 'signature'").fetchone()
            self.stale = row is None or row[0] != _signature()
            if self.stale:  # an older layout (or none): the units are a projection, rebuilt from the store
                self._conn.execute("DROP TABLE IF EXISTS raadslens_units")
            self._conn.execute(_TABLE)
            self.rum = _with_rum(self._conn)
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

    @contextlib.contextmanager
    def bulk(self, documents: int) -> Iterator[None]:
        """Indexing ``documents`` at once: a big batch goes in without the terms index, which is built after.

        RUM has no pending list like GIN's: each row's terms go into the
        index one by one, ~10x the CPU of building it from the rows
        afterwards (24k units: 15.5 s against 1.5 s); GIN's pending list,
        until merged, is read by every search.  Worth it from
        ``BULK_DOCUMENTS`` documents when they are at least a tenth of the
        index (a rebuild, a first ingest); searches meanwhile read the table.
        ``ANALYZE`` after: without statistics the planner takes the table
        for small (its vectors live in TOAST) and scans all of it.  A process
        that dies here leaves no index: the next open builds it.

        >>> # with engine.bulk(len(doc_ids)): ...write batches...
        """
        if documents < BULK_DOCUMENTS or documents * 10 < self._documents():
            yield
            return
        index = "raadslens_units_rum" if self.rum else "raadslens_units_gin"
        self._conn.execute(f"DROP INDEX IF EXISTS {index}")
        try:
            yield
        finally:
            with self._conn.transaction():
                self._conn.execute("SELECT pg_advisory_xact_lock(7335002)")
                self._conn.execute(_RUM_INDEX if self.rum else _GIN_INDEX)
            self._conn.execute("ANALYZE raadslens_units")

    def _documents(self) -> int:
        return self._count("SELECT count(DISTINCT doc_id) FROM raadslens_units", [])

    def _count(self, sql: str, params: list) -> int:
        row = self._conn.execute(sql, params).fetchone()
        return row[0] if row else 0

    def doc_ids(self) -> set[int]:
        return {r[0] for r in self._conn.execute("SELECT DISTINCT doc_id FROM raadslens_units")}

    def search(self, query: Query, filters: Filters, limit: int, offset: int = 0) -> EngineResults:
        if query.empty:
            return EngineResults(0)
        match, checks = match_tsquery(query)
        return self._run(match, checks, rank_tsquery(query), filters, limit, offset)

    def term_counts(self) -> dict[str, int]:
        """Every word (folded, unstemmed) with the number of units holding it, cached per change."""
        stamp = self._conn.execute("SELECT value FROM raadslens_meta WHERE key = 'generation'").fetchone()
        if self._terms is None or self._terms[0] != stamp:
            rows = self._conn.execute(  # the exact words alone (weight B): 30x faster than every term
                "SELECT substr(word, 2), ndoc FROM ts_stat('SELECT ts_filter(terms, ''{b}'') FROM raadslens_units')"
            )
            self._terms = (stamp, dict(rows.fetchall()))
        return self._terms[1]

    def similar(self, text: str, filters: Filters, limit: int) -> EngineResults:
        """More-like-this: any of the text's terms, ranked like a search for all of them as optional words."""
        words = sorted(set(analysis.terms(text)))
        if not words:
            return EngineResults(0)
        tsquery = " | ".join(_quote(w) for w in words)
        return self._run(tsquery, [], tsquery, filters, limit, 0)

    def _run(self, match: str, checks: list[str], rank: str, filters: Filters, limit: int, offset: int):
        """The top ``limit`` units after ``offset`` by rank, and the number of all matches.

        ``checks`` are ``[k, tsquery, ...]``: at least k of the tsqueries must
        hold, tested on the rows (a ``min_should`` too wide to fold into
        ``match``).  RUM: the index hands the units over in rank order (an
        ORDER BY of its distance alone: a second sort key would rank every
        match again), ties ordered by id within the page; the count is a
        second statement.  GIN: every match ranked and counted in one.
        """
        filter_sql, filter_params = _filters(filters)
        where = " AND ".join(["terms @@ %s::tsquery"] + filter_sql + ([_at_least(len(checks) - 1)] if checks else []))
        params = [match] + filter_params + (checks[1:] + [int(checks[0])] if checks else [])
        if not self.rum:
            sql = (
                f"SELECT id, doc_id, page, ts_rank(terms, %s::tsquery) AS score, count(*) OVER () "
                f"FROM raadslens_units WHERE {where} ORDER BY score DESC, id LIMIT %s OFFSET %s"
            )
            rows = self._conn.execute(sql, [rank] + params + [limit, offset]).fetchall()
            hits = tuple(EngineHit(r[0], r[1], r[2], float(r[3])) for r in rows)
            return EngineResults(rows[0][4] if rows else 0, hits)
        sql = (
            f"SELECT id, doc_id, page, terms <=> %s::tsquery AS distance FROM raadslens_units "
            f"WHERE {where} ORDER BY distance LIMIT %s OFFSET %s"
        )
        rows = sorted(self._conn.execute(sql, [rank] + params + [limit, offset]).fetchall(), key=lambda r: (r[3], r[0]))
        hits = tuple(EngineHit(r[0], r[1], r[2], _score(float(r[3]))) for r in rows)
        if offset == 0 and len(rows) < limit:
            return EngineResults(len(rows), hits)
        # Counting is half the time of a common word (73,553 matches of "van de" at 100k: 58 ms, 21 ms to
        # 5,001); past the bound the total says "more than" (one over it, so total > hits still holds).
        cap = max(COUNT_BOUND, offset + limit) + 1
        total = self._count(
            f"SELECT count(*) FROM (SELECT 1 FROM raadslens_units WHERE {where} LIMIT %s) AS m", params + [cap]
        )
        return EngineResults(total, hits, exact=total < cap)


def _score(distance: float) -> float:
    """RUM's distance turned back into its score (``1 / distance``): higher is better.

    >>> _score(4.0), _score(float("inf"))
    (0.25, 0.0)
    """
    return 0.0 if math.isinf(distance) else 1.0 / max(distance, 1e-9)


def _at_least(n: int) -> str:
    """SQL: at least ``%s`` of ``n`` tsqueries hold for the row's terms."""
    counted = " + ".join("(terms @@ %s::tsquery)::int" for _ in range(n))
    return f"({counted}) >= %s"


def _with_rum(conn) -> bool:
    """Whether the terms are RUM-indexed: the extension is there or may be created; otherwise a GIN index.

    A server without the extension, or a role that may not create it,
    gets GIN (and the rank of every match); the savepoint keeps a refused
    ``CREATE EXTENSION`` from aborting the engine's set-up.  A database that
    gains the extension later moves to RUM on its next open (the index is
    built from the rows, no re-index from the store).
    """
    have = conn.execute("SELECT 1 FROM pg_extension WHERE extname = 'rum'").fetchone() is not None
    if not have and conn.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'rum'").fetchone():
        try:
            with conn.transaction():  # a savepoint inside the set-up transaction
                conn.execute("CREATE EXTENSION IF NOT EXISTS rum")
            have = True
        except psycopg.Error:
            have = False
    if have:
        conn.execute(_RUM_INDEX)
        conn.execute("DROP INDEX IF EXISTS raadslens_units_gin")
    else:
        conn.execute(_GIN_INDEX)
    return have


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
                tsvector_literal(u.text, u.head),
            )
            for u in units
        ]
        with self._conn.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO raadslens_units (id, doc_id, kind, page, doctype, years, facets, terms) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s, %s::tsvector) "
                "ON CONFLICT (id) DO UPDATE SET doc_id = EXCLUDED.doc_id, kind = EXCLUDED.kind, "
                "page = EXCLUDED.page, doctype = EXCLUDED.doctype, years = EXCLUDED.years, "
                "facets = EXCLUDED.facets, terms = EXCLUDED.terms",
                rows,
            )

    def remove_document(self, doc_id: int) -> None:
        self._conn.execute("DELETE FROM raadslens_units WHERE doc_id = %s", (doc_id,))


def clause_tsquery(clause: Clause) -> str:
    """The tsquery that holds where ``clause`` holds (see :func:`query.holds`).

    A word is a stem of the text or the head; a phrase is exact words of the text, one after the other.

    >>> from search.index.query import parse
    >>> [clause_tsquery(c) for c in parse('"van de gemeente" meldingen').clauses]
    ["('=van de' <-> '=de gemeente')", "'melding'"]
    """
    if clause.alternatives or clause.parts:
        joint = " | " if clause.alternatives else " & "
        return "(" + joint.join(clause_tsquery(c) for c in clause.alternatives or clause.parts) + ")"
    if clause.phrase:
        return _phrase(clause.terms)
    if len(clause.terms) == 1:
        return _quote(clause.terms[0])
    return "(" + " & ".join(_quote(t) for t in clause.terms) + ")"


def _phrase(words: tuple[str, ...]) -> str:
    """A phrase as a phrase of its word pairs (one word: the exact word).

    >>> _phrase(("in", "het", "kader")), _phrase(("van", "de")), _phrase(("melding",))
    ("('=in het' <-> '=het kader')", "'=van de'", "'=melding'")
    """
    if len(words) == 1:
        return _quote(EXACT + words[0])
    pairs = [_quote(f"{EXACT}{a} {b}") for a, b in zip(words, words[1:])]
    return pairs[0] if len(pairs) == 1 else "(" + " <-> ".join(pairs) + ")"


def match_tsquery(query: Query) -> tuple[str, list[str]]:
    """One tsquery for the whole tree (``must``, ``min_should`` of ``should``, no ``must_not``), and row checks.

    ``min_should`` k of n optional words is an OR of every k-word AND; when
    that would take more than ``MAX_COMBINATIONS`` ANDs, the tsquery is the
    looser OR and the checks are ``[k, clause, clause, ...]``, tested per row.

    >>> from search.index.query import parse
    >>> match_tsquery(parse("uitbuiting minderjarigen regio politie -arbeidsuitbuiting"))
    ("(('uitbuit' & 'minderjar') | ('uitbuit' & 'regio') | ('uitbuit' & 'politie') | \
('minderjar' & 'regio') | ('minderjar' & 'politie') | ('regio' & 'politie')) & !'arbeidsuitbuit'", [])
    """
    parts = [clause_tsquery(c) for c in query.must]
    checks: list[str] = []
    if query.should and query.min_should:
        if math.comb(len(query.should), query.min_should) <= MAX_COMBINATIONS:
            parts += [clause_tsquery(c) for c in query.required_form().must[len(query.must) :]]
        else:
            parts.append("(" + " | ".join(clause_tsquery(c) for c in query.should) + ")")
            checks = [str(query.min_should)] + [clause_tsquery(c) for c in query.should]
    elif not parts:  # optional words without a minimum and nothing required: any of them
        parts.append("(" + " | ".join(clause_tsquery(c) for c in query.should) + ")")
    parts += ["!" + clause_tsquery(c) for c in query.must_not]
    return " & ".join(parts), checks


def rank_tsquery(query: Query) -> str:
    """What ranks: every word and phrase of the query (expansions included) as alternatives.

    >>> from search.index.query import parse
    >>> rank_tsquery(parse('"van de" meldingen -politie'))
    "'melding' | '=van de'"
    """
    stems, phrases = query.highlight_terms()
    words = [_quote(s) for s in sorted(stems)]
    words += [_phrase(p) for p in phrases]
    return " | ".join(words)


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
