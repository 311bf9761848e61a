"""Raadsvragen: the list of council letters with filters, one letter with its questions and answers
side by side, and eerder gestelde vragen.  Every page has a JSON twin under /api/."""
from __future__ import annotations

from flask import Blueprint, abort, jsonify, render_template, request

from extract.dates import MONTHS
from search.read.letters import facet_values, letter, letters
from search.read.questions import AmbiguousName, search_questions
from search.read.similar import similar_questions, similar_to_question

from ..app import get_archive

bp = Blueprint("letters", __name__)
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


@bp.app_template_filter("datum")
def dutch_date(value) -> str:
    """An ISO date as people write it: '2025-04-03' → '3 april 2025' (anything else unchanged).

    >>> dutch_date("2025-04-03"), dutch_date(""), dutch_date("2025")
    ('3 april 2025', '', '2025')
    """
    parts = str(value or "").split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or not 1 <= int(parts[1]) <= 12:
        return str(value or "")
    return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"


@bp.app_template_global()
def has_letter(doc_id: int) -> bool:
    """True when the document is a council letter with its own Raadsvragen page (for links)."""
    return letter(get_archive().store, doc_id) is not None


@bp.get("/raadsvragen")
def listing():
    store = get_archive().store
    return render_template("raadsvragen.html", letters=letters(store, **_filters()), facets=facet_values(store),
                           args=request.args)


@bp.get("/api/raadsvragen")
def listing_api():
    return jsonify([item.to_json() for item in letters(get_archive().store, **_filters())])


@bp.get("/raadsvragen/<int:doc_id>")
def page(doc_id: int):
    found = _letter_or_404(doc_id)
    return render_template("raadsvraag.html", letter=found, similar=_similar(found))


@bp.get("/api/raadsvragen/<int:doc_id>")
def api(doc_id: int):
    found = _letter_or_404(doc_id)
    data = found.to_json(full=True)
    similar = _similar(found)
    for question, item in zip(found.questions, data["questions"]):
        item["similar"] = [s.to_json() for s in similar[question.id]]
    return jsonify(data)


def _compare():
    text = request.args.get("vraag", "").strip()
    return text, (similar_questions(get_archive(), text, 10) if text else [])


@bp.get("/raadsvragen/eerder")
def earlier():
    text, found = _compare()
    return render_template("eerder.html", text=text, found=found)


@bp.get("/api/raadsvragen/eerder")
def earlier_api():
    text, found = _compare()
    return jsonify({"vraag": text, "similar": [s.to_json() for s in found]})


def _question_hits():
    """(query, results or None, Dutch error or "")."""
    text = request.args.get("q", "").strip()
    if not text:
        return text, None, ""
    try:
        return text, search_questions(get_archive(), text, limit=50, **_filters()), ""
    except AmbiguousName as err:
        return text, None, str(err)


@bp.get("/raadsvragen/zoeken")
def search_page():
    text, results, error = _question_hits()
    store = get_archive().store
    return render_template("raadsvragen_zoeken.html", text=text, results=results, error=error,
                           facets=facet_values(store), args=request.args), 400 if error else 200


@bp.get("/api/raadsvragen/zoeken")
def search_api():
    text, results, error = _question_hits()
    if error:
        return jsonify({"error": error}), 400
    return jsonify(results.to_json() if results else {"query": text, "total": 0, "hits": []})
