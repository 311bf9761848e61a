"""Raadsvragen: the list of council letters with filters, one letter with its questions and answers
side by side, and eerder gestelde vragen.  Every page has a JSON twin under /api/."""
from __future__ import annotations

from flask import Blueprint, abort, request

from search import AmbiguousName, letter, letters, search_questions, similar_questions, similar_to_question
from search import letter_facets as facet_values

from ..context import get_archive
from ..listing import counts, page_number, paged, per_page, sort_choice
from ..pages import page

bp = Blueprint("letters", __name__)
PAGE_SIZE = 50
SORTS = {"gevraagd": True, "onderwerp": False, "vragen": True}
FACETS = (("portefeuillehouder", "portefeuillehouder"), ("partij", "party"), ("vragensteller", "asker"),
          ("jaar", "year"))
SIMILAR = 3
MIN_SCORE = 0.4  # below this a "similar" question is mostly noise


def _filters() -> dict:
    return {"portefeuillehouder": request.args.get("portefeuillehouder", "").strip(),
            "party": request.args.get("partij", "").strip(), "asker": request.args.get("vragensteller", "").strip(),
            "year": request.args.get("jaar", type=int)}


def _letter_or_404(doc_id: int):
    found = letter(get_archive().store, doc_id)
    if found is None:
        abort(404, f"Document {doc_id} is geen brief met raadsvragen; zie de lijst onder Raadsvragen.")
    return found


def _similar(found) -> dict[int, list]:
    archive = get_archive()
    return {q.id: [s for s in similar_to_question(archive, q.id, SIMILAR) if s.score >= MIN_SCORE]
            for q in found.questions}


@bp.app_template_global()
def has_letter(doc_id: int) -> bool:
    """True when the document is a council letter with its own Raadsvragen page (for links)."""
    return letter(get_archive().store, doc_id) is not None


def _sorted(found: list, key: str, descending: bool) -> list:
    keys = {"gevraagd": lambda x: (x.asked or x.date or "", x.doc_id), "onderwerp": lambda x: (x.title.lower(), x.doc_id),
            "vragen": lambda x: (len(x.questions), x.doc_id)}
    return sorted(found, key=keys[key], reverse=descending)


@page(bp, "/raadsvragen", "raadsvragen.html")
def listing() -> dict:
    """Council letters, newest first, paged; filters portefeuillehouder, partij, vragensteller, jaar."""
    store = get_archive().store
    found = letters(store, **_filters())
    sort, descending = sort_choice(SORTS, "gevraagd")
    found = _sorted(found, sort, descending)
    shown, numbering = paged(found, page_number(), per_page(PAGE_SIZE))
    return {"letters": shown, **numbering, "sort": sort, "order": "af" if descending else "op",
            "filters": {name: request.args.get(name, "") for name, _ in FACETS},
            "facets": {name: counts(found, key) for name, key in FACETS},
            "_menus": facet_values(store), "_args": request.args}


@page(bp, "/raadsvragen/<int:doc_id>", "raadsvraag.html", endpoint="page")
def letter_page(doc_id: int) -> dict:
    """One letter: its questions beside their answers, each with eerder gestelde vragen."""
    found = _letter_or_404(doc_id)
    data = found.to_json(full=True)
    similar = _similar(found)
    for question, item in zip(found.questions, data["questions"]):
        item["similar"] = [s.to_json() for s in similar[question.id]]
    data.update(_letter=found, _similar=similar)
    return data


def _compare():
    text = request.args.get("vraag", "").strip()
    return text, (similar_questions(get_archive(), text, 10) if text else [])


@page(bp, "/raadsvragen/eerder", "eerder.html")
def earlier() -> dict:
    """Questions asked before that resemble ``vraag``."""
    text, found = _compare()
    return {"vraag": text, "similar": found}


def _question_hits():
    """(query, results or None, Dutch error or "")."""
    text = request.args.get("q", "").strip()
    if not text:
        return text, None, ""
    try:
        return text, search_questions(get_archive(), text, limit=50, **_filters()), ""
    except AmbiguousName as err:
        return text, None, str(err)


def _search_json(data: dict) -> dict:
    if data["error"]:
        return {"error": data["error"]}
    results = data["_results"]
    return results.to_json() if results else {"query": data["query"], "total": 0, "hits": []}


@page(bp, "/raadsvragen/zoeken", "raadsvragen_zoeken.html", shape=_search_json)
def search_page() -> dict:
    """Questions and answers holding ``q``, with the filters of the list."""
    text, results, error = _question_hits()
    return {"query": text, "error": error, "_results": results, "_facets": facet_values(get_archive().store),
            "_args": request.args, "_status": 400 if error else 200}
