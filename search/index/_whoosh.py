"""The whoosh implementation of the engine.  The only module importing whoosh.

whoosh-reloaded is unmaintained; the index is disposable and records the
schema and analyzer versions it was built with (``raadslens-index.json``).
When they differ from the code's, the engine reports ``stale`` and the
archive rebuilds it from the store.
"""
from __future__ import annotations

import json
import shutil
import warnings
from collections import Counter
from pathlib import Path
from typing import Iterable

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

SCHEMA_VERSION = 4  # 2: page only stored, no per-unit update lookups; 3: figure units per page; 4: one tags field
LOCK_TIMEOUT = 60.0  # seconds to wait for another process's index writer
META_FILE = "raadslens-index.json"


class DutchTokenizer(Tokenizer):
    """Feeds :func:`analysis.tokens` into whoosh (stemmed or exact)."""

    def __init__(self, stemmed: bool = True):
        self.stemmed = stemmed

    def __eq__(self, other):
        return isinstance(other, DutchTokenizer) and other.stemmed == self.stemmed

    def __call__(self, value, positions=False, chars=False, keeporiginal=False,
                 removestops=True, start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        token = WToken(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for item in analysis.tokens(value, stemmed=self.stemmed):
            token.text = item.term
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = value[item.start:item.end]
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
        counts = (Counter(s for s, _ in pairs if s is not None) if analyzer.stemmed
                  else Counter(e for _, e in pairs))
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
    )


def tags(unit: SearchUnit) -> list[str]:
    """The filter tags of a unit.

    >>> tags(SearchUnit("p1", 3, "passage", 2, "tekst", "monitor", (2024,), ("file=A.pdf",)))
    ['doc:3', 'kind:passage', 'type:monitor', 'year:2024', 'file=a.pdf']
    """
    return ([f"doc:{unit.doc_id}", f"kind:{unit.kind}", f"type:{unit.doctype}"]
            + [f"year:{y}" for y in unit.years] + [f.lower() for f in unit.facets])


def _tag(name: str):
    return wq.Term("tags", name)


def _signature() -> dict:
    return {"schema": SCHEMA_VERSION, "analyzer": analysis.ANALYZER_VERSION, "engine": "whoosh"}


class WhooshEngine:
    def __init__(self, path: Path):
        self.path = Path(path)
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
        if self.path.exists():
            shutil.rmtree(self.path)
        self.path.mkdir(parents=True)
        whoosh_index.create_in(str(self.path), _schema())
        (self.path / META_FILE).write_text(json.dumps(_signature()))
        self._ix = whoosh_index.open_dir(str(self.path))

    def close(self) -> None:
        self._ix.close()

    def writer(self) -> "WhooshWriter":
        return WhooshWriter(self._ix)

    def doc_ids(self) -> set[int]:
        with self._ix.searcher() as searcher:
            return {int(t.decode()[4:]) for t in searcher.lexicon("tags") if t.startswith(b"doc:")}

    def search(self, query: Query, filters: Filters, limit: int, offset: int = 0) -> EngineResults:
        if query.empty:
            return EngineResults(0)
        wquery = wq.And([_clause(c) for c in query.must])
        if query.must_not:
            wquery = wq.AndNot(wquery, wq.Or([_clause(c) for c in query.must_not]))
        return self._run(wquery, filters, limit, offset)

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
                for hit in results[offset:offset + limit]
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
            self._writer = ix.writer(limitmb=128, compound=False, timeout=LOCK_TIMEOUT, delay=0.25,
                                     codec=_codec())
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
            self._writer.add_document(id=unit.id, ref=(unit.doc_id, unit.page), tags=tags(unit),
                                      text=unit.text, exact=unit.text)

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


def _clause(clause: Clause):
    if clause.alternatives:
        return wq.Or([_clause(c) for c in clause.alternatives])
    if clause.phrase:
        if len(clause.terms) == 1:
            return wq.Term("exact", clause.terms[0])
        return wq.Phrase("exact", list(clause.terms))
    return wq.Term("text", clause.terms[0])


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
