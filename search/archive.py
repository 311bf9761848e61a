"""The archive: the store plus its search index, kept in agreement.

>>> archive = Archive.open("var")  # doctest: +SKIP
>>> archive.search("seksuele uitbuiting").total  # doctest: +SKIP
42
"""

from __future__ import annotations

import contextlib
import math
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterator

from search import store as stores
from search.index.engine import Engine, EngineHit, EngineResults, Filters, open_engine
from search.index.expand import expand
from search.index.query import Query
from search.index.rank import RERANK, Reading, coverage, rarity, reading, rerank
from search.index.snippets import snippet
from search.index.units import head_text, unit_text, units_for
from search.settings import setting
from search.store.db import Store

DEFAULT_DATA_DIR = "var"
INDEX_UNITS = 5000  # search units per index commit
POOL = 200  # units fetched from the engine per search, then ranked and grouped per document
SPREAD = 1  # grouped search: units per document among the first that are re-ranked
MORE_WEIGHT = 0.05  # a document's further hits, on top of its best (tuned on the tune half)
MAX_POOL = 3200  # ... widened to this when a few long documents fill the pool
DOC_RERANK = 10  # grouped search: the first documents whose further hits may hold the words their best lacks
DOC_UNITS = 2  # ... reading this many of those further hits
DOC_WEIGHT = 2.0  # ... a document gains this times the coverage they add (tuned on the tune half)
FACETS = ("type", "year", "organisation")  # what a grouped search counts its documents by
READINGS = 30_000  # units whose tokenised text the archive keeps for the ranking (about 1 kB each)

Progress = Callable[[int, int], None]


def data_dir(explicit: str | None = None) -> Path:
    """``--data`` wins, then ``RAADSLENS_DATA``, then ``./var``."""
    return Path(explicit or setting("RAADSLENS_DATA") or DEFAULT_DATA_DIR)


def store_spec(directory: str | Path | None = None) -> str:
    """Where the store is: ``RAADSLENS_DB`` (a ``postgresql://`` URL or a folder), else the data folder."""
    return setting("RAADSLENS_DB") or str(data_dir(str(directory) if directory else None))


def open_store(directory: str | Path | None = None) -> Store | None:
    """The store of an existing archive (no index is opened or brought in line); None when there is none."""
    spec = store_spec(directory)
    return stores.connect(spec) if stores.exists(spec) else None


@dataclass(frozen=True)
class Hit:
    document: int
    file: str
    title: str
    type: str
    page: int
    score: float
    snippet: str
    snippet_html: str = field(default="", compare=False)
    kind: str = "passage"
    unit: str = ""
    more: int = 0  # grouped results: further hits in this document
    more_pages: tuple[int, ...] = ()  # ... on these pages

    def to_json(self) -> dict:
        out = {
            "document": self.document,
            "file": self.file,
            "title": self.title,
            "type": self.type,
            "page": self.page,
            "score": round(self.score, 4),
            "snippet": self.snippet,
        }
        if self.more:
            out.update(more=self.more, more_pages=list(self.more_pages))
        return out


@dataclass(frozen=True)
class SearchResults:
    """What a search found.  ``hits`` are units, or (``grouped``) each document's best unit.

    ``documents`` counts the documents among the ranked matches (all of
    them unless ``total`` exceeds the pool a search ranks); ``suggestion``
    is a better-spelt query with far more hits ("Bedoelde u: ...?").
    """

    query: str
    total: int
    hits: tuple[Hit, ...]
    documents: int = 0
    grouped: bool = False
    suggestion: str | None = None
    documents_exact: bool = True  # False: more documents match than the ranked pool holds
    facets: dict[str, tuple[tuple[str | int, int], ...]] = field(default_factory=dict, compare=False)
    total_exact: bool = True  # False: the engine stopped counting; more than ``total - 1`` units match

    def to_json(self) -> dict:
        out = {"query": self.query, "total": self.total, "hits": [h.to_json() for h in self.hits]}
        if not self.total_exact:
            out["total_exact"] = False
        if self.grouped:
            out.update(documents=self.documents, documents_exact=self.documents_exact)
            out["facets"] = {name: [{"value": v, "count": n} for v, n in found] for name, found in self.facets.items()}
        if self.suggestion:
            out["suggestion"] = self.suggestion
        return out


