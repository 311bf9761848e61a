"""The whoosh implementation of the engine.  The only module importing whoosh.

whoosh-reloaded is unmaintained; the index is disposable and records the
schema and analyzer versions it was built with (``raadslens-index.json``).
When they differ from the code's, the engine reports ``stale`` and the
archive rebuilds it from the store.
"""

from __future__ import annotations

import heapq
import json
import math
import shutil
import threading
import warnings
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

with warnings.catch_warnings():  # whoosh's own deprecation noise at import time
    warnings.simplefilter("ignore")
    from whoosh import collectors, formats
    from whoosh import index as whoosh_index
    from whoosh import query as wq
    from whoosh.analysis import Token as WToken
    from whoosh.analysis import Tokenizer
    from whoosh.codec import default_codec
    from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema
    from whoosh.index import LockError

from search.index import analysis
from search.index.engine import UNLISTED_KINDS, EngineHit, EngineResults, Filters, IndexBusy, SearchUnit
from search.index.query import Clause, Query

SCHEMA_VERSION = 5  # 2: page only stored, no per-unit update lookups; 3: figure units per page; 4: one tags field;
#                    5: head field (title and file name)
HEAD_BOOST = 2.0  # a word of the title or file name counts this much more than one in the text
LOCK_TIMEOUT = 60.0  # seconds to wait for another process's index writer
META_FILE = "raadslens-index.json"


