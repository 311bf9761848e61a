"""verify, check, series: are the numbers right?"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from extract.numbers import format_numeral
from ingest import IngestError
from search import CHECK_KINDS as KINDS
from search import VERDICT_NAMES, check_archive, read_draft, series_of, verify_document

from . import emit_json, main, open_archive, warn


@main.command()
@click.argument("file")
@click.option("--json", "as_json", is_flag=True, help="Uitvoer als JSON.")
@click.pass_context
def verify(ctx, file, as_json):
    """Controleer de cijfers in een concepttekst (.pdf, .docx, .txt, .md, of - voor stdin) tegen het archief.

    Elk getal krijgt een oordeel: klopt (supported), klopt niet (contradicted)
    of niet te controleren (unverified), met de vindplaats in het archief.

    Example: raadslens verify concept-antwoord.txt --json
    """
    if file == "-":
        name, data = "concept.txt", sys.stdin.buffer.read()
    else:
        path = Path(file)
        if not path.is_file():
            warn(f"niet gevonden: {file}; geef het pad van een .pdf, .docx, .txt of .md, of - voor stdin")
            ctx.exit(2)
        name, data = path.name, path.read_bytes()
    try:
        report = verify_document(open_archive(ctx).store, read_draft(name, data))
    except IngestError as err:
        warn(f"kan {file} niet lezen: {err}")
        ctx.exit(2)
    if as_json:
        emit_json(report.to_json())
        return
    for claim in report.claims:
        f = claim.figure
        line = f"p.{f.page} {f.raw} ({f.label or '?'}{', ' + str(f.year) if f.year else ''}): {VERDICT_NAMES[claim.verdict]}"
        if claim.evidence:
            e = claim.evidence[0]
            line += f" - {e.figure.file} p.{e.figure.page}: {format_numeral(e.figure.value)}"
        if claim.reason:
            line += f" ({claim.reason})"
        click.echo(line)
    left_out = report.left_out_json()
    if left_out:
        click.echo(
            "niet als cijfer gelezen: " + ", ".join(f"{d['raw']} (p.{d['page']}, {d['reason']})" for d in left_out)
        )
    if not report.claims:
        click.echo("geen cijfers gevonden in de tekst")


@main.command()
@click.option("--kind", type=click.Choice(KINDS), multiple=True, help="Alleen bevindingen van deze soort.")
@click.option("--json", "as_json", is_flag=True, help="Uitvoer als JSON.")
@click.pass_context
def check(ctx, kind, as_json):
    """Zoek tegenstrijdigheden in het archief: totalen, opsommingen, conflicten en normen.

    Example: raadslens check --kind total_mismatch --json
    """
    findings = check_archive(open_archive(ctx).store, tuple(kind) or KINDS)
    if as_json:
        emit_json({"findings": [f.to_json() for f in findings]})
        return
    for f in findings:
        click.echo(f"[{f.kind}] {f.file} p.{f.page}: {f.message}")
    if not findings:
        click.echo("geen bevindingen")


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Uitvoer als JSON.")
@click.pass_context
def series(ctx, as_json):
    """Toon indicatoren door de jaren heen (bv. meldingen bij het meldpunt 2023-2025), met bron per jaar.

    Example: raadslens series --json
    """
    found = series_of(open_archive(ctx).store)
    if as_json:
        emit_json({"series": [s.to_json() for s in found]})
        return
    for s in found:
        points = ", ".join(f"{p.year}: {format_numeral(p.value)}{' (herzien)' if p.revised else ''}" for p in s.points)
        click.echo(f"{s.label}{' (' + s.organisation + ')' if s.organisation else ''}: {points}")
