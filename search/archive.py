"""The archive: the store plus its search index, kept in agreement.

>>> archive = Archive.open("var")  # doctest: +SKIP
>>> archive.search("seksuele uitbuiting").total  # doctest: +SKIP
42
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from search.index.engine import Engine, Filters, open_engine
from search.index.query import parse
from search.index.snippets import snippet
from search.index.units import unit_text, units_for
from search.settings import setting
from search.store.db import DB_FILE, Store

DEFAULT_DATA_DIR = "var"
INDEX_UNITS = 5000  # search units per index commit

Progress = Callable[[int, int], None]


def data_dir(explicit: str | None = None) -> Path:
    """``--data`` wins, then ``RAADSLENS_DATA``, then ``./var``."""
    return Path(explicit or setting("RAADSLENS_DATA") or DEFAULT_DATA_DIR)


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

    def to_json(self) -> dict:
        return {"document": self.document, "file": self.file, "title": self.title, "type": self.type,
                "page": self.page, "score": round(self.score, 4), "snippet": self.snippet}


@dataclass(frozen=True)
class SearchResults:
    query: str
    total: int
    hits: tuple[Hit, ...]

    def to_json(self) -> dict:
        return {"query": self.query, "total": self.total, "hits": [h.to_json() for h in self.hits]}


class Archive:
    def __init__(self, store: Store, engine: Engine, path: Path | None = None):
        self.store = store
        self.engine = engine
        self.path = path

    @classmethod
    def open(cls, directory: str | Path | None = None, engine: str | None = None,
             dsn: str | None = None) -> "Archive":
        """Open (or create) the archive in a data directory and bring the index in line.

        ``engine``/``dsn`` choose the full-text engine (see :func:`open_engine`).
        """
        path = data_dir(str(directory) if directory else None)
        path.mkdir(parents=True, exist_ok=True)
        archive = cls(Store(path / DB_FILE), open_engine(path / "index", engine, dsn), path)
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
        done = 0
        pending = iter(doc_ids)
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
        self.store.remove(doc_id)
        with self.engine.writer() as writer:
            writer.remove_document(doc_id)

    # -- searching -----------------------------------------------------------
    def search(self, text: str, *, doctype: str | None = None, year: int | None = None,
               limit: int = 10, offset: int = 0, kinds: tuple[str, ...] = (),
               facets: tuple[str, ...] = ()) -> SearchResults:
        """Full-text search; hits carry document, page and a marked snippet."""
        query = parse(text)
        filters = Filters(doctype=doctype, year=year, kinds=kinds, facets=facets)
        found = self.engine.search(query, filters, limit, offset)
        hits = []
        for hit in found.hits:
            doc = self.store.document(hit.doc_id)
            body = unit_text(self.store, hit.unit_id)
            if doc is None or body is None:
                continue
            snip = snippet(body[0], query)
            hits.append(Hit(doc["id"], doc["file"], doc["title"], doc["doctype"], hit.page, hit.score,
                            snip.text, snip.html(), body[1], hit.unit_id))
        return SearchResults(text, found.total, tuple(hits))
