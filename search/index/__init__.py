"""The full-text index: a disposable projection of the store.

Engines (whoosh, PostgreSQL) behind one protocol (:mod:`search.index.engine`),
the one Dutch analyzer for indexing and querying, the query language,
snippets, and the search units made from store rows.
"""