class Archive:
    def __init__(self, store: Store, engine: Engine, path: Path | None = None):
        self.store = store
        self.engine = engine
        self.path = path
        self._readings: dict[str, Reading] = {}  # unit id -> what the ranking reads of it (see _body_for_ranking)
        self._heads: dict[int, str] = {}
        self._documents: dict[int, tuple[str, int | None, str]] = {}  # doc id -> its facets (see _facts)
        self._read_for: object = None  # the term counts the cached readings belong to (one per index generation)

    @classmethod
    def open(cls, directory: str | Path | None = None, engine: str | None = None, dsn: str | None = None) -> "Archive":
        """Open (or create) the archive in a data directory and bring the index in line.

        ``engine``/``dsn`` choose the full-text engine (see :func:`open_engine`).
        """
        path = data_dir(str(directory) if directory else None)
        path.mkdir(parents=True, exist_ok=True)
        archive = cls(stores.connect(store_spec(path)), open_engine(path / "index", engine, dsn), path)
        if archive.engine.stale:
            archive.store.mark_all_unindexed()
        archive.reconcile()
        return archive

    def close(self) -> None:
        self.store.close()
        self.engine.close()

    # -- keeping the index a projection of the store -------------------------
    def reconcile(self, progress: Progress | None = None) -> int:
        """Index what the store has and the index lacks; drop what the store lost."""
        orphans = self.engine.doc_ids() - self.store.doc_ids()
        if orphans:
            with self.engine.writer() as writer:
                for doc_id in orphans:
                    writer.remove_document(doc_id)
        return self.index_documents(self.store.unindexed(), progress)

    def index_documents(self, doc_ids: list[int], progress: Progress | None = None) -> int:
        """(Re)index documents, committing about every ``INDEX_UNITS`` units.

        Commits of a few thousand units are whoosh's sweet spot: smaller ones
        pay the segment overhead too often, one huge one sorts too much.
        """
        self.forget_readings()
        done = 0
        pending = iter(doc_ids)
        bulk = getattr(self.engine, "bulk", None)  # an engine that builds its index faster after a big batch
        with bulk(len(doc_ids)) if bulk else contextlib.nullcontext():
            while done < len(doc_ids) and (batch := self._index_batch(pending)):
                self.store.mark_indexed(batch)
                done += len(batch)
                if progress:
                    progress(done, len(doc_ids))
        return done

    def _index_batch(self, doc_ids: Iterator[int]) -> list[int]:
        batch: list[int] = []
        units = 0
        with self.engine.writer() as writer:
            for doc_id in doc_ids:
                writer.remove_document(doc_id)
                found = list(units_for(self.store, doc_id))
                writer.add(found)
                batch.append(doc_id)
                units += len(found)
                if units >= INDEX_UNITS:
                    break
        return batch

    def rebuild_index(self, progress: Progress | None = None) -> int:
        """Throw the index away and rebuild it from the store."""
        self.engine.clear()
        self.store.mark_all_unindexed()
        return self.index_documents(self.store.unindexed(), progress)

    def remove_document(self, doc_id: int) -> None:
        self.forget_readings()
        self.store.remove(doc_id)
        with self.engine.writer() as writer:
            writer.remove_document(doc_id)

    # -- searching -----------------------------------------------------------
    def search(
        self,
        text: str,
        *,
        doctype: str | None = None,
        year: int | None = None,
        organisation: str | None = None,
        document_year: int | None = None,
        limit: int = 10,
        offset: int = 0,
        kinds: tuple[str, ...] = (),
        facets: tuple[str, ...] = (),
        group: bool = False,
        strict: bool = False,
        loose: bool = False,
    ) -> SearchResults:
        """Ranked full-text search; hits carry document, page and a marked snippet.

        ``group`` returns one hit per document (its best, with the count and
        pages of the others), ``limit``/``offset`` then count documents.
        ``strict`` requires every word (the old AND search, for comparison);
        ``loose`` needs one (a question's words: units holding more of them
        still rank first, which "a OF b", scored by its best word, does not).
        A grouped search also counts its documents per type, year and
        organisation (``facets``, the document's own year: ``year`` also
        takes passages that mention it); ``organisation`` and
        ``document_year`` keep the documents of one facet value (an
        organisation matched without regard to case).
        """
        counts = self._term_counts()
        if counts is not self._read_for:  # the index changed (here or in another process): read units afresh
            self.forget_readings()
            self._read_for = counts
        query, suggestion = expand(text, counts)
        if strict:
            query = query.strict()
        elif loose and query.should:
            query = replace(query, min_should=1)
        filters = Filters(doctype=doctype, year=year, kinds=kinds, facets=facets)
        wanted = (offset + limit) * (10 if group else 1)  # a document page needs several units per document
        found = self._candidates(query, filters, max(POOL if group else RERANK, wanted), offset + limit if group else 0)
        ranked = [
            replace(hit, score=value)
            for value, hit in rerank(
                query, spread(found.hits) if group else found.hits, self._body_for_ranking(), rarity(query, counts)
            )
        ]
        if organisation or document_year:
            ranked = [h for h in ranked if self._kept(h.doc_id, organisation, document_year)]
        documents = len({h.doc_id for h in ranked})
        counted = self._facets({h.doc_id for h in ranked}) if group else {}
        if group:
            weights = rarity(query, counts)
            picked = self._document_coverage(_groups(ranked), query, weights)[offset : offset + limit]
        else:
            picked = [(hit, []) for hit in ranked[offset : offset + limit]]
        hits = tuple(h for h in (self._hit(hit, query, others) for hit, others in picked) if h is not None)
        exact = found.total <= len(found.hits)
        return SearchResults(text, found.total, hits, documents, group, suggestion, exact, counted, found.exact)

    def _facts(self, doc_id: int) -> tuple[str, int | None, str]:
        """(type, year, organisation) of a document, kept with the readings (emptied when the index changes)."""
        known = self._documents.get(doc_id)
        if known is None:
            doc = self.store.document(doc_id)
            known = (doc["doctype"] or "", doc["year"], doc["organisation"] or "") if doc else ("", None, "")
            self._documents[doc_id] = known
        return known

    def _document_coverage(self, groups: list, query: Query, weights: list[float]) -> list:
        """The first ``DOC_RERANK`` documents re-ordered with the words their further hits add to the best one's.

        "179 meldingen mensenhandel": the monitor's page with 179 and
        meldingen says mensenhandel in another passage.
        """
        if not DOC_WEIGHT or len(groups) < 2:
            return groups
        body = self._body_for_ranking()
        scored = []
        for best, others in groups[:DOC_RERANK]:
            first = body(best)
            more = [r for r in (body(o) for o in others[:DOC_UNITS]) if r is not None]
            gain = coverage(query, [first, *more], weights) - coverage(query, [first], weights) if first else 0.0
            scored.append((_group_score((best, others)) + DOC_WEIGHT * gain, best.unit_id, (best, others)))
        scored.sort(key=lambda item: (-item[0], item[1]))
        return [group for _, _, group in scored] + groups[DOC_RERANK:]

    def _kept(self, doc_id: int, organisation: str | None, year: int | None) -> bool:
        _, doc_year, doc_organisation = self._facts(doc_id)
        if year and doc_year != year:
            return False
        return not organisation or doc_organisation.lower() == organisation.strip().lower()

    def _facets(self, doc_ids: set[int]) -> dict[str, tuple[tuple[str | int, int], ...]]:
        """How many of the documents have each type, year and organisation, most first (empty values left out)."""
        out: dict[str, tuple[tuple[str | int, int], ...]] = {}
        for number, name in enumerate(FACETS):
            found: dict[str | int, int] = {}
            for doc_id in doc_ids:
                value = self._facts(doc_id)[number]
                if value not in (None, ""):
                    found[value] = found.get(value, 0) + 1
            out[name] = tuple(sorted(found.items(), key=lambda kv: (-kv[1], str(kv[0]))))
        return out

    def _candidates(self, query: Query, filters: Filters, pool: int, documents: int) -> EngineResults:
        """The engine's top ``pool`` units, the pool widened (up to ``MAX_POOL``) until it spans ``documents``.

        A document whose title has the query's words matches with every unit:
        a long one fills a pool of 200 on its own ("veiligheids arrangement OV").
        """
        found = self.engine.search(query, filters, pool, 0)
        while documents and pool < MAX_POOL and found.total > len(found.hits):
            if len({h.doc_id for h in found.hits}) >= documents:
                break
            pool *= 4
            found = self.engine.search(query, filters, pool, 0)
        return found

    def prepare(self, text: str) -> tuple[Query, str | None]:
        """The query tree for ``text``, expanded with the index's own words, and a spelling suggestion."""
        return expand(text, self._term_counts())

    def _term_counts(self) -> dict[str, int]:
        counts = getattr(self.engine, "term_counts", None)  # an engine without it gets no typo help
        return counts() if counts else {}

    def forget_readings(self) -> None:
        """Drop the units' tokenised text kept for the ranking (done when the index changes)."""
        self._readings = {}
        self._heads = {}
        self._documents = {}

    def _body_for_ranking(self):
        """``hit -> Reading``: a unit's text and its document's title/file name, read and tokenised once.

        Re-ranking read each of 50 candidates from the store and tokenised it
        for every query; popular documents come back query after query.  The
        cache holds up to ``READINGS`` units and is emptied when the index's
        term counts change (a new index generation) or this archive writes.
        """
        readings, heads = self._readings, self._heads

        def body(hit: EngineHit) -> Reading | None:
            known = readings.get(hit.unit_id)
            if known is not None:
                return known
            if hit.doc_id not in heads:
                doc = self.store.document(hit.doc_id)
                heads[hit.doc_id] = head_text(doc["title"], doc["file"]) if doc else ""
            found = unit_text(self.store, hit.unit_id)
            if found is None:
                return None
            if len(readings) >= READINGS:
                readings.clear()
            readings[hit.unit_id] = read = reading(found[0], heads[hit.doc_id])
            return read

        return body

    def _hit(self, hit: EngineHit, query: Query, others: list[EngineHit]) -> Hit | None:
        doc = self.store.document(hit.doc_id)
        body = unit_text(self.store, hit.unit_id)
        if doc is None or body is None:
            return None
        snip = snippet(body[0], query)
        pages = tuple(sorted({o.page for o in others} - {hit.page}))
        return Hit(
            doc["id"],
            doc["file"],
            doc["title"],
            doc["doctype"],
            hit.page,
            hit.score,
            snip.text,
            snip.html(),
            body[1],
            hit.unit_id,
            len(others),
            pages,
        )


