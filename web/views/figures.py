"""Cijfers: one figure (/cijfer/<id>), the figures of a document or of the archive, as table, JSON and CSV.

Views only read: filtering, sorting, marking and CSV come from ``search.read.figures``.
"""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Blueprint, Response, abort, request, url_for
from markupsafe import Markup

from search import FIGURE_SORTS as SORTABLE
from search import FIGURE_UNITS as UNITS_NL
from search import cross_references, query_figures
from search import describe_figure as describe
from search import figure_json as to_json
from search import figure_passage_marks as passage_marks
from search import figure_row as figure
from search import figures_csv as to_csv
from search import mark_figures as marked_html
from search import related_figures as related

from ..context import get_archive
from ..listing import counts, download, page_number, paged, per_page
from ..pages import page
from .documents import _document_or_404
from .verify import KIND_NAMES

bp = Blueprint("figures", __name__)
PAGE_SIZE = 100
NEWEST = "nieuwste"  # the default order: newest document first, then by document and page
FILTER_ARGS = ("q", "label", "min", "max", "jaar", "eenheid", "plaats", "organisatie", "sorteer", "richting")
FACETS = (("jaar", "year"), ("eenheid", "unit"), ("organisatie", "organisation"), ("plaats", "place"))


def _filters(doc_id: int | None) -> dict:
    args = request.args
    return {
        "doc_id": doc_id,
        "label": args.get("label") or None,
        "minimum": args.get("min", type=float),
        "maximum": args.get("max", type=float),
        "year": args.get("jaar", type=int),
        "unit": args.get("eenheid") or None,
        "place": args.get("plaats") or None,
        "organisation": args.get("organisatie") or None,
    }


def _sort() -> tuple[str, bool]:
    sort = request.args.get("sorteer", NEWEST)
    if sort not in SORTABLE:
        sort = NEWEST
    return sort, request.args.get("richting") == "af"


def _rows(doc_id: int | None):
    sort, descending = _sort()
    archive = get_archive()
    rows = query_figures(
        archive,
        request.args.get("q", ""),
        sort="page" if sort == NEWEST else sort,
        descending=descending,
        **_filters(doc_id),
    )
    if sort == NEWEST:
        dates = {d["id"]: d["date"] or str(d["year"] or "") for d in archive.store.documents()}
        rows.sort(key=lambda r: (r["file"], r["page"], r["seq"]))
        rows.sort(key=lambda r: dates.get(r["doc_id"], ""), reverse=True)
    return rows


def _filter_query() -> str:
    """The filters of this request as a query string (for the CSV link; never through url_for)."""
    chosen = {key: request.args.get(key) for key in FILTER_ARGS if request.args.get(key)}
    return ("?" + urlencode(chosen)) if chosen else ""


def _listing(doc_id: int | None) -> dict:
    doc = _document_or_404(doc_id) if doc_id is not None else None
    rows = _rows(doc_id)
    shown, numbering = paged(rows, page_number(), per_page(PAGE_SIZE, maximum=1000))
    sort, descending = _sort()
    csv_url = (
        url_for("figures.document_csv", doc_id=doc_id) if doc is not None else url_for("figures.archive_csv")
    ) + _filter_query()
    here = url_for("figures.document_table", doc_id=doc_id) if doc is not None else url_for("figures.archive_table")
    filters = {key: request.args.get(key, "") for key in FILTER_ARGS}
    return {
        "figures": [to_json(r) for r in shown],
        **numbering,
        "sort": sort,
        "order": "af" if descending else "op",
        "filters": filters,
        "facets": {name: counts(rows, key, names=UNITS_NL if key == "unit" else None) for name, key in FACETS},
        "document": doc_id,
        "csv": csv_url,
        "_rows": shown,
        "_doc": doc,
        "_here": here,
    }


@page(bp, "/cijfer/<int:figure_id>", "cijfer.html")
def one(figure_id: int) -> dict:
    """One figure with what it means, related figures and what the archive says elsewhere about it."""
    row = _figure_or_404(figure_id)
    store = get_archive().store
    near = related(store, row)
    data = to_json(row)
    data.update(related=[to_json(r) for r in near], cross_references=cross_references(get_archive(), figure_id))
    data.update(_fig=row, _words=describe(row), _related=near, _sentence=_sentence_html(row), _kinds=KIND_NAMES)
    return data


def _figure_or_404(figure_id: int):
    row = figure(get_archive().store, figure_id)
    if row is None:
        abort(
            404,
            f"Cijfer {figure_id} bestaat niet (meer); het document is misschien opnieuw ingelezen. Zoek het cijfer via Zoeken.",
        )
    return row


def _sentence_html(row) -> Markup:
    sentence = row["sentence"] or ""
    raw = " ".join((row["raw"] or "").split())
    at = sentence.find(raw) if raw else -1
    spans = [(at, at + len(raw), row["id"])] if at >= 0 else []
    return Markup(marked_html(sentence, spans, lambda i: url_for("figures.one", figure_id=i)))


@page(bp, "/document/<int:doc_id>/cijfers", "cijfers.html")
def document_table(doc_id: int) -> dict:
    """The figures of one document, paged; the filters and sorting of :func:`archive_table`."""
    return _listing(doc_id)


@bp.get("/document/<int:doc_id>/cijfers.csv")
def document_csv(doc_id: int):
    doc = _document_or_404(doc_id)
    return _csv(_rows(doc_id), doc["file"].rsplit(".", 1)[0] + "-cijfers.csv")


@page(bp, "/cijfers", "cijfers.html")
def archive_table() -> dict:
    """Every figure, newest document first, paged; filters q, label, min, max, jaar, eenheid, plaats, organisatie."""
    return _listing(None)


@bp.get("/cijfers.csv")
def archive_csv():
    return _csv(_rows(None), "cijfers.csv")


def _csv(rows, name: str) -> Response:
    return download(to_csv(rows), name)


@bp.app_template_global()
def figure_marks(doc_id: int) -> dict:
    """For document.html: passage id → figure spans, computed in ``search``."""
    return passage_marks(get_archive().store, doc_id)


@bp.app_template_global()
def marked_passage(passage, marks: dict, cited: int | None = None, plain=None) -> Markup:
    """A passage's text with its figures marked and linked to their own page (``cited`` marked as cited);
    ``plain`` renders the text between figures (the document page passes its search-word marker)."""
    spans = marks.get(passage["id"], [])
    href = lambda i: url_for("figures.one", figure_id=i)  # noqa: E731
    return Markup(marked_html(passage["text"], spans, href, cited, plain))
