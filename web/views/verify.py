"""Controleer (verify a draft), Consistentie (findings) and Indicatoren (series with a chart), with JSON twins.

Controleer does its work on POST only (with the form's CSRF token); GET shows the empty form (and, under
/api/, says how to post).  Uploads are read by ``web/uploads.py`` (PDFs in a worker process with limits).
"""

from __future__ import annotations

import csv
import io
import json
import threading

from flask import Blueprint, Response, abort, current_app, jsonify, redirect, render_template, request, url_for

from search import CHECK_KINDS as KINDS
from search import (
    FIGURE_UNITS,
    KIND_NAMES,
    SERIES_FIELDS,
    VERDICT_NAMES,
    check_archive,
    cross_references,
    find_series,
    forget_report,
    keep_report,
    kept_report,
    series_csv,
    series_of,
    series_rows,
    verify_document,
)

from ..chart import chart
from ..context import get_archive
from ..listing import counts, download, page_number, paged, per_page
from ..pages import page
from ..uploads import UploadLimits, UploadRefused, read_upload, text_document

bp = Blueprint("verify", __name__)
__all__ = ["KIND_NAMES", "bp", "marked_pages"]
MAX_DRAFT = 5 * 1024 * 1024  # uploads are read in memory, checked, and forgotten
FINDINGS_PAGE = 50
_JUDGING = threading.Lock()  # verify_document refreshes a store projection: one draft at a time per process


