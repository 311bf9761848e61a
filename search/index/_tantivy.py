"""The tantivy implementation of the engine.  The only module importing tantivy.

tantivy (a Rust search library, here through its Python bindings) is the
fast embedded engine: its index is a folder next to the store, like
whoosh's, but queries take milliseconds at 100k passages.  Its own Dutch
stemmer is the newer Snowball one, which conflates "gemeente" with "menen",
so it never sees raw text: each field gets the terms of raadslens's own
analyzer (:func:`search.index.analysis.indexed`), joined by spaces and split
again by tantivy's whitespace tokenizer, which keeps them as they are.

- ``text``: the stemmed terms (stop words left out), frequencies only;
- ``exact``: every folded word, for a quoted single word;
- ``pairs``: every two neighbouring exact words as one term ("van+de"),
  with positions (position *n* is the pair of words *n* and *n*+1 of the
  analyzer's positions): a phrase of *k* words is a phrase of its *k*-1 pairs (the
  same matches), and a pair's postings are far shorter than its words'
  ("van de" is one term query instead of intersecting two of the most
  common words: phrases of common words went from p50 19 to 4 ms at 100k
  passages in ``bench/engines.py``, for twice the index);
- ``head``: the stemmed terms of the document's title and file name; a
  word is found in the text or the head (phrases in the text only);
- ``tags``: the filter tags (``kind:passage``, ``type:monitor``,
  ``year:2024``, ``party=pvda``), one raw term each;
- ``id`` stored, ``doc_id`` and ``page`` as fast fields.

The translation of a :class:`~search.index.query.Query` into tantivy queries
lives here (:func:`_clause`), so it follows the query's semantics.  Select
the engine with ``RAADSLENS_ENGINE=tantivy``.
"""

from __future__ import annotations

import json
import math
import shutil
import time
from pathlib import Path
from typing import Iterable

import tantivy

from search.index import analysis
from search.index.engine import UNLISTED_KINDS, EngineHit, EngineResults, Filters, IndexBusy, SearchUnit
from search.index.query import Clause, Query

SCHEMA_VERSION = 3  # 2: the pairs field; 3: head (title and file name)
HEAD_BOOST = 2.0  # a word of the title or file name counts this much more than one in the text (as whoosh)
META_FILE = "raadslens-index.json"
LOCK_TIMEOUT = 60.0  # seconds to wait for another process's index writer
WRITER_HEAP = 128_000_000  # bytes for the writer's in-memory segment, split over its threads
SIMILAR_TERMS = 20  # the most distinctive terms of a text that make a more-like-this query
_Occur = tantivy.Occur


def _signature() -> dict:
    return {"schema": SCHEMA_VERSION, "analyzer": analysis.ANALYZER_VERSION, "engine": "tantivy"}


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw", index_option="basic")
    builder.add_integer_field("doc_id", indexed=True, fast=True)
    builder.add_integer_field("page", fast=True)
    builder.add_text_field("tags", tokenizer_name="raw", index_option="basic")
    builder.add_text_field("text", tokenizer_name="whitespace", index_option="freq")
    builder.add_text_field("exact", tokenizer_name="whitespace", index_option="freq")
    builder.add_text_field("pairs", tokenizer_name="whitespace", index_option="position")
    builder.add_text_field("head", tokenizer_name="whitespace", index_option="freq")
    return builder.build()


def tags(unit: SearchUnit) -> list[str]:
    """The filter tags of a unit (the document is the ``doc_id`` field).

    >>> tags(SearchUnit("p1", 3, "passage", 2, "tekst", "monitor", (2024,), ("file=A.pdf",)))
    ['kind:passage', 'type:monitor', 'year:2024', 'file=a.pdf']
    """
    return (
        [f"kind:{unit.kind}", f"type:{unit.doctype}"]
        + [f"year:{y}" for y in unit.years]
        + [f.lower() for f in unit.facets]
    )


PAIR = "+"  # joins two exact terms into a pair term; never part of a term (word characters, '.')


