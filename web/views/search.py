"""Zoeken: the search page and its JSON twin."""
from __future__ import annotations

from flask import Blueprint, jsonify, render_template, request

from ..app import get_archive

bp = Blueprint("search", __name__)
PAGE_SIZE = 20


def _results():
    query = request.args.get("q", "").strip()
    doctype = request.args.get("type") or None
    year = request.args.get("year", type=int)
    page = max(1, request.args.get("pagina", 1, type=int))
    if not query:
        return query, None, page
    results = get_archive().search(query, doctype=doctype, year=year, limit=PAGE_SIZE,
                                   offset=(page - 1) * PAGE_SIZE, group=True)
    return query, results, page


@bp.get("/")
@bp.get("/zoeken")
def page():
    query, results, number = _results()
    return render_template("zoeken.html", query=query, results=results, pagina=number,
                           page_size=PAGE_SIZE, args=request.args)


@bp.get("/api/zoeken")
def api():
    query, results, _ = _results()
    if results is None:
        return jsonify({"query": query, "total": 0, "hits": []})
    return jsonify(results.to_json())
