"""Bewaard: saved searches and figure filters, each with an Atom feed of the new documents that match it.

``POST /bewaard`` saves the search or figure filter of the page it was posted from (CSRF like every POST);
``/bewaard`` lists them, ``/bewaard/<token>`` shows what is new for one, ``/bewaard/<token>.atom`` is
its Atom 1.0 feed (at most FEED_LIMIT entries, newest first) and ``/api/bewaard/<token>`` the same as
JSON.  What is new and how it matches comes from ``search.new_matches``; this module only shows it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from flask import Blueprint, Response, abort, jsonify, redirect, request, url_for

from search import (
    FEED_LIMIT,
    SavedSearchProblem,
    delete_saved_search,
    new_matches,
    save_search,
    saved_search,
    saved_searches,
    since_date,
)

from ..context import get_archive, wants_json
from ..pages import page

bp = Blueprint("alerts", __name__)
ATOM = "http://www.w3.org/2005/Atom"
FORM_PARAMS = ("type", "year", "label", "min", "max", "jaar", "eenheid", "plaats", "organisatie")
GONE = "Deze bewaarde zoekopdracht bestaat niet (meer). Bewaar hem opnieuw vanaf Zoeken of Cijfers; de lijst staat onder Bewaard."


def _saved_or_404(token: str):
    saved = saved_search(get_archive().store, token)
    if saved is None:
        abort(404, GONE)
    return saved


def _since() -> str | None:
    """``?sinds=JJJJ-MM-DD`` (else None: since the search was saved); a bad date is a Dutch 400."""
    text = request.args.get("sinds", "").strip()
    if not text:
        return None
    try:
        return since_date(text)
    except SavedSearchProblem as err:
        abort(400, str(err))


def _links(saved) -> dict:
    return {
        "page": url_for("alerts.one", token=saved.token),
        "feed": url_for("alerts.feed", token=saved.token),
        "json": url_for("alerts.one_api", token=saved.token),
        "search": _search_link(saved),
    }


def _search_link(saved) -> str:
    """The search page (or figure list) this saved search came from, with its words and filters."""
    if saved.kind == "cijfers":
        return url_for("figures.archive_table", q=saved.query or None, **saved.params)
    return url_for("search.page", q=saved.query, **saved.params)


def _document_link(saved, match, external: bool = False) -> str:
    if match.figure is not None:
        base = url_for("documents.page", doc_id=match.document, cijfer=match.figure, _external=external)
    else:
        base = url_for("documents.page", doc_id=match.document, q=saved.query or None, _external=external)
    return f"{base}#pagina-{match.page}"


@page(bp, "/bewaard", "bewaard.html")
def listing() -> dict:
    """Every saved search with its feed, newest first."""
    from ..safety import csrf_token

    saved = saved_searches(get_archive().store)
    return {
        "saved": [{**s.to_json(), **_links(s)} for s in saved],
        "total": len(saved),
        "_csrf": csrf_token(),
    }


@page(bp, "/bewaard/<token>", "bewaard_een.html")
def one(token: str) -> dict:
    """One saved search and the documents stored since it was saved (or ``?sinds=``) that match it."""
    archive = get_archive()
    saved = _saved_or_404(token)
    since = _since()
    found = new_matches(archive, saved, since)
    return {
        "saved": {**saved.to_json(), **_links(saved)},
        "since": since or saved.created_at,
        "limit": FEED_LIMIT,
        "matches": [{**m.to_json(), "url": _document_link(saved, m)} for m in found],
        "_found": [(m, _document_link(saved, m)) for m in found],
    }


@bp.get("/bewaard/<token>.atom", endpoint="feed")
def feed(token: str) -> Response:
    """The Atom 1.0 feed of one saved search: one entry per new matching document (``?sinds=`` as the page)."""
    archive = get_archive()
    saved = _saved_or_404(token)
    found = new_matches(archive, saved, _since())
    ET.register_namespace("", ATOM)
    root = ET.Element(f"{{{ATOM}}}feed")
    _text(root, "id", f"urn:raadslens:bewaard:{saved.token}")
    _text(root, "title", f"raadslens · {saved.name}")
    _text(root, "subtitle", f"Nieuwe documenten voor {saved.describe()}")
    _text(root, "updated", rfc3339(found[0].ingested_at if found else saved.created_at))
    author = ET.SubElement(root, f"{{{ATOM}}}author")
    _text(author, "name", "raadslens")
    _text(root, "generator", "raadslens")
    _link(root, url_for("alerts.feed", token=saved.token, _external=True), "self", "application/atom+xml")
    _link(root, url_for("alerts.one", token=saved.token, _external=True), "alternate", "text/html")
    for match in found:
        doc = archive.store.document(match.document)
        entry = ET.SubElement(root, f"{{{ATOM}}}entry")
        _text(entry, "id", f"urn:raadslens:document:{doc['sha256'] if doc else match.document}")
        _text(entry, "title", match.title)
        _link(entry, _document_link(saved, match, external=True), "alternate", "text/html")
        _text(entry, "updated", rfc3339(match.ingested_at))
        if len(match.date) == 10:  # the document's own date (a full one) as its publication
            _text(entry, "published", f"{match.date}T00:00:00Z")
        _text(entry, "summary", f"Pagina {match.page}: {match.snippet}")
        category = ET.SubElement(entry, f"{{{ATOM}}}category")
        category.set("term", match.type)
    body = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return Response(body, mimetype="application/atom+xml", content_type="application/atom+xml; charset=utf-8")


def rfc3339(stamp: str) -> str:
    """A store timestamp (UTC, 'YYYY-MM-DD HH:MM:SS[.ffffff]') as Atom writes dates.

    >>> rfc3339("2026-12-04 00:38:24.123456"), rfc3339("2026-12-04 00:38:24")
    ('2026-12-04T00:38:24.123456Z', '2026-12-04T00:38:24Z')
    """
    return stamp.strip().replace(" ", "T", 1) + "Z"


def _text(parent: ET.Element, tag: str, value: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}")
    element.text = value
    return element


def _link(parent: ET.Element, href: str, rel: str, kind: str) -> None:
    link = ET.SubElement(parent, f"{{{ATOM}}}link")
    link.set("rel", rel)
    link.set("type", kind)
    link.set("href", href)


def _save():
    form = request.form
    kind = form.get("soort", "zoeken")
    params = {key: form.get(key, "") for key in FORM_PARAMS if form.get(key)}
    try:
        return save_search(get_archive().store, form.get("naam", ""), kind, form.get("q", ""), params)
    except SavedSearchProblem as err:
        abort(400, str(err))


@bp.post("/bewaard", endpoint="save")
def save():
    """Save the search or figure filter posted from its page; then show it (with its feed)."""
    saved = _save()
    return redirect(url_for("alerts.one", token=saved.token), code=303)


@bp.post("/api/bewaard", endpoint="save_api")
def save_api():
    saved = _save()
    return jsonify({**saved.to_json(), **_links(saved)}), 201


@bp.post("/bewaard/<token>/verwijderen", endpoint="delete")
@bp.post("/api/bewaard/<token>/verwijderen", endpoint="delete_api")
def delete(token: str):
    """Remove a saved search (its feed then answers 404)."""
    if not delete_saved_search(get_archive().store, token):
        abort(404, GONE)
    if wants_json():
        return jsonify({"deleted": token})
    return redirect(url_for("alerts.listing"), code=303)
