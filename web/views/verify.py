"""Controleer (verify a draft), Consistentie (findings) and Indicatoren (series with a chart), with JSON twins."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, jsonify, render_template, request, url_for

from extract.numbers import format_numeral
from ingest import IngestError
from search.crosscheck.checks import KIND_NAMES, KINDS, check_archive
from search.crosscheck.series import find_series, series_of
from search.crosscheck.verify import VERDICT_NAMES, cross_references, read_draft, verify_document

from ..app import get_archive, wants_json

bp = Blueprint("verify", __name__)
bp.add_app_template_filter(format_numeral, "getal")
bp.add_app_template_global(VERDICT_NAMES, "verdicts")  # type: ignore[arg-type]  # any value works
MAX_DRAFT = 5 * 1024 * 1024  # uploads are read in memory, checked, and forgotten
CHART_W, CHART_H, PAD = 560, 220, 36


def _draft():
    """The pasted text or uploaded file of the request as (name, bytes), or None."""
    limit = current_app.config.get("VERIFY_MAX_DRAFT", MAX_DRAFT)
    upload = request.files.get("bestand")
    if upload and upload.filename:
        data = upload.read(limit + 1)
        name = upload.filename
        upload.close()
    else:
        text = request.form.get("tekst") or request.args.get("tekst") or ""
        if not text.strip():
            return None
        data, name = text.encode("utf-8"), "concept.txt"
    if len(data) > limit:
        abort(413, f"Het concept is groter dan {limit / 1024 / 1024:.1f} MB; knip het op of plak de tekst.")
    return name, data


def _report():
    draft = _draft()
    if draft is None:
        return None
    try:
        return verify_document(get_archive().store, read_draft(*draft))
    except IngestError as err:
        abort(400, f"Kan het bestand niet lezen: {err}. Plak de tekst of kies een PDF, .txt of .md.")


def marked_pages(report) -> list[list[tuple[str, object]]]:
    """Each page of the draft as (text, claim-or-None) pieces, for colouring the numbers."""
    pages = []
    for page_no, text in enumerate(report.pages, start=1):
        claims = sorted((c for c in report.claims if c.kind == "figure" and c.figure.page == page_no
                         and c.figure.end > c.figure.start), key=lambda c: c.figure.start)
        pieces, at = [], 0
        for claim in claims:
            if claim.figure.start < at:
                continue
            pieces += [(text[at:claim.figure.start], None), (text[claim.figure.start:claim.figure.end], claim)]
            at = claim.figure.end
        pieces.append((text[at:], None))
        pages.append(pieces)
    return pages


@bp.route("/controleer", methods=["GET", "POST"])
def controleer():
    report = _report() if request.method == "POST" else None
    return render_template("controleer.html", report=report, pages=marked_pages(report) if report else [],
                           tekst=request.form.get("tekst", ""))


@bp.route("/api/controleer", methods=["GET", "POST"])
def api_controleer():
    report = _report()
    if report is None:
        return jsonify({"error": "Geef tekst mee (veld 'tekst') of een bestand (veld 'bestand')."}), 400
    return jsonify(_linked(report))


def _linked(report) -> dict:
    """The report as JSON, each piece of evidence with its document id and the URL of its page."""
    data = report.to_json()
    for claim, item in zip(report.claims, data["claims"]):
        for evidence, out in zip(claim.evidence, item["evidence"]):
            ref = evidence.figure
            out["document"] = ref.doc_id
            out["url"] = url_for("documents.page", doc_id=ref.doc_id, _anchor=f"pagina-{ref.page}")
    return data


def _findings():
    kind = request.args.get("soort") or None
    document = request.args.get("document") or None
    if kind and kind not in KINDS:
        abort(404, f"Onbekende soort '{kind}'; kies uit {', '.join(KINDS)}.")
    found = check_archive(get_archive().store, (kind,) if kind else KINDS)
    return [f for f in found if not document or f.file == document], kind, document


@bp.get("/consistentie")
def consistentie():
    findings, kind, document = _findings()
    doc_ids = _doc_ids()
    return render_template("consistentie.html", findings=findings, kind=kind, document=document,
                           files=sorted(doc_ids), doc_ids=doc_ids, kinds=KIND_NAMES)


def _doc_ids() -> dict[str, int]:
    """File name → document id, so evidence named by file can link to its document page."""
    return {d["file"]: d["id"] for d in get_archive().store.documents()}


@bp.get("/api/consistentie")
def api_consistentie():
    findings, _, _ = _findings()
    return jsonify({"findings": [f.to_json() for f in findings]})


@bp.get("/indicatoren")
def indicatoren():
    return render_template("indicatoren.html", series=series_of(get_archive().store))


@bp.get("/api/indicatoren")
def api_indicatoren():
    return jsonify({"series": [s.to_json() for s in series_of(get_archive().store)]})


def _series(series_id: str):
    found = find_series(get_archive().store, series_id)
    if found is None:
        abort(404, "Deze indicator bestaat niet (meer); zie de lijst met indicatoren.")
    return found


def chart(series) -> dict:
    """Coordinates for an inline SVG line chart of a series."""
    years = [p.year for p in series.points]
    values = [p.value for p in series.points]
    lo, hi = min(years), max(years)
    top = max(values) or 1
    def x(year): return PAD + (year - lo) / ((hi - lo) or 1) * (CHART_W - 2 * PAD)
    def y(value): return CHART_H - PAD - value / top * (CHART_H - 2 * PAD)
    dots = [{"x": round(x(p.year), 1), "y": round(y(p.value), 1), "year": p.year, "value": p.value,
             "revised": bool(p.revised)} for p in series.points]
    return {"width": CHART_W, "height": CHART_H, "dots": dots, "base": CHART_H - PAD,
            "line": " ".join(f"{d['x']},{d['y']}" for d in dots)}


@bp.get("/indicator/<series_id>")
def indicator(series_id):
    found = _series(series_id)
    return render_template("indicator.html", series=found, chart=chart(found))


@bp.get("/api/indicator/<series_id>")
def api_indicator(series_id):
    return jsonify(_series(series_id).to_json())


def _cross_references(figure_id: int) -> dict:
    found = cross_references(get_archive(), figure_id)
    if found is None:
        abort(404, "Dit cijfer bestaat niet (meer); zoek het opnieuw op in het document.")
    return found


@bp.get("/kruisverwijzingen/<int:figure_id>")
def kruisverwijzingen(figure_id):
    return render_template("kruisverwijzingen.html", refs=_cross_references(figure_id), kinds=KIND_NAMES,
                           figure_id=figure_id, doc_ids=_doc_ids())


@bp.get("/api/kruisverwijzingen/<int:figure_id>")
def api_kruisverwijzingen(figure_id):
    return jsonify(_cross_references(figure_id))


def _error_json(err):
    if wants_json():
        return jsonify({"error": err.description}), err.code
    return render_template("fout.html", message=err.description, heading="Kan dit concept niet controleren"), err.code


bp.register_error_handler(400, _error_json)
bp.register_error_handler(413, _error_json)