class DraftProblem(Exception):
    """Nothing to check or the draft cannot be read; a Dutch message and the status to answer."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


def _limits() -> UploadLimits:
    config = current_app.config
    return UploadLimits(
        seconds=float(config.get("VERIFY_TIMEOUT", UploadLimits.seconds)),
        memory_mb=int(config.get("VERIFY_MAX_MEMORY", UploadLimits.memory_mb)),
        slots=int(config.get("VERIFY_SLOTS", UploadLimits.slots)),
        wait=float(config.get("VERIFY_WAIT", UploadLimits.wait)),
    )


def _draft():
    """(Document, notice) from the posted text or file; DraftProblem when there is nothing (readable)."""
    limit = current_app.config.get("VERIFY_MAX_DRAFT", MAX_DRAFT)
    upload = request.files.get("bestand")
    text = request.form.get("tekst") or ""
    notice = ""
    if upload and upload.filename:
        data = upload.read(limit + 1)
        upload.close()
        _check_size(len(data), limit)
        if text.strip():
            notice = (
                f"U gaf zowel tekst als een bestand; raadslens heeft het bestand {upload.filename} "
                f"gecontroleerd, niet de tekst. Wilt u de tekst controleren, verstuur het formulier dan "
                f"zonder bestand."
            )
        if not data.strip():
            raise DraftProblem(f"Het bestand {upload.filename} is leeg; kies een ander bestand of plak de tekst.")
        try:
            return read_upload(upload.filename, data, _limits(), _ocr()), notice
        except UploadRefused as err:
            raise DraftProblem(str(err), err.status) from None
    if not text.strip():
        raise DraftProblem(
            "Er is niets te controleren: plak de tekst van een concept in het tekstvak of kies "
            "een bestand, en klik op Controleer."
        )
    _check_size(len(text.encode("utf-8")), limit)
    return text_document("concept.txt", text), notice


def _check_size(size: int, limit: int) -> None:
    if size > limit:
        raise DraftProblem(
            f"Het concept is groter dan {limit / 1024 / 1024:.1f} MB; knip het op of plak een deel van de tekst.", 413
        )


def _ocr():
    """OCR settings for scanned uploads (the archive's cache), as ingest uses them."""
    from search import ocr_config

    return ocr_config(get_archive())


def _report():
    """(report, notice) of the posted draft."""
    document, notice = _draft()
    with _JUDGING:
        return verify_document(get_archive().store, document), notice


def marked_pages(report) -> list[list[tuple[str, object]]]:
    """Each page of the draft as (text, claim-or-None) pieces, for colouring the numbers."""
    pages = []
    for page_no, text in enumerate(report.pages, start=1):
        claims = sorted(
            (
                c
                for c in report.claims
                if c.kind == "figure" and c.figure.page == page_no and c.figure.end > c.figure.start
            ),
            key=lambda c: c.figure.start,
        )
        pieces, at = [], 0
        for claim in claims:
            if claim.figure.start < at:
                continue
            pieces += [(text[at : claim.figure.start], None), (text[claim.figure.start : claim.figure.end], claim)]
            at = claim.figure.end
        pieces.append((text[at:], None))
        pages.append(pieces)
    return pages


def _form() -> dict:
    """The empty form: what to post and the token it needs."""
    from ..safety import CSRF_FIELD, CSRF_HEADER, csrf_token

    return {
        "post_to": url_for("verify.check_api"),
        "fields": {
            "tekst": "de concepttekst",
            "bestand": "een PDF, Word-bestand (.docx), .txt of .md (UTF-8, UTF-16 of Windows-1252)",
            CSRF_FIELD: "het token hieronder",
        },
        "csrf_token": csrf_token(),
        "csrf_header": CSRF_HEADER,
        "tekst": _answer_text(),
        "_report": None,
        "_pages": [],
        "_notice": "",
        "_error": "",
        "_checked_at": "",
        "_kept": None,
        "_kept_at": "",
        "_kept_changed": False,
    }


def _now(moment: str = "") -> str:
    """A moment as a reader writes it: "4 december 2026, 01:45" (now, or an ISO time in local time)."""
    from datetime import datetime

    from extract.dates import MONTHS

    when = datetime.fromisoformat(moment).astimezone() if moment else datetime.now()
    return f"{when.day} {MONTHS[when.month - 1]} {when.year}, {when:%H:%M}"


def _answer_text() -> str:
    """ "Controleer dit antwoord": the answer to question ``vraag`` of council letter ``brief`` for the form.

    Only fills the text box (a GET does no work); unknown or malformed ids leave it empty.
    """
    from search import letter

    brief, vraag = request.args.get("brief", ""), request.args.get("vraag", "")
    if not (brief.isdigit() and vraag.isdigit() and len(brief) < 10 and len(vraag) < 5):
        return ""
    found = letter(get_archive().store, int(brief))
    question = next((q for q in found.questions if q.number == int(vraag)), None) if found else None
    return question.answer if question else ""


page(bp, "/controleer", "controleer.html", endpoint="controleer")(_form)


@bp.post("/controleer", endpoint="check")
def check():
    """Check the posted draft; ``export=csv|json`` downloads the report instead of showing it."""
    data = _form()
    data["tekst"] = request.form.get("tekst", "")
    try:
        report, notice = _report()
    except DraftProblem as err:
        data["_error"] = str(err)
        return render_template("controleer.html", **data), err.status
    export = request.form.get("export")
    if export in ("csv", "json"):
        return _export(report, export)
    data.update(_report=report, _pages=marked_pages(report), _notice=notice, _checked_at=_now())
    return render_template("controleer.html", **data)


@bp.post("/controleer/bewaar", endpoint="keep")
def keep():
    """Keep the checked text (never the file) under an unguessable link, and go there."""
    text = request.form.get("tekst", "")
    name = (request.form.get("bestandsnaam") or "concept.txt")[:200]
    if not text.strip():
        data = _form()
        data["_error"] = "Er is geen gecontroleerde tekst om te bewaren; controleer eerst een concept."
        return render_template("controleer.html", **data), 400
    try:
        _check_size(len(text.encode("utf-8")), current_app.config.get("VERIFY_MAX_DRAFT", MAX_DRAFT))
    except DraftProblem as err:
        data = _form()
        data.update(tekst=text, _error=str(err))
        return render_template("controleer.html", **data), err.status
    document = text_document(name, text)
    with _JUDGING:
        report = verify_document(get_archive().store, document)
    token = keep_report(get_archive().store, name, list(report.pages), report.to_json()["summary"])
    return redirect(url_for("verify.kept", token=token), 303)


def _kept(token: str):
    found = kept_report(get_archive().store, token)
    if found is None:
        abort(404, "Dit bewaarde rapport bestaat niet (meer); het is verwijderd of de link is onvolledig.")
    with _JUDGING:
        report = verify_document(get_archive().store, text_document(found.file, "\f".join(found.pages)))
    return found, report


@page(bp, "/controleer/rapport/<token>", "controleer.html", endpoint="kept", shape=lambda data: data["_json"])
def kept(token: str) -> dict:
    """A kept report, checked again against the archive as it is now (and the counts at saving beside it)."""
    found, report = _kept(token)
    now = report.to_json()
    changed = {k: v for k, v in now["summary"].items() if v} != {k: v for k, v in found.summary.items() if v}
    data = _form()
    data.update(
        tekst="\f".join(found.pages),  # to edit and check again
        _report=report,
        _pages=marked_pages(report),
        _checked_at=_now(),
        _kept=found,
        _kept_at=_now(found.saved_at),
        _kept_changed=changed,
        _json={**_linked(report), "saved_at": found.saved_at, "summary_at_saving": found.summary},
    )
    return data


@bp.post("/controleer/rapport/<token>/verwijder", endpoint="forget")
def forget(token: str):
    if not forget_report(get_archive().store, token):
        abort(404, "Dit bewaarde rapport bestaat niet (meer); het is verwijderd of de link is onvolledig.")
    data = _form()
    data["_notice"] = "Het bewaarde rapport is verwijderd; de link werkt niet meer."
    return render_template("controleer.html", **data)


@bp.post("/api/controleer", endpoint="check_api")
def check_api():
    try:
        report, notice = _report()
    except DraftProblem as err:
        return jsonify({"error": str(err), "status": err.status}), err.status
    data = _linked(report)
    if notice:
        data["notice"] = notice
    return jsonify(data)


def _linked(report) -> dict:
    """The report as JSON, each piece of evidence with its document id and the URL of its page."""
    data = report.to_json()
    for claim, item in zip(report.claims, data["claims"]):
        for evidence, out in zip(claim.evidence, item["evidence"]):
            ref = evidence.figure
            out["document"] = ref.doc_id
            out["url"] = url_for("documents.page", doc_id=ref.doc_id, _anchor=f"pagina-{ref.page}")
    return data


CSV_FIELDS = ("nummer", "getal", "wat", "jaar", "pagina", "oordeel", "bron", "bronpagina", "bronwaarde", "adres")


def report_rows(report) -> list[dict]:
    """One row per claim (its best evidence beside it), for the CSV export."""
    rows = []
    root = request.host_url.rstrip("/")
    for n, claim in enumerate(report.claims, start=1):
        best = claim.evidence[0].figure if claim.evidence else None
        rows.append(
            {
                "nummer": n,
                "getal": claim.figure.raw,
                "wat": claim.figure.label,
                "jaar": claim.figure.year or "",
                "pagina": claim.figure.page,
                "oordeel": VERDICT_NAMES.get(claim.verdict, claim.verdict),
                "bron": best.file if best else "",
                "bronpagina": best.page if best else "",
                "bronwaarde": best.value if best else "",
                "adres": (root + url_for("documents.page", doc_id=best.doc_id, _anchor=f"pagina-{best.page}"))
                if best and best.doc_id
                else "",
            }
        )
    return rows


def _export(report, kind: str) -> Response:
    stem = (report.file.rsplit(".", 1)[0] or "concept") + "-controle"
    stem = "".join(c for c in stem if c.isalnum() or c in "-_") or "controle"
    if kind == "json":
        body, mimetype = json.dumps(_linked(report), ensure_ascii=False, indent=2), "application/json"
    else:
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=CSV_FIELDS)
        writer.writeheader()
        writer.writerows(report_rows(report))
        body, mimetype = out.getvalue(), "text/csv"
    return download(body, f"{stem}.{kind}", mimetype)