def field_texts(text: str) -> tuple[str, str, str]:
    """The ``text``, ``exact`` and ``pairs`` field values: our analyzer's terms, space-separated.

    >>> field_texts("De meldingen over 5.000 cliënten")
    ('melding 5000 client', 'de meldingen over 5000 clienten', 'de+meldingen meldingen+over over+5000 5000+clienten')
    """
    pairs = analysis.indexed(text)
    exact = [e for _, e in pairs]
    return (
        " ".join([s for s, _ in pairs if s is not None]),
        " ".join(exact),
        " ".join([a + PAIR + b for a, b in zip(exact, exact[1:])]),
    )


class TantivyEngine:
    def __init__(self, path: Path):
        self.path = Path(path)
        self._terms: tuple | None = None
        self.stale = not self._signature_matches()
        if self.stale:
            self.clear()
        else:
            self._open()

    def _signature_matches(self) -> bool:
        meta = self.path / META_FILE
        if not meta.exists() or not tantivy.Index.exists(str(self.path)):
            return False
        try:
            return json.loads(meta.read_text()) == _signature()
        except ValueError:
            return False

    def _open(self) -> None:
        self._schema = _schema()
        self._ix = tantivy.Index(self._schema, path=str(self.path), reuse=True)

    def clear(self) -> None:
        """Throw the index away and create an empty one with the current schema."""
        if self.path.exists():
            shutil.rmtree(self.path)
        self.path.mkdir(parents=True)
        self._schema = _schema()
        self._ix = tantivy.Index(self._schema, path=str(self.path), reuse=False)
        (self.path / META_FILE).write_text(json.dumps(_signature()))

    def close(self) -> None:
        self._ix = None  # type: ignore[assignment]  # closed: unusable until reopened

    def writer(self) -> "TantivyWriter":
        return TantivyWriter(self._ix)

    def doc_ids(self) -> set[int]:
        searcher = self._searcher()
        if not searcher.num_docs:
            return set()
        spec = {"docs": {"terms": {"field": "doc_id", "size": max(searcher.num_docs, 1)}}}
        found = searcher.aggregate(tantivy.Query.all_query(), spec)
        return {int(bucket["key"]) for bucket in found["docs"]["buckets"]}

    def search(self, query: Query, filters: Filters, limit: int, offset: int = 0) -> EngineResults:
        if query.empty:
            return EngineResults(0)
        parts = [(_Occur.Must, self._clause(c)) for c in query.must]
        if query.should:  # optional words: at least ``min_should`` of them, all of them rank
            should = [(_Occur.Should, self._clause(c)) for c in query.should]
            optional = tantivy.Query.boolean_query(should, minimum_number_should_match=query.min_should or None)
            parts.append((_Occur.Must if query.min_should or not query.must else _Occur.Should, optional))
        parts += [(_Occur.MustNot, self._clause(c)) for c in query.must_not]
        return self._run(parts, filters, limit, offset)

    def term_counts(self) -> dict[str, int]:
        """Every word (folded, unstemmed) with the number of units holding it, cached per index state."""
        searcher = self._searcher()
        stamp = (searcher.num_docs, searcher.num_segments)
        if self._terms is None or self._terms[0] != stamp:
            found = searcher.terms_with_prefix("exact", "", filter_query=tantivy.Query.all_query())
            self._terms = (stamp, {term: count for term, count in found if count})
        return self._terms[1]

    def similar(self, text: str, filters: Filters, limit: int) -> EngineResults:
        """More-like-this: the text's most distinctive terms (tf x idf), ORed and weighted."""
        searcher = self._searcher()
        counts: dict[str, int] = {}
        for term in analysis.terms(text):
            counts[term] = counts.get(term, 0) + 1
        n_docs = max(searcher.num_docs, 1)
        weights = []
        for term, count in counts.items():
            df = searcher.doc_freq("text", term)
            if df:
                weights.append((count * math.log(1 + n_docs / df), term))
        if not weights:
            return EngineResults(0)
        weights.sort(reverse=True)
        top = weights[:SIMILAR_TERMS]
        best = top[0][0]
        should = [
            (_Occur.Should, tantivy.Query.boost_query(self._term("text", term), weight / best)) for weight, term in top
        ]
        return self._run([(_Occur.Must, tantivy.Query.boolean_query(should))], filters, limit, 0)

    # -- translation ---------------------------------------------------------
    def _term(self, field: str, value: str):
        return tantivy.Query.term_query(self._schema, field, value)

    def _clause(self, clause: Clause):
        query = self._leaf_or_group(clause)
        return query if clause.weight == 1.0 else tantivy.Query.boost_query(query, clause.weight)

    def _leaf_or_group(self, clause: Clause):
        if clause.alternatives:
            return tantivy.Query.boolean_query([(_Occur.Should, self._clause(c)) for c in clause.alternatives])
        if clause.parts:
            return tantivy.Query.boolean_query([(_Occur.Must, self._clause(c)) for c in clause.parts])
        if clause.phrase:
            words = clause.terms
            if len(words) == 1:
                return self._term("exact", words[0])
            if len(words) == 2:
                return self._term("pairs", words[0] + PAIR + words[1])
            return tantivy.Query.phrase_query(self._schema, "pairs", [a + PAIR + b for a, b in zip(words, words[1:])])
        word = clause.terms[0]
        return tantivy.Query.boolean_query(
            [
                (_Occur.Should, self._term("text", word)),
                (_Occur.Should, tantivy.Query.boost_query(self._term("head", word), HEAD_BOOST)),
            ]
        )

    def _filters(self, filters: Filters) -> list:
        """Filter clauses that do not score (constant 0), and the hidden kinds."""
        wanted = []
        if filters.doctype:
            wanted.append(self._term("tags", f"type:{filters.doctype}"))
        if filters.year:
            wanted.append(self._term("tags", f"year:{filters.year}"))
        if filters.kinds:
            wanted.append(tantivy.Query.term_set_query(self._schema, "tags", [f"kind:{k}" for k in filters.kinds]))
        wanted.extend(self._term("tags", f.lower()) for f in filters.facets)
        parts = [(_Occur.Must, tantivy.Query.const_score_query(q, 0.0)) for q in wanted]
        if not filters.kinds:
            hidden = tantivy.Query.term_set_query(self._schema, "tags", [f"kind:{k}" for k in UNLISTED_KINDS])
            parts.append((_Occur.MustNot, hidden))
        return parts

    def _searcher(self):
        return self._ix.searcher()

    def _run(self, parts: list, filters: Filters, limit: int, offset: int) -> EngineResults:
        searcher = self._searcher()
        if not searcher.num_docs:
            return EngineResults(0)
        query = tantivy.Query.boolean_query(parts + self._filters(filters))
        found = searcher.search(query, limit, count=True, offset=offset)
        addresses = [address for _, address in found.hits]
        doc_ids = searcher.fast_field_values("doc_id", addresses)
        pages = searcher.fast_field_values("page", addresses)
        hits = tuple(
            EngineHit(searcher.doc(address).get_first("id"), doc_id, page, float(score))
            for (score, address), doc_id, page in zip(found.hits, doc_ids, pages)
        )
        return EngineResults(found.count, hits)


