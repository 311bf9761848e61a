"""ask: a question answered from the archive with the figure or sentence and its sources."""
from __future__ import annotations

import click

from search import ask as answer_question

from . import emit_json, main, open_archive


@main.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="Uitvoer als JSON.")
@click.pass_context
def ask(ctx, question, as_json):
    """Stel een vraag aan het archief: het antwoord (cijfer of zin) met de bronnen, of eerlijk "niet gevonden".

    Example: raadslens ask "Hoeveel slachtoffers van seksuele uitbuiting begeleidde het ESSM in 2024?" --json
    """
    found = answer_question(open_archive(ctx), question)
    if as_json:
        emit_json(found.to_json())
        return
    if found.answer is None:
        click.echo(found.reason)
        if found.sources:
            click.echo("Dichtstbijzijnde passages:")
    else:
        click.echo(found.answer.text)
        if found.agree is False:
            click.echo("Let op: de bronnen verschillen.")
        click.echo("Bronnen:")
    for source in found.sources:
        cell = f" [{source.row} | {source.column}]" if source.row or source.column else ""
        click.echo(f"- {source.file} p.{source.page}{cell}: {source.text[:300]}")