def _doc_ids() -> dict[str, int]:
    """File name → document id, so evidence named by file can link to its document page."""
    return {d["file"]: d["id"] for d in get_archive().store.documents()}


_CACHE: dict[tuple, object] = {}
_CACHE_LOCK = threading.Lock()


def per_generation(name: str, compute, *args):
    """``compute(store, *args)``, kept until the archive's generation changes (any process).

    Example: ``per_generation("series", series_of)`` computes the series once per archive state.
    """
    store = get_archive().store
    key = (current_app.config.get("DATA_DIR"), store.generation(), name, args)
    with _CACHE_LOCK:
        if key in _CACHE:
            return _CACHE[key]
    value = compute(store, *args)
    with _CACHE_LOCK:
        for old in [k for k in _CACHE if k[0] == key[0] and k[1] != key[1]]:
            del _CACHE[old]
        _CACHE[key] = value
    return value


@page(bp, "/consistentie", "consistentie.html")
def consistentie() -> dict:
    """Findings over the archive (``soort``, ``document`` filter them)."""
    kind = request.args.get("soort") or None
    document = request.args.get("document") or None
    if kind and kind not in KINDS:
        abort(404, f"Onbekende soort '{kind}'; kies uit {', '.join(KINDS)}.")
    found = per_generation("findings", check_archive, (kind,) if kind else KINDS)
    findings = [f for f in found if not document or f.file == document]
    shown, numbering = paged(findings, page_number(), per_page(FINDINGS_PAGE))
    doc_ids = _doc_ids()
    facets = {"soort": counts(findings, "kind", names=KIND_NAMES), "document": counts(findings, "file")}
    return {
        "findings": shown,
        **numbering,
        "kind": kind,
        "document": document,
        "facets": facets,
        "filters": {"soort": kind or "", "document": document or ""},
        "_files": sorted(doc_ids),
        "_doc_ids": doc_ids,
        "_kinds": KIND_NAMES,
    }


