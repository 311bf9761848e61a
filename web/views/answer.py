"""Vraag: a question answered from the archive (figure or sentence, with sources) and its JSON twin."""
from __future__ import annotations

from flask import Blueprint, jsonify, render_template, request

from search import ask

from ..app import get_archive

bp = Blueprint("answer", __name__)
MAX_QUESTION = 500  # characters; a longer text is no question but a document (use Controleer)


def _answer():
    question = request.args.get("q", "").strip()[:MAX_QUESTION]
    return question, (ask(get_archive(), question) if question else None)


@bp.get("/vraag")
def page():
    question, found = _answer()
    doc_ids = {d["file"]: d["id"] for d in get_archive().store.documents()} if found else {}
    return render_template("vraag.html", question=question, found=found, doc_ids=doc_ids)


@bp.get("/api/vraag")
def api():
    question, found = _answer()
    if found is None:
        return jsonify({"question": question, "kind": None, "answer": None, "sources": [], "agree": None,
                        "reason": "Stel een vraag met ?q=, bijvoorbeeld /api/vraag?q=hoeveel+meldingen+in+2024"})
    return jsonify(found.to_json())
