"""Cijfers: one figure (/cijfer/<id>), the figures of a document or of the archive, as table, JSON and CSV.

Views only read: filtering, sorting, marking and CSV come from ``search.read.figures``.
"""
from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, abort, jsonify, render_template, request, url_for
from markupsafe import Markup

from search.crosscheck.verify import cross_references
from search.read.figures import (
    SORTABLE,
    describe,
    figure,
    marked_html,
    passage_marks,
    query_figures,
    related,
    to_csv,
    to_json,
)

from ..app import get_archive
from .documents import _document_or_404
from .verify import KIND_NAMES

bp = Blueprint("figures", __name__)
FILTER_ARGS = ("label", "min", "max", "jaar", "eenheid", "plaats", "organisatie", "q", "sorteer", "richting")


def _filter_args() -> dict[str, Any]:
    """The figure filters of the request, and nothing else, for links (never ``_external`` or ``doc_id``)."""
    return {key: request.args[key] for key in FILTER_ARGS if request.args.get(key)}


def _filters(doc_id: int | None) -> dict:
    args = request.args
    return {"doc_id": doc_id, "label": args.get("label") or None, "minimum": args.get("min", type=float),
            "maximum": args.get("max", type=float), "year": args.get("jaar", type=int),
            "unit": args.get("eenheid") or None, "place": args.get("plaats") or None,
            "organisation": args.get("organisatie") or None}


def _rows(doc_id: int | None):
    sort = request.args.get("sorteer", "page")
    descending = request.args.get("richting") == "af"
    return query_figures(get_archive(), request.args.get("q", ""), sort=sort if sort in SORTABLE else "page",
                         descending=descending, **_filters(doc_id))


@bp.get("/cijfer/<int:figure_id>")
def one(figure_id: int):
    row = _figure_or_404(figure_id)
    return render_template("cijfer.html", fig=row, words=describe(row), related=related(get_archive().store, row),
                           sentence=_sentence_html(row), refs=cross_references(get_archive(), figure_id),
                           kinds=KIND_NAMES)


@bp.get("/api/cijfer/<int:figure_id>")
def one_api(figure_id: int):
    row = _figure_or_404(figure_id)
    data = to_json(row)
    data["related"] = [to_json(r) for r in related(get_archive().store, row)]
    data["cross_references"] = cross_references(get_archive(), figure_id)
    return jsonify(data)


def _figure_or_404(figure_id: int):
    row = figure(get_archive().store, figure_id)
    if row is None:
        abort(404, f"Cijfer {figure_id} bestaat niet (meer); het document is misschien opnieuw ingelezen. Zoek het cijfer via Zoeken.")
    return row


def _sentence_html(row) -> Markup:
    sentence = row["sentence"] or ""
    raw = " ".join((row["raw"] or "").split())
    at = sentence.find(raw) if raw else -1
    spans = [(at, at + len(raw), row["id"])] if at >= 0 else []
    return Markup(marked_html(sentence, spans, lambda i: url_for("figures.one", figure_id=i)))


@bp.get("/document/<int:doc_id>/cijfers")
def document_table(doc_id: int):
    doc = _document_or_404(doc_id)
    return render_template("cijfers.html", doc=doc, figures=_rows(doc_id), args=request.args,
                           csv_url=url_for("figures.document_csv", doc_id=doc_id, **_filter_args()))


@bp.get("/api/document/<int:doc_id>/cijfers")
def document_api(doc_id: int):
    _document_or_404(doc_id)
    return jsonify([to_json(r) for r in _rows(doc_id)])


@bp.get("/document/<int:doc_id>/cijfers.csv")
def document_csv(doc_id: int):
    doc = _document_or_404(doc_id)
    return _csv(_rows(doc_id), doc["file"].rsplit(".", 1)[0] + "-cijfers.csv")


@bp.get("/cijfers")
def archive_table():
    return render_template("cijfers.html", doc=None, figures=_rows(None), args=request.args,
                           csv_url=url_for("figures.archive_csv", **_filter_args()))


@bp.get("/api/cijfers")
def archive_api():
    return jsonify([to_json(r) for r in _rows(None)])


@bp.get("/cijfers.csv")
def archive_csv():
    return _csv(_rows(None), "cijfers.csv")


def _csv(rows, name: str) -> Response:
    return Response(to_csv(rows), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@bp.app_template_global()
def figure_marks(doc_id: int) -> dict:
    """For document.html: passage id → figure spans, computed in ``search``."""
    return passage_marks(get_archive().store, doc_id)


@bp.app_template_global()
def marked_passage(passage, marks: dict) -> Markup:
    """A passage's text with its figures marked and linked to their own page."""
    return Markup(marked_html(passage["text"], marks.get(passage["id"], []),
                              lambda i: url_for("figures.one", figure_id=i)))


@bp.app_template_filter("merge_args")
def merge_args(args: dict, **changes) -> str:
    """The query string of ``args`` with ``changes`` applied (for sortable column headers)."""
    from urllib.parse import urlencode

    return urlencode({**args, **changes})
