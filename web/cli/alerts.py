"""alerts: what is new for each saved search since a date; --bewaar saves one, --verwijder removes one."""

from __future__ import annotations

import click

from search import (
    ALERT_DAYS,
    SavedSearchProblem,
    days_ago,
    delete_saved_search,
    new_matches,
    save_search,
    saved_searches,
    since_date,
)

from . import emit_json, main, open_archive, warn


@main.command()
@click.option(
    "--sinds",
    "since",
    default=None,
    metavar="JJJJ-MM-DD",
    help=f"Toon wat sinds deze datum is ingelezen (standaard de laatste {ALERT_DAYS} dagen).",
)
@click.option(
    "--json", "as_json", is_flag=True, help="Uitvoer als JSON (elke bewaarde zoekopdracht, ook zonder nieuws)."
)
@click.option(
    "--bewaar", "query", default=None, metavar="ZOEKTERM", help="Bewaar deze zoekopdracht (in plaats van te tonen)."
)
@click.option("--naam", default="", metavar="NAAM", help="Naam van de bewaarde zoekopdracht (met --bewaar).")
@click.option("--type", "doctype", default=None, metavar="TYPE", help="Alleen dit documenttype (met --bewaar).")
@click.option("--jaar", "year", type=int, default=None, help="Alleen dit jaar (met --bewaar).")
@click.option(
    "--verwijder", "token", default=None, metavar="TOKEN", help="Verwijder de bewaarde zoekopdracht met dit token."
)
@click.pass_context
def alerts(ctx, since, as_json, query, naam, doctype, year, token):
    """Toon per bewaarde zoekopdracht de nieuwe documenten die erbij passen; stil als er niets nieuws is.

    Bewaren kan hier met --bewaar of op de website (Zoeken en Cijfers: "Bewaar deze zoekopdracht");
    elke bewaarde zoekopdracht heeft ook een Atom-feed onder /bewaard/TOKEN.atom.

    Example: raadslens alerts --bewaar "seksuele uitbuiting" --naam Uitbuiting && raadslens alerts --sinds 2026-01-01
    """
    try:
        start = since_date(since) if since is not None else None
    except SavedSearchProblem as err:
        warn(str(err))
        ctx.exit(2)
        return
    archive = open_archive(ctx)
    store = archive.store
    if token is not None:
        if not delete_saved_search(store, token):
            warn(f"Geen bewaarde zoekopdracht met token {token!r}; 'raadslens alerts --json' toont de tokens.")
            ctx.exit(1)
        return
    if query is not None:
        params = {"type": doctype or "", "year": str(year) if year else ""}
        try:
            saved = save_search(store, naam, "zoeken", query, params)
        except SavedSearchProblem as err:
            warn(str(err))
            ctx.exit(2)
            return
        if as_json:
            emit_json(saved.to_json())
        else:
            click.echo(f"Bewaard: {saved.name} ({saved.describe()}); feed: /bewaard/{saved.token}.atom")
        return
    moment = start or days_ago()
    report = [(saved, new_matches(archive, saved, since=moment)) for saved in saved_searches(store)]
    if as_json:
        emit_json(
            {
                "since": moment,
                "searches": [{**saved.to_json(), "matches": [m.to_json() for m in found]} for saved, found in report],
            }
        )
        return
    for saved, found in report:
        if not found:
            continue
        click.echo(f"{saved.name} ({saved.describe()}): {len(found)} nieuw")
        for match in found:
            click.echo(f"- {match.file} p.{match.page} ({match.type}): {match.snippet}")
