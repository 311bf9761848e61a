"""Figures from the store as FigureRefs, and a term index over them in SQLite.

``figure_terms`` is a projection of the ``figures`` table (like the search
index): one row per (label term, figure), with the unit family and year, so
a claim finds its candidates with one indexed query however large the
archive.  :func:`refresh` brings it up to date for documents that lack it or
were indexed with an older label normaliser.
"""

from __future__ import annotations

import hashlib
import math
import sqlite3
from dataclasses import dataclass

from extract.model import Figure
from search.crosscheck.labels import LABELS_VERSION, ends_in, terms_of
from search.crosscheck.lexicon import CHANGE_WORDS, is_participle
from search.crosscheck.matching import FRACTION_UNITS, FigureRef, no_gc, ref
from search.crosscheck.tables import block_labels, clean, grid_from_row
from search.store.db import Store

FIGURE_SQL = """SELECT f.*, d.file AS file, d.year AS doc_year, d.doctype AS doctype
                FROM figures f JOIN documents d ON d.id = f.doc_id"""
MAX_CANDIDATES = 400
SQL_CHUNK = 500


def ref_from_row(row: sqlite3.Row, context: str = "") -> FigureRef:
    """A FigureRef from a row of :data:`FIGURE_SQL` (``context``: see :func:`table_context`)."""
    figure = Figure(
        value=row["value"],
        raw=row["raw"],
        unit=row["unit"],
        qualifier=row["qualifier"],
        label=row["label"],
        low=row["low"],
        high=row["high"],
        year=row["year"],
        year_end=row["year_end"],
        period=row["period"],
        place=row["place"],
        organisation=row["organisation"],
        page=row["page"],
        start=row["start"],
        end=row["end"],
        source=row["source"],
        row=row["row_label"],
        column=row["col_label"],
        table_seq=row["table_seq"],
        sentence=row["sentence"],
        kind=row["kind"],
        confidence=row["confidence"],
    )
    return ref(
        figure,
        id=row["id"],
        context=context,
        doc_id=row["doc_id"],
        file=row["file"],
        doc_year=row["doc_year"],
        doctype=row["doctype"],
    )


def table_context(store: Store, doc_ids: set[int] | None = None) -> dict[tuple, str]:
    """What the bare "Totaal" rows of stored tables total, by (doc, table, row label, column label, value)."""
    out: dict[tuple, str] = {}
    where, params = ("", ()) if doc_ids is None else (f"WHERE doc_id IN ({_marks(doc_ids)})", tuple(doc_ids))
    for row in store.rows(f"SELECT * FROM tables {where}", params):
        grid = grid_from_row(row)
        for key, words in block_labels(grid).items():
            r, c = map(int, key.split(","))
            if (r, c) in grid.values:
                out[(row["doc_id"], row["seq"], grid.rows[r], grid.cols[c], grid.values[(r, c)])] = words
    return out


def _context_of(row: sqlite3.Row, context: dict[tuple, str]) -> str:
    if row["source"] != "table" or not context:
        return ""
    return context.get(
        (row["doc_id"], row["table_seq"], clean(row["row_label"]), clean(row["col_label"]), row["value"]), ""
    )


def load_refs(store: Store, doc_id: int | None = None) -> list[FigureRef]:
    """All figures (of one document), in document and reading order."""
    where, params = ("WHERE f.doc_id = ?", (doc_id,)) if doc_id is not None else ("", ())
    context = table_context(store, {doc_id} if doc_id is not None else None)
    with no_gc():
        return [
            ref_from_row(r, _context_of(r, context))
            for r in store.rows(f"{FIGURE_SQL} {where} ORDER BY f.doc_id, f.seq", params)
        ]


def load_ref(store: Store, figure_id: int) -> FigureRef | None:
    found = figures_by_id(store, [figure_id])
    return found[0] if found else None


def _lexicon_digest() -> str:
    """A digest of the lexicon tables the stored context is read with: editing them re-reads it."""
    from search.crosscheck import lexicon

    tables = (
        sorted(lexicon.SCOPE_WORDS),
        sorted(lexicon.CHANGE_WORDS),
        sorted(lexicon.SAME_ACT.items()),
        sorted(lexicon.LEVEL_OF_ORGANISATION.items()),
        sorted(lexicon.LEVEL_OF_PLACE.items()),
        lexicon.NATIONAL.pattern,
        lexicon.REGIONAL.pattern,
    )
    return hashlib.sha1(repr(tables).encode()).hexdigest()[:8]


# the label terms and the stored context (figure_context): rebuilt when either way of reading changes
INDEX_VERSION = f"{LABELS_VERSION}+context-7+terms-2+{_lexicon_digest()}"


