"""figures: the figures of the archive (or of one document), as a list or JSON."""

from __future__ import annotations

import json

import click

from extract import DROPPED_NOTE, dropped_count
from search import FIGURE_BRIEF_FIELDS, query_figures
from search import figure_json as to_json

from . import emit_json, main, open_archive, warn


@main.command()
@click.option("--document", "document", default=None, metavar="BESTAND", help="Alleen de cijfers van dit document.")
@click.option("--label", default=None, help="Woorden die in het label moeten staan (bv. slachtoffers).")
@click.option("--min", "minimum", type=float, default=None, help="Alleen waarden vanaf dit getal.")
@click.option("--max", "maximum", type=float, default=None, help="Alleen waarden tot en met dit getal.")
@click.option("--year", type=int, default=None, help="Alleen cijfers over dit jaar.")
@click.option(
    "--zoek",
    "query",
    default=None,
    metavar="TEKST",
    help='Zoek cijfers op getal of woorden; "5.000" en "5000" vinden hetzelfde cijfer.',
)
@click.option("--json", "as_json", is_flag=True, help="Uitvoer als JSON.")
@click.pass_context
def figures(ctx, document, label, minimum, maximum, year, query, as_json):
    """Toon de cijfers met hun betekenis: waarde, eenheid, wat er geteld is, jaar, plaats en bron.

    Example: raadslens figures --document mensenhandelmonitor-2025-regio-rotterdam.pdf --json
    """
    archive = open_archive(ctx)
    doc_id, doc = None, None
    if document:
        doc = archive.store.document_by_file(document)
        if doc is None:
            warn(
                f"niet gevonden: {document} staat niet in het archief; lees het eerst in met 'raadslens ingest {document}'"
            )
            ctx.exit(1)
            return
        doc_id = doc["id"]
    rows = query_figures(archive, query, doc_id=doc_id, label=label, minimum=minimum, maximum=maximum, year=year)
    if as_json:
        emit_json([{key: to_json(row)[key] for key in FIGURE_BRIEF_FIELDS} for row in rows])
        return
    for row in rows:
        click.echo(_line(to_json(row)))
    _dropped_note(archive, doc)


def _dropped_note(archive, doc) -> None:
    """How many numbers the OCR-noise guard left out (of one document, or of the whole archive)."""
    docs = [doc] if doc is not None else archive.store.documents()
    notes = [(d["file"], w) for d in docs for w in json.loads(d["warnings"] or "[]") if dropped_count(w)]
    if doc is not None:
        for _, note in notes:
            warn(f"{doc['file']}: {note}")
    elif notes:
        total = sum(dropped_count(w) for _, w in notes)
        warn(
            f"{total} getallen in {len(notes)} documenten {DROPPED_NOTE} (OCR-ruis of tabelregel); "
            f"zie 'raadslens figures --document BESTAND' per document"
        )


def _line(fig: dict) -> str:
    where = " · ".join(str(x) for x in (fig["year"], fig["place"], fig["organisation"]) if x)
    return f"{fig['file']} p.{fig['page']}: {fig['raw']} — {fig['label'] or '(onbekend)'}" + (
        f" ({where})" if where else ""
    )