def spread(hits: tuple[EngineHit, ...] | list[EngineHit], per_document: int = SPREAD) -> list[EngineHit]:
    """The hits in engine order, each document's first ``per_document`` ones first, the rest after them.

    So the units the ranking re-scores (the first ``RERANK``) come from many
    documents, not from the one whose passages all match.

    >>> a, b, c = EngineHit("p1", 1, 1, 3.0), EngineHit("p2", 1, 2, 2.0), EngineHit("p3", 2, 1, 1.0)
    >>> [h.unit_id for h in spread([a, b, c], 1)]
    ['p1', 'p3', 'p2']
    """
    seen: dict[int, int] = {}
    first: list[EngineHit] = []
    rest: list[EngineHit] = []
    for hit in hits:
        seen[hit.doc_id] = seen.get(hit.doc_id, 0) + 1
        (first if seen[hit.doc_id] <= per_document else rest).append(hit)
    return first + rest


def _groups(ranked: list[EngineHit]) -> list[tuple[EngineHit, list[EngineHit]]]:
    """Each document's best hit with its other hits, best documents first.

    A document ranks by its best hit plus ``MORE_WEIGHT`` * log(1 + its other
    hits): of two equal best passages, the document that says more about it first.

    >>> a, b, c = EngineHit("p1", 1, 2, 1.0), EngineHit("p2", 2, 1, .9), EngineHit("p3", 1, 5, .8)
    >>> [(best.unit_id, [o.unit_id for o in others]) for best, others in _groups([a, b, c])]
    [('p1', ['p3']), ('p2', [])]
    """
    groups: dict[int, tuple[EngineHit, list[EngineHit]]] = {}
    for hit in ranked:
        if hit.doc_id in groups:
            groups[hit.doc_id][1].append(hit)
        else:
            groups[hit.doc_id] = (hit, [])
    return sorted(groups.values(), key=lambda group: -_group_score(group))


def _group_score(group: tuple[EngineHit, list[EngineHit]]) -> float:
    return group[0].score + MORE_WEIGHT * math.log1p(len(group[1]))