def refresh(store: Store) -> int:
    """Index the label terms and the context of documents not yet (or differently) indexed; returns their number.

    The context of each figure (the words of its clause, the organisations its section names, its place
    and level: :meth:`search.crosscheck.judging.Judge.build_side`) is read once here, after ingest, so
    that verifying a draft does not read every candidate's page again.
    """
    from search.crosscheck.judging import Judge

    stale = [
        r[0]
        for r in store.rows(
            "SELECT d.id FROM documents d LEFT JOIN figure_terms_state s ON s.doc_id = d.id "
            "WHERE s.version IS NULL OR s.version != ?",
            (INDEX_VERSION,),
        )
    ]
    reader = Judge(store) if stale else None
    for doc_id in stale:
        refs = load_refs(store, doc_id)
        store.replace_figure_index(
            doc_id,
            [(term, r.family, r.year, r.id) for r in refs for term in index_terms(r)],
            [(r.id, *context_row(*reader.build_side(r, parts=True))) for r in refs] if reader else [],
            INDEX_VERSION,
        )
        if reader:
            reader.forget()
    return len(stale)


@dataclass(frozen=True)
class FigureContext:
    """What a stored figure's surroundings say, as read at ingest (see :func:`refresh`)."""

    around: frozenset[str]  # the words of its clause
    caption: frozenset[str]  # and of its table's caption
    section: tuple[str, ...]
    organisation: str
    place: str
    level: str


def context_row(s, caption: frozenset[str]) -> tuple[str, ...]:
    """A Side's context as the columns of ``figure_context`` (terms have no spaces)."""
    return (
        " ".join(sorted(s.around)),
        " ".join(sorted(caption)),
        "\t".join(s.section),
        s.organisation,
        s.place,
        s.level,
    )


def contexts(store: Store, ids: list[int]) -> dict[int, FigureContext]:
    """The stored context of figures by id (figures of documents indexed before the context was: none)."""
    out: dict[int, FigureContext] = {}
    for i in range(0, len(ids), SQL_CHUNK):
        chunk = ids[i : i + SQL_CHUNK]
        for r in store.rows(f"SELECT * FROM figure_context WHERE figure_id IN ({_marks(chunk)})", tuple(chunk)):
            out[r["figure_id"]] = FigureContext(
                frozenset(r["around"].split()),
                frozenset(r["caption"].split()),
                tuple(o for o in r["section"].split("\t") if o),
                r["organisation"],
                r["place"],
                r["level"],
            )
    return out


def index_terms(r: FigureRef) -> tuple[str, ...]:
    """The terms a figure is found by: its label's, or for a label that says nothing (none, or only what was
    done: "gestegen") its sentence's too ("steeg in 2020 met 37 procent ten opzichte van 2019": aangifte,
    diefstal, bike)."""
    if r.terms and not all(is_participle(t) or t in CHANGE_WORDS for t in r.terms):
        return r.terms
    return tuple(dict.fromkeys(r.terms + (terms_of(r.sentence)[:MAX_SENTENCE_TERMS] if r.sentence else ())))


MAX_SENTENCE_TERMS = 12


def lookup(
    store: Store, claim: FigureRef, same_year: bool = True, limit: int = MAX_CANDIDATES, least: int | None = None
) -> list[FigureRef]:
    """Stored figures sharing at least half of the claim's label terms (``least``: that many), in its unit
    (and year), those sharing most first."""
    if not claim.terms:
        return []
    sql = f"SELECT figure_id, count(*) AS n FROM figure_terms WHERE term IN ({_marks(claim.terms)}) AND unit = ?"
    params: list = [*claim.terms, claim.family]
    if same_year and claim.year is not None:
        sql += " AND year = ?"
        params.append(claim.year)
    sql += " GROUP BY figure_id HAVING count(*) >= ? ORDER BY n DESC, figure_id LIMIT ?"  # no alias in HAVING (PG)
    params += [least or max(1, math.ceil(len(claim.terms) / 2)), limit]
    ids = [r[0] for r in store.rows(sql, tuple(params))]
    return figures_by_id(store, ids)


def sole_organisation(store: Store, term: str, family: str) -> str:
    """The one organisation whose figures (in this unit family) have ``term`` in their label, else "".

    "Het meldpunt werd 191 keer benaderd" names no organisation, but when every
    figure of the archive counting the meldpunt is the ESSM's, the claim is
    about the ESSM's meldpunt.  A figure without an organisation, or a second
    organisation, leaves it open.
    """
    rows = store.rows(
        "SELECT DISTINCT coalesce(f.organisation, '') FROM figure_terms t JOIN figures f "
        "ON f.id = t.figure_id WHERE t.term = ? AND t.unit = ? LIMIT 2",
        (term, family),
    )
    found = [r[0] for r in rows]
    return found[0] if len(found) == 1 else ""


def figures_by_id(store: Store, ids: list[int]) -> list[FigureRef]:
    rows = []
    for i in range(0, len(ids), SQL_CHUNK):
        chunk = ids[i : i + SQL_CHUNK]
        rows += list(store.rows(f"{FIGURE_SQL} WHERE f.id IN ({_marks(chunk)})", tuple(chunk)))
    tabled = {r["doc_id"] for r in rows if r["source"] == "table"}
    context = table_context(store, tabled) if tabled else {}
    return [ref_from_row(r, _context_of(r, context)) for r in rows]


def _marks(items) -> str:
    return ",".join("?" * len(items))


