"""The ``raadslens`` command line.  Quiet by default; errors go to stderr in Dutch.

Each area has its own module that adds commands to ``main``.
"""

from __future__ import annotations

import json
import sys

import click

from search import Archive, settings_help


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=settings_help())
@click.option(
    "--data",
    "data",
    envvar="RAADSLENS_DATA",
    default=None,
    metavar="MAP",
    help="Gegevensmap met de database en de index (standaard ./var).",
)
@click.pass_context
def main(ctx: click.Context, data: str | None) -> None:
    """raadslens: doorzoek raadsstukken en controleer hun cijfers.

    Example: raadslens ingest corpus/ && raadslens search "seksuele uitbuiting"
    """
    ctx.ensure_object(dict)
    ctx.obj["data"] = data


def open_archive(ctx: click.Context) -> Archive:
    """The archive of the ``--data`` folder, closed when the command ends."""
    archive = Archive.open(ctx.obj.get("data"))
    ctx.call_on_close(archive.close)
    return archive


def emit_json(value) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))


def count_text(results) -> str:
    """The number of matches as shown: "meer dan N" when the engine stopped counting past a bound.

    >>> from search.archive import SearchResults
    >>> count_text(SearchResults("x", 12, ())), count_text(SearchResults("x", 5001, (), total_exact=False))
    ('12', 'meer dan 5000')
    """
    if getattr(results, "total_exact", True):
        return str(results.total)
    return f"meer dan {results.total - 1}"


def emit_results(results, query: str, noun: str, as_json: bool) -> None:
    """Search results as JSON, or one line per hit: file, page, (type,) snippet."""
    if as_json:
        emit_json(results.to_json())
        return
    documents = f" in {results.documents} documenten" if getattr(results, "grouped", False) else ""
    click.echo(f"{count_text(results)} {noun}{documents} voor {query!r}")
    if getattr(results, "suggestion", None):
        click.echo(f"Bedoelde u: {results.suggestion}?")
    for hit in results.hits:
        kind = f" ({hit.type})" if getattr(hit, "type", "") else ""
        click.echo(f"- {hit.file} p.{hit.page}{kind}: {hit.snippet}")
        if getattr(hit, "more", 0):
            pages = ", ".join(str(p) for p in hit.more_pages)
            click.echo(
                f"  {hit.more} meer {'treffer' if hit.more == 1 else 'treffers'} in dit document"
                + (f" (pagina {pages})" if pages else "")
            )


def warn(message: str) -> None:
    click.echo(message, err=True)


def show_progress() -> bool:
    return sys.stderr.isatty()


# The command modules register their commands on ``main`` when imported (answers: answers, similar; ask: ask).
from . import alerts, answers, archive_commands, ask, figures, transfer, verify  # noqa: E402,F401
