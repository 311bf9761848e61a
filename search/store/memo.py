"""Results computed over the whole archive, kept until the archive changes.

The figure page shows the findings and series a figure takes part in;
computing them means checking the whole archive (~0.5 s for the Amsterdam
archive), too slow for every page view.  They are kept per database file
and store generation (:meth:`Store.generation`, bumped by triggers on every
document change, whichever process makes it).

>>> from search.store.db import Store
>>> store = Store(":memory:")
>>> archive_wide(store, "demo", lambda s: s.count_documents())
0
"""

from __future__ import annotations

import threading
from typing import Callable, TypeVar

from search.store.db import Store

T = TypeVar("T")
_KEPT: dict[tuple[str, str], tuple[int, object]] = {}
_LOCK = threading.Lock()


def archive_wide(store: Store, name: str, compute: Callable[[Store], T]) -> T:
    """``compute(store)``, reused while the store's generation is unchanged (in-memory stores: never kept)."""
    if store.path == ":memory:":
        return compute(store)
    key, generation = (store.path, name), store.generation()
    with _LOCK:
        kept = _KEPT.get(key)
    if kept is not None and kept[0] == generation:
        return kept[1]  # type: ignore[return-value]
    value = compute(store)
    with _LOCK:
        _KEPT[key] = (generation, value)
    return value