def lookup_values(
    store: Store, terms: tuple[str, ...], family: str, low: float, high: float, limit: int = MAX_CANDIDATES
) -> list[FigureRef]:
    """Stored figures of a unit family with a value in [low, high] that share a label term with ``terms``.

    A claim's value is selective, so one shared term is enough to find the figure that may support it.
    A rare value is looked up by value alone (the figures' value index), a common one through the terms.
    """
    if not terms:
        return []
    where, span = _values_between(family, low, high)
    many = next(
        iter(
            store.rows(
                f"SELECT count(*) FROM (SELECT 1 FROM figures WHERE {where} LIMIT ?) AS capped",  # PG wants the alias
                (*span, VALUE_ONLY + 1),
            )
        )
    )[0]
    if many <= VALUE_ONLY:
        wanted = set(terms)
        ids = [r[0] for r in store.rows(f"SELECT id FROM figures WHERE {where}", tuple(span))]
        return [f for f in figures_by_id(store, ids) if f.family == family and shares_a_term(wanted, f)]
    rows = store.rows(
        f"SELECT DISTINCT t.figure_id FROM figure_terms t JOIN figures f ON f.id = t.figure_id "
        f"WHERE t.term IN ({_marks(terms)}) AND t.unit = ? AND {_values_between(family, low, high, 'f.')[0]} "
        f"ORDER BY t.figure_id LIMIT ?",  # the same figures on every back end
        (*terms, family, *span, limit),
    )
    return figures_by_id(store, [r[0] for r in rows])


def shares_a_term(wanted: set[str], figure: FigureRef) -> bool:
    """A figure of a rare value is worth judging when a claim term is in its label, in its sentence, or is
    the head of a compound there ("rit" in "fietsrit"): the label alone misses "1 miljoen euro beschikbaar
    om te investeren in het Westerpark" for "een miljoen euro in het Westerpark".

    >>> from search.crosscheck.matching import ref
    >>> f = ref(Figure(7.3, "7,3", label="gemaakte fietsrit", sentence="Het oordeel over de gemaakte fietsrit is een 7,3."))
    >>> shares_a_term({"rit"}, f), shares_a_term({"oordel"}, f), shares_a_term({"auto"}, f)
    (True, True, False)
    """
    own = index_terms(figure)
    if wanted.intersection(own):
        return True
    pool = set(own).union(terms_of(figure.sentence)) if figure.sentence else set(own)
    return bool(wanted & pool) or any(ends_in(o, t) for t in wanted for o in pool)


def _values_between(family: str, low: float, high: float, table: str = "") -> tuple[str, list]:
    """SQL (and its parameters) for stored values in [low, high]; a percentage also meets the fractions
    stored as such ("ongeveer de helft" is 0.5, claimed as 50%)."""
    where = f"{table}value BETWEEN ? AND ?"
    params: list[object] = [low, high]
    if family == "percent":
        where = f"({where} OR ({table}unit IN ({_marks(FRACTION_UNITS)}) AND {table}value BETWEEN ? AND ?))"
        params += [*FRACTION_UNITS, low / 100, high / 100]
    return where, params


VALUE_ONLY = 300  # a value held by at most this many figures is looked up by value alone


def term_counts(store: Store) -> tuple[dict[str, int], int]:
    """How many figures carry each label term, and how many figures have terms (for term weights)."""
    counts = {r[0]: r[1] for r in store.rows("SELECT term, count(DISTINCT figure_id) FROM figure_terms GROUP BY term")}
    total = store.rows("SELECT count(DISTINCT figure_id) FROM figure_terms")
    return counts, (list(total)[0][0] or 0)


class TermWeights:
    """Inverse document frequency of label terms, read from ``figure_terms`` as terms are asked for
    (one indexed count per new term; a word no figure has is missing, see ``get``)."""

    def __init__(self, store: Store):
        self.store = store
        self.total = next(iter(store.rows("SELECT count(*) FROM figures")))[0] or 0
        self._kept: dict[str, float | None] = {}

    def get(self, term: str, default: float = 0.0) -> float:
        if term not in self._kept:
            n = next(iter(self.store.rows("SELECT count(*) FROM figure_terms WHERE term = ?", (term,))))[0]
            self._kept[term] = math.log((self.total + 1) / (n + 0.5)) if n else None
        found = self._kept[term]
        return default if found is None else found


def page_text(store: Store, doc_id: int, page: int) -> str:
    found = list(store.rows("SELECT text FROM pages WHERE doc_id = ? AND number = ?", (doc_id, page)))
    return found[0][0] if found else ""


def lookup_cells(store: Store, row: str, column: str, value: float, limit: int = 50) -> list[FigureRef]:
    """Stored table cells with this row and column label and value (a draft quoting a table)."""
    rows = store.rows(
        "SELECT id FROM figures WHERE source = 'table' AND value = ? AND row_label = ? AND col_label = ? LIMIT ?",
        (value, row, column, limit),
    )
    return figures_by_id(store, [r[0] for r in rows])


def table_caption(store: Store, doc_id: int, seq: int) -> str:
    found = list(store.rows("SELECT caption FROM tables WHERE doc_id = ? AND seq = ?", (doc_id, seq)))
    return (found[0][0] or "") if found else ""