class TantivyWriter:
    """A batch of changes, committed at exit (rolled back on error).

    tantivy allows one writer per index (a lock file); another process's
    writer is waited for up to ``LOCK_TIMEOUT`` seconds, then :class:`IndexBusy`.
    """

    def __init__(self, ix):
        self._ix = ix
        deadline = time.monotonic() + LOCK_TIMEOUT
        while True:
            try:
                self._writer = ix.writer(heap_size=WRITER_HEAP, num_threads=1)
                return
            except ValueError as err:
                if "LockBusy" not in str(err) or time.monotonic() > deadline:
                    raise IndexBusy() from err
                time.sleep(0.25)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        try:
            if exc_type is None:
                self._writer.commit()
            else:
                self._writer.rollback()
        finally:
            self._writer.wait_merging_threads()  # also releases the lock
            self._ix.reload()

    def add(self, units: Iterable[SearchUnit]) -> None:
        """Add units of documents whose old units were removed first (``remove_document``)."""
        for unit in units:
            stems, exact, pairs = field_texts(unit.text)
            document = tantivy.Document()
            document.add_text("id", unit.id)
            document.add_integer("doc_id", unit.doc_id)
            document.add_integer("page", unit.page)
            for tag in tags(unit):
                document.add_text("tags", tag)
            document.add_text("text", stems)
            document.add_text("exact", exact)
            document.add_text("pairs", pairs)
            document.add_text("head", field_texts(unit.head)[0] if unit.head else "")
            self._writer.add_document(document)

    def remove_document(self, doc_id: int) -> None:
        self._writer.delete_documents_by_term("doc_id", doc_id)