@page(bp, "/indicatoren", "indicatoren.html")
def indicatoren() -> dict:
    """The indicators followed over the yearly editions."""
    return {"series": per_generation("series", series_of)}


def _series(series_id: str):
    found = find_series(get_archive().store, series_id)
    if found is None:
        abort(404, "Deze indicator bestaat niet (meer); zie de lijst met indicatoren.")
    return found


def series_chart(series) -> dict:
    """The chart of a series (``web/chart.py``), its y-axis titled with the unit in Dutch."""
    points = [(p.year, p.value, bool(p.revised)) for p in series.points]
    return chart(points, FIGURE_UNITS.get(series.unit, series.unit))


@page(bp, "/indicator/<series_id>", "indicator.html", shape=lambda data: data["_series"].to_json())
def indicator(series_id: str) -> dict:
    """One indicator with its chart and sources."""
    found = _series(series_id)
    return {"_series": found, "chart": series_chart(found)}


@bp.get("/indicator/<series_id>.csv")
def indicator_csv(series_id: str) -> Response:
    """The points of one indicator as CSV: jaar, waarde, eenheid, bron, herzien."""
    return download(series_csv([_series(series_id)]), f"indicator-{series_id}.csv")


@bp.get("/api/indicator/<series_id>/punten")
def indicator_rows(series_id: str) -> Response:
    """The rows of the CSV as JSON."""
    found = _series(series_id)
    return jsonify({"id": found.id, "label": found.label, "fields": list(SERIES_FIELDS), "rows": series_rows([found])})


@bp.get("/indicatoren.csv")
def indicatoren_csv() -> Response:
    """The points of every indicator as one CSV (the ``indicator`` column tells them apart)."""
    return download(series_csv(per_generation("series", series_of)), "indicatoren.csv")


@bp.get("/api/indicatoren/punten")
def indicatoren_rows() -> Response:
    """The rows of every indicator's CSV as JSON."""
    return jsonify({"fields": list(SERIES_FIELDS), "rows": series_rows(per_generation("series", series_of))})


def _cross_references(figure_id: int) -> dict:
    found = cross_references(get_archive(), figure_id)
    if found is None:
        abort(404, "Dit cijfer bestaat niet (meer); zoek het opnieuw op in het document.")
    return found


@page(bp, "/kruisverwijzingen/<int:figure_id>", "kruisverwijzingen.html", shape=lambda data: data["refs"])
def kruisverwijzingen(figure_id: int) -> dict:
    """What the archive says elsewhere about one figure."""
    return {"refs": _cross_references(figure_id), "figure_id": figure_id, "_kinds": KIND_NAMES, "_doc_ids": _doc_ids()}