class DutchTokenizer(Tokenizer):
    """Feeds :func:`analysis.tokens` into whoosh (stemmed or exact)."""

    def __init__(self, stemmed: bool = True):
        self.stemmed = stemmed

    def __eq__(self, other):
        return isinstance(other, DutchTokenizer) and other.stemmed == self.stemmed

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
        token = WToken(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for item in analysis.tokens(value, stemmed=self.stemmed):
            token.text = item.term
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = value[item.start : item.end]
            if positions:
                token.pos = start_pos + item.pos
            if chars:
                token.startchar = start_char + item.start
                token.endchar = start_char + item.end
            yield token


class Terms(formats.Frequency):
    """Term frequencies straight from :func:`analysis.tokens` (no whoosh Token per word: 8% of indexing).

    The schema pickled in an index names these classes: rename them only
    together with a new ``SCHEMA_VERSION`` (the index is then rebuilt).
    """

    def word_values(self, value, analyzer, **kwargs):
        pairs = analysis.indexed(value)  # the fast path: terms without spans
        counts = Counter(s for s, _ in pairs if s is not None) if analyzer.stemmed else Counter(e for _, e in pairs)
        return ((term, n, n * self.field_boost, formats.pack_uint(n)) for term, n in counts.items())


class TermPositions(formats.Positions):
    """Term positions (for exact phrases) straight from :func:`analysis.tokens`."""

    def word_values(self, value, analyzer, **kwargs):
        positions: dict[str, list[int]] = {}
        side = 0 if analyzer.stemmed else 1
        for pos, pair in enumerate(analysis.indexed(value)):
            if pair[side] is not None:
                positions.setdefault(pair[side], []).append(pos)
        return ((term, len(p), len(p) * self.field_boost, self.encode(p)) for term, p in positions.items())


def _text_field(stemmed: bool, phrase: bool) -> TEXT:
    field = TEXT(analyzer=DutchTokenizer(stemmed), phrase=phrase)
    field.format = TermPositions() if phrase else Terms()
    return field


def _schema() -> Schema:
    """Unit id, where it points (document, page), its filter tags, and its words twice.

    Everything a filter needs is one ``tags`` field ("doc:3", "kind:passage",
    "type:monitor", "year:2024", "file=..."): whoosh pays a fixed cost per
    field of every unit, and five separate ID fields were a fifth of
    indexing time.
    """
    return Schema(
        id=ID(stored=True, unique=True),
        ref=STORED,  # (doc_id, page)
        tags=KEYWORD,  # given as a list of exact tags, never analysed
        text=_text_field(stemmed=True, phrase=False),  # stemmed words; phrases use ``exact``
        exact=_text_field(stemmed=False, phrase=True),
        head=_text_field(stemmed=True, phrase=False),  # the document's title and file name, stemmed
    )


def tags(unit: SearchUnit) -> list[str]:
    """The filter tags of a unit.

    >>> tags(SearchUnit("p1", 3, "passage", 2, "tekst", "monitor", (2024,), ("file=A.pdf",)))
    ['doc:3', 'kind:passage', 'type:monitor', 'year:2024', 'file=a.pdf']
    """
    return (
        [f"doc:{unit.doc_id}", f"kind:{unit.kind}", f"type:{unit.doctype}"]
        + [f"year:{y}" for y in unit.years]
        + [f.lower() for f in unit.facets]
    )


def _tag(name: str):
    return wq.Term("tags", name)


def _signature() -> dict:
    return {"schema": SCHEMA_VERSION, "analyzer": analysis.ANALYZER_VERSION, "engine": "whoosh"}


class WhooshEngine:
    def __init__(self, path: Path):
        self.path = Path(path)
        self._terms: tuple | None = None  # (generation, folded word -> units holding it)
        self._unlisted: tuple | None = None  # (generation, unit numbers of unlisted kinds)
        # thread ident -> (its searcher, unit number -> stored fields); one table so close() reaches every thread's
        self._readings: dict[int, tuple[Any, dict]] = {}
        self._readings_lock = threading.Lock()
        self.stale = not self._signature_matches()
        if self.stale:
            self.clear()
        self._ix = whoosh_index.open_dir(str(self.path))

    def _signature_matches(self) -> bool:
        meta = self.path / META_FILE
        if not meta.exists() or not whoosh_index.exists_in(str(self.path)):
            return False
        try:
            return json.loads(meta.read_text()) == _signature()
        except ValueError:
            return False

    def clear(self) -> None:
        """Throw the index away and create an empty one with the current schema."""
        self._close_searchers()
        if self.path.exists():
            shutil.rmtree(self.path)
        self.path.mkdir(parents=True)
        whoosh_index.create_in(str(self.path), _schema())
        (self.path / META_FILE).write_text(json.dumps(_signature()))
        self._ix = whoosh_index.open_dir(str(self.path))

    def close(self) -> None:
        self._close_searchers()
        self._ix.close()

    def _close_searchers(self) -> None:
        """Close the searcher of every thread (a web server's worker threads too), not only the caller's."""
        with self._readings_lock:
            readings, self._readings = list(self._readings.values()), {}
        for searcher, _ in readings:
            searcher.close()

    def _keep(self, reading: tuple[Any, dict]) -> None:
        """Make ``reading`` this thread's; close the one it replaces and those of threads that
        have ended (a searcher left to the garbage collector leaks open files)."""
        alive = {t.ident for t in threading.enumerate()}
        me = threading.get_ident()
        with self._readings_lock:
            stale = [r for ident, r in self._readings.items() if ident not in alive or ident == me]
            self._readings = {ident: r for ident, r in self._readings.items() if ident in alive and ident != me}
            self._readings[me] = reading
        for searcher, _ in stale:
            searcher.close()

    def _reading(self) -> tuple:
        """This thread's searcher, kept open while the index is unchanged, with its stored fields read so far.

        Opening a searcher (its segments' term and column files) cost ~4 ms a
        query and reading a hit's stored fields ~35 us; both are paid once per
        index generation now.  A changed index (another process's commit too)
        gives a fresh searcher and an empty field cache.
        """
        held = self._readings.get(threading.get_ident())
        if held is None or not held[0].up_to_date():
            # not refresh(): it reuses segment readers that miss new deletions; _keep closes the old one
            held = (self._ix.searcher(), {})
            self._keep(held)
        return held

    def writer(self) -> "WhooshWriter":
        return WhooshWriter(self._ix)

    def doc_ids(self) -> set[int]:
        with self._ix.searcher() as searcher:
            return {int(t.decode()[4:]) for t in searcher.lexicon("tags") if t.startswith(b"doc:")}

    def search(self, query: Query, filters: Filters, limit: int, offset: int = 0) -> EngineResults:
        """The query tree scored term at a time straight from the postings (see :class:`_Scorer`).

        whoosh's own matchers score an OR of common words ten times slower
        (a Python call tree per posting); here each clause becomes a dict of
        unit number -> score, and the tree's logic is set arithmetic.
        """
        if query.empty:
            return EngineResults(0)
        searcher, stored = self._reading()
        scorer = _Scorer(searcher)
        found = scorer.units(query)
        allowed = _allowed(searcher, filters, self._hidden(searcher))
        docs = list(found)
        if allowed is not None:
            allow, hidden = allowed
            docs = [d for d in docs if (allow is None or d in allow) and d not in hidden]
        reader = searcher.reader()
        if reader.has_deletions():
            docs = [d for d in docs if not reader.is_deleted(d)]
        top = heapq.nlargest(offset + limit, docs, key=lambda d: (found[d], -d))[offset:]
        hits = []
        for docnum in top:
            if docnum not in stored:
                fields = searcher.stored_fields(docnum)
                stored[docnum] = (fields["id"], fields["ref"][0], fields["ref"][1])
            unit_id, doc_id, page = stored[docnum]
            hits.append(EngineHit(unit_id, doc_id, page, float(found[docnum])))
        return EngineResults(len(docs), tuple(hits))

    def term_counts(self) -> dict[str, int]:
        """Every word (folded, unstemmed) with the number of units holding it, cached per index generation."""
        if self._terms is None or self._terms[0] != self._generation():
            counts: dict[str, int] = {}
            with self._ix.searcher() as searcher:
                reader = searcher.reader()
                for term, info in reader.iter_field("exact"):
                    word = term.decode() if isinstance(term, bytes) else term
                    counts[word] = counts.get(word, 0) + info.doc_frequency()
            self._terms = (self._generation(), counts)
        return self._terms[1]

    def _hidden(self, searcher) -> set[int]:
        """Units of the kinds plain searches leave out, cached per index generation."""
        if self._unlisted is None or self._unlisted[0] != self._generation():
            found = set(searcher.docs_for_query(wq.Or([_tag(f"kind:{k}") for k in UNLISTED_KINDS])))
            self._unlisted = (self._generation(), found)
        return self._unlisted[1]

    def _generation(self):
        return self._ix.latest_generation()

    def similar(self, text: str, filters: Filters, limit: int) -> EngineResults:
        """More-like-this: the most distinctive terms of ``text``, ORed (BM25)."""
        with self._ix.searcher() as searcher:
            keys = searcher.key_terms_from_text("text", text, numterms=20)
        if not keys:
            return EngineResults(0)
        wquery = wq.Or([wq.Term("text", word, boost=weight) for word, weight in keys])
        return self._run(wquery, filters, limit, 0)

    def _run(self, wquery, filters: Filters, limit: int, offset: int) -> EngineResults:
        with self._ix.searcher() as searcher:
            collector = _collector(searcher, offset + limit, filters)
            searcher.search_with_collector(wquery, collector)
            results = collector.results()
            hits = tuple(
                EngineHit(hit["id"], hit["ref"][0], hit["ref"][1], float(hit.score))
                for hit in results[offset : offset + limit]
            )
            # whoosh reports the unfiltered count when a filter leaves nothing; nothing is nothing
            total = len(results) if results.scored_length() or offset else 0
            return EngineResults(total, hits)


class WhooshWriter:
    """A batch of changes, committed at exit (cancelled on error)."""

    def __init__(self, ix):
        # compound=False: whoosh copies a compound segment's term and posting
        # files into memory every time a searcher opens (~65 ms per query at
        # 100k passages); separate files are read in place.
        try:
            self._writer = ix.writer(limitmb=128, compound=False, timeout=LOCK_TIMEOUT, delay=0.25, codec=_codec())
        except LockError as err:
            raise IndexBusy() from err

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self._writer.commit()
        else:
            self._writer.cancel()

    def add(self, units: Iterable[SearchUnit]) -> None:
        """Add units of documents whose old units were removed first (``remove_document``).

        ``add_document``, not ``update_document``: the latter looks every
        unit's id up in all segments, which the removal by document made moot.
        """
        for unit in units:
            self._writer.add_document(
                id=unit.id,
                ref=(unit.doc_id, unit.page),
                tags=tags(unit),
                text=unit.text,
                exact=unit.text,
                head=unit.head,
            )

    def remove_document(self, doc_id: int) -> None:
        self._writer.delete_by_term("tags", f"doc:{doc_id}")


def _codec():
    """whoosh's codec without per-posting length statistics.

    With them, writing a segment reads every document's field length back
    from disk once per posting (a third of indexing time).  They only feed
    the block-quality shortcuts that :func:`_collector` switches off;
    scores use the per-document length column, which is still written.
    """
    codec = default_codec()
    codec.length_stats = False
    return codec


class _Scorer:
    """Scores of a query tree's clauses per unit number, read from whole posting blocks.

    A word scores BM25's saturation of its frequency times its rarity
    (``K1``; no length normalisation: a doc-length lookup per posting
    doubled the cost, and the archive's ranking adds the unit's length),
    in the text and, ``HEAD_BOOST`` times, in the head; a phrase scores its
    rarity; alternatives score their best; parts their sum.
    """

    K1 = 1.2

    def __init__(self, searcher):
        self.searcher = searcher
        self.total = max(1, searcher.doc_count_all())

    def units(self, query: Query) -> dict[int, float]:
        """Unit number -> score of every unit that matches the tree (the rules of :func:`query.matches`)."""
        must = [self.clause(c) for c in query.must]
        should = [self.clause(c) for c in query.should]
        if must:
            found = dict(min(must, key=len))  # type: ignore[arg-type]  # dicts are sized
            for part in must:
                found = {d: v for d, v in found.items() if d in part}
        else:
            counts: Counter = Counter()
            for part in should:
                counts.update(part.keys())
            found = {d: 0.0 for d, n in counts.items() if n >= max(1, query.min_should)}
        for part in must + should:
            for d in found.keys() & part.keys():
                found[d] += part[d]
        for clause in query.must_not:
            for d in self.clause(clause).keys() & found.keys():
                del found[d]
        return found

    def clause(self, clause: Clause) -> dict[int, float]:
        if clause.alternatives:
            best: dict[int, float] = {}
            for option in clause.alternatives:
                for d, v in self.clause(option).items():
                    if v > best.get(d, -1.0):
                        best[d] = v
            return self._weighted(best, clause.weight)
        if clause.parts:
            parts = [self.clause(c) for c in clause.parts]
            common = set.intersection(*(set(p) for p in parts))
            return self._weighted({d: sum(p[d] for p in parts) for d in common}, clause.weight)
        if clause.phrase:
            return self._weighted(self._phrase(clause.terms), clause.weight)
        scores = self._term("text", clause.terms[0])
        for d, v in self._term("head", clause.terms[0]).items():
            scores[d] = scores.get(d, 0.0) + HEAD_BOOST * v
        return self._weighted(scores, clause.weight)

    @staticmethod
    def _weighted(scores: dict[int, float], weight: float) -> dict[int, float]:
        return scores if weight == 1.0 else {d: v * weight for d, v in scores.items()}

    def _idf(self, df: int) -> float:
        return math.log(1 + (self.total - df + 0.5) / (df + 0.5))

    def _term(self, field: str, term: str) -> dict[int, float]:
        ids, weights = _postings(self.searcher, field, term)
        idf, k1 = self._idf(len(ids)), self.K1
        return {d: idf * w * (k1 + 1) / (w + k1) for d, w in zip(ids, weights)}

    def _phrase(self, words: tuple[str, ...]) -> dict[int, float]:
        if len(words) == 1:
            return self._term("exact", words[0])
        docs = set(wq.Phrase("exact", list(words)).docs(self.searcher))
        idf = self._idf(len(docs))
        return {d: idf * len(words) for d in docs}


def _postings(searcher, field: str, term: str) -> tuple[list[int], list[float]]:
    """Unit numbers and term frequencies of one term over all segments, a block at a time."""
    ids: list[int] = []
    weights: list[float] = []
    for sub, base in searcher.leaf_searchers():
        reader = sub.reader()
        if (field, term) not in reader:
            continue
        matcher = reader.postings(field, term)
        blocks = hasattr(matcher, "_read_ids") and hasattr(matcher, "_next_block")
        while matcher.is_active():
            if blocks:  # whoosh's on-disk matcher: whole blocks, no call per posting
                matcher._read_ids()
                matcher._read_weights()
                ids.extend(base + d for d in matcher._ids)
                weights.extend(matcher._weights)
                matcher._next_block()
            else:
                ids.append(base + matcher.id())
                weights.append(matcher.weight())
                matcher.next()
    return ids, weights


def _allowed(searcher, filters: Filters, unlisted: set[int]):
    """(units a filter allows or None for all, units hidden from plain searches), or None if neither."""
    wanted = _filter(filters)
    allow = set(searcher.docs_for_query(wanted)) if wanted is not None else None
    hidden = set() if filters.kinds else unlisted
    if allow is None and not hidden:
        return None
    return allow, hidden


def _collector(searcher, limit: int, filters: Filters):
    """A top-N collector that scores every match once and counts them exactly.

    whoosh's defaults (block-quality skipping, matcher replacement) need a
    second pass to count the total, which made queries ~35% slower, and
    with skipping off the replacement drops OR branches from the count.
    """
    if limit < searcher.doc_count():
        collector = collectors.TopCollector(limit, usequality=False, replace=0)
    else:
        collector = collectors.UnlimitedCollector()
    allow = _filter(filters)
    hidden = None if filters.kinds else wq.Or([_tag(f"kind:{k}") for k in UNLISTED_KINDS])
    return collectors.FilterCollector(collector, allow=allow, restrict=hidden)


def _filter(filters: Filters):
    parts = []
    if filters.doctype:
        parts.append(_tag(f"type:{filters.doctype}"))
    if filters.year:
        parts.append(_tag(f"year:{filters.year}"))
    if filters.kinds:
        parts.append(wq.Or([_tag(f"kind:{k}") for k in filters.kinds]))
    parts.extend(_tag(f.lower()) for f in filters.facets)
    return wq.And(parts) if parts else None
