"""Lists as people page through them: a page of items, its numbering, facet counts and sort links.

Every list page (documents, figures, letters, search hits) answers with the
same keys, in HTML and JSON alike: ``total``, ``page``, ``per_page``,
``pages``, ``first``/``last`` (1-based numbers of the items shown, so a
page can say "21–40 van 878"), ``sort``/``order`` and ``facets`` (value →
count, for filter links).

>>> window(878, page=2, per_page=20)
{'total': 878, 'page': 2, 'per_page': 20, 'pages': 44, 'first': 21, 'last': 40}
>>> counts([{"t": "a"}, {"t": "b"}, {"t": "a"}, {"t": ""}], "t")
[{'value': 'a', 'count': 2}, {'value': 'b', 'count': 1}]
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Sequence

from flask import Response, request

MAX_PAGE = 100_000  # a page number beyond this is an error, not a huge OFFSET


def download(body: str, name: str, mimetype: str = "text/csv") -> Response:
    """A file to save, not to show: the CSV and JSON downloads of every list and report."""
    return Response(body, mimetype=mimetype, headers={"Content-Disposition": f'attachment; filename="{name}"'})


def page_number() -> int:
    """The ``pagina`` argument (1 when missing or not a positive number)."""
    number = request.args.get("pagina", 1, type=int) or 1
    return min(max(1, number), MAX_PAGE)


def per_page(default: int, maximum: int = 500) -> int:
    """The ``per`` argument, within 1..maximum."""
    return min(max(1, request.args.get("per", default, type=int) or default), maximum)


def window(total: int, page: int, per_page: int) -> dict:
    """The numbering of one page of ``total`` items."""
    pages = max(1, -(-total // per_page))
    first = (page - 1) * per_page + 1 if total else 0
    return {
        "total": total,
        "page": page,
        "per_page": per_page,
        "pages": pages,
        "first": min(first, total),
        "last": min(page * per_page, total),
    }


def paged(items: Sequence, page: int, size: int) -> tuple[list, dict]:
    """One page of ``items`` and its :func:`window`."""
    start = (page - 1) * size
    return list(items[start : start + size]), window(len(items), page, size)


def counts(items: Iterable, key: str | Callable[[Any], Any], limit: int = 50, names: dict | None = None) -> list[dict]:
    """How often each value of ``key`` occurs (most first, then by value); empty values are left out.

    ``names`` gives values a label to show (``{"count": "aantal"}``); the value stays the filter.
    """
    get = key if callable(key) else (lambda item: item[key] if hasattr(item, "keys") else getattr(item, key))
    found: dict = {}
    for item in items:
        value = get(item)
        if value not in (None, ""):
            found[value] = found.get(value, 0) + 1
    ranked = sorted(found.items(), key=lambda kv: (-kv[1], str(kv[0])))
    if names:
        return [{"value": value, "count": n, "label": names.get(value, value)} for value, n in ranked[:limit]]
    return [{"value": value, "count": n} for value, n in ranked[:limit]]


def sort_choice(allowed: dict[str, Any], default: str) -> tuple[str, bool]:
    """(``sorteer`` if allowed else ``default``, descending?) from the arguments.

    ``richting=af`` is descending, ``op`` ascending; without it each key has its own natural direction
    (``allowed[key]`` is True for keys that read best newest/largest first).
    """
    key = request.args.get("sorteer", default)
    if key not in allowed:
        key = default
    direction = request.args.get("richting")
    return key, (direction == "af") if direction in ("af", "op") else bool(allowed[key])


def link_args(**changes) -> dict:
    """The current query arguments with ``changes`` (None removes one); a new filter returns to page 1."""
    args = {k: v for k, v in request.args.items()}
    if any(k != "pagina" for k in changes):
        args.pop("pagina", None)
    for key, value in changes.items():
        if value is None:
            args.pop(key, None)
        else:
            args[key] = str(value)
    return args
