"""Zoeken: the search page and its JSON twin, paged ("21–40 van 878"), with facet counts per document
(type, year, organisation) as filter links."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, request

from search import DOCUMENT_TYPES, ask, is_question

from ..context import get_archive
from ..listing import page_number, window
from ..pages import page

bp = Blueprint("search", __name__)
PAGE_SIZE = 20
DOCTYPES = dict(sorted(DOCUMENT_TYPES.items(), key=lambda item: item[1].lower()))  # key -> Dutch name, by name
# argument -> the archive's facet; "jaar" is the document's own year ("year", the form's field, also takes
# passages that mention the year)
FACETS = (("type", "type"), ("jaar", "year"), ("organisatie", "organisation"))


def _facets(found) -> dict[str, list[dict]]:
    """The archive's counts per document as ``{argument: [{value, count, label}]}`` for ``_facets.html``."""
    out = {}
    for argument, name in FACETS:
        labels = DOCUMENT_TYPES if name == "type" else {}
        out[argument] = [
            {"value": value, "count": count, "label": labels.get(value, value)}
            for value, count in found.facets.get(name, ())
        ]
    return out


@page(bp, ["/", "/zoeken"], "zoeken.html", api="/api/zoeken", endpoint="page")
def results() -> dict:
    """The hits of ``q`` (with ``type``, ``year``, ``jaar``, ``organisatie``), page ``pagina`` of PAGE_SIZE."""
    query = request.args.get("q", "").strip()
    doctype = request.args.get("type") or None
    year = request.args.get("year", type=int)
    organisation = request.args.get("organisatie", "").strip() or None
    document_year = request.args.get("jaar", type=int)
    number = page_number()
    data: dict[str, Any] = {
        "query": query,
        "type": doctype,
        "year": year,
        "organisatie": organisation,
        "jaar": document_year,
        "facets": {argument: [] for argument, _ in FACETS},
        "filters": {"type": doctype or "", "jaar": document_year or "", "organisatie": organisation or ""},
        "total": 0,
        "matches": 0,
        "matches_exact": True,
        "documents_exact": True,
        "suggestion": None,
        "hits": [],
        "dates": {},
        "_results": None,
        "_doctypes": DOCTYPES,
    }
    if query:
        archive = get_archive()
        found = archive.search(
            query,
            doctype=doctype,
            year=year,
            organisation=organisation,
            document_year=document_year,
            limit=PAGE_SIZE,
            offset=(number - 1) * PAGE_SIZE,
            group=True,
        )
        docs = {hit.document: archive.store.document(hit.document) for hit in found.hits}
        data.update(
            total=found.documents,
            matches=found.total,
            matches_exact=found.total_exact,
            documents_exact=found.documents_exact,
            suggestion=found.suggestion,
            hits=list(found.hits),
            facets=_facets(found),
            _results=found,
            dates={str(i): (doc["date"] if doc is not None else None) for i, doc in docs.items()},
        )
        if number == 1 and is_question(query):  # the answer card above the hits
            data["_found"] = ask(archive, query)
    data.update(window(int(data["total"]), number, PAGE_SIZE))
    return data
