"""answers, similar: council letters and earlier questions."""
from __future__ import annotations

import click

from search import letters, similar_questions

from . import emit_json, emit_results, main, open_archive, warn


@main.command()
@click.option("--portefeuillehouder", default="", help="Alleen brieven van deze portefeuillehouder (deel van de naam).")
@click.option("--partij", "party", default="", help="Alleen vragen van deze partij.")
@click.option("--vragensteller", "asker", default="", help="Alleen vragen van deze vragensteller.")
@click.option("--year", type=int, default=None, help="Alleen vragen uit dit jaar.")
@click.option("--json", "as_json", is_flag=True, help="Uitvoer als JSON.")
@click.pass_context
def answers(ctx, portefeuillehouder, party, asker, year, as_json):
    """Toon de beantwoorde raadsvragen: wie vroeg wat, wanneer, en het antwoord.

    Example: raadslens answers --partij PvdA --json
    """
    found = letters(open_archive(ctx).store, portefeuillehouder=portefeuillehouder, party=party, asker=asker,
                    year=year)
    if as_json:
        emit_json([letter.to_json() for letter in found])
        return
    for letter in found:
        who = f"{letter.asker} ({letter.party})" if letter.party else letter.asker
        click.echo(f"{letter.file}: {letter.title} · gevraagd {letter.asked or '?'} door {who or '?'}"
                   f" · {len(letter.questions)} vragen")
        for anomaly in letter.anomalies:
            click.echo(f"  let op: {anomaly}")


@main.command()
@click.argument("text", required=False, default="")
@click.option("--vraag", "question_id", type=int, default=None,
              help="Neem een vraag uit het archief (het id uit 'answers --json' of de webpagina) in plaats van TEXT.")
@click.option("--limit", type=int, default=5, show_default=True, help="Aantal vragen.")
@click.option("--json", "as_json", is_flag=True, help="Uitvoer als JSON.")
@click.pass_context
def similar(ctx, text, question_id, limit, as_json):
    """Eerder gestelde vragen: de vragen in het archief die het meest op TEXT lijken, met hun antwoord.

    Example: raadslens similar "Waar kunnen slachtoffers van mensenhandel zich melden?" --json
    """
    from search import similar_to_question

    if not text and question_id is None:
        warn("geef een vraag als tekst, of --vraag ID voor een vraag uit het archief")
        ctx.exit(2)
    archive = open_archive(ctx)
    found = similar_to_question(archive, question_id, limit) if question_id is not None else \
        similar_questions(archive, text, limit)
    if as_json:
        emit_json([item.to_json() for item in found])
        return
    if not found:
        warn("geen vergelijkbare vragen gevonden; lees eerst brieven met antwoorden in (raadslens ingest)")
    for item in found:
        click.echo(f"- {item.file} vraag {item.number} (p.{item.page}, score {item.score:.2f}): {item.text}")
        click.echo(f"  antwoord: {item.answer[:300]}")


@main.command()
@click.argument("query")
@click.option("--portefeuillehouder", default="", help="Alleen vragen aan deze portefeuillehouder (deel van de naam).")
@click.option("--partij", "party", default="", help="Alleen vragen van deze partij.")
@click.option("--vragensteller", "asker", default="", help="Alleen vragen van deze vragensteller.")
@click.option("--year", type=int, default=None, help="Alleen vragen over of uit dit jaar.")
@click.option("--type", "doctype", default=None, help="Alleen dit documenttype.")
@click.option("--limit", type=int, default=10, show_default=True, help="Aantal treffers.")
@click.option("--json", "as_json", is_flag=True, help="Uitvoer als JSON.")
@click.pass_context
def questions(ctx, query, portefeuillehouder, party, asker, year, doctype, limit, as_json):
    """Zoek in raadsvragen en hun antwoorden, te filteren op wie vroeg, aan wie en wanneer.

    Example: raadslens questions meldpunt --partij PvdA --json
    """
    from search import AmbiguousName, search_questions

    try:
        results = search_questions(open_archive(ctx), query, portefeuillehouder=portefeuillehouder, party=party,
                                   asker=asker, year=year, doctype=doctype, limit=limit)
    except AmbiguousName as err:
        warn(str(err))
        ctx.exit(2)
    emit_results(results, query, "vragen", as_json)
