"""export, import: an archive as JSON lines plus a manifest, and back into an empty archive."""

from __future__ import annotations

import contextlib

import click

from search import IndexBusy, TransferError, data_dir, export_store, import_store, open_store

from . import emit_json, main, open_archive, show_progress, warn


@contextlib.contextmanager
def _progress(label: str, quiet: bool):
    """A progress callback ``(done, total)`` drawing a bar on a terminal's stderr; silent otherwise."""
    if quiet or not show_progress():
        yield None
        return
    with contextlib.ExitStack() as stack:
        bars: list = []
        shown = [0]

        def update(done: int, total: int) -> None:
            if not bars:
                stderr = click.get_text_stream("stderr")  # type: ignore[operator]
                bars.append(stack.enter_context(click.progressbar(length=max(total, 1), label=label, file=stderr)))
            bars[0].update(done - shown[0])
            shown[0] = done

        yield update


@main.command("export")
@click.argument("directory", type=click.Path(file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Verslag als JSON.")
@click.pass_context
def export_command(ctx, directory, as_json):
    """Schrijf het hele archief naar een nieuwe map: elke tabel als JSON-regels, plus manifest.json
    (schemaversie, aantallen, controlegetallen).  De zoekindex gaat niet mee; import bouwt hem opnieuw.

    Example: raadslens export /backup/raadslens-2026-12
    """
    store = open_store(ctx.obj.get("data"))
    if store is None:
        warn(
            f"mislukt: in {data_dir(ctx.obj.get('data'))} staat geen archief; "
            f"kies de gegevensmap met --data MAP (of RAADSLENS_DATA)"
        )
        ctx.exit(1)
        return
    ctx.call_on_close(store.close)
    try:
        with _progress("Exporteren", as_json) as progress:
            summary = export_store(store, directory, progress)
    except TransferError as err:
        warn(f"mislukt: {err}")
        ctx.exit(1)
    if as_json:
        emit_json(summary.to_json())
    else:
        click.echo(summary.line())


@main.command("import")
@click.argument("directory", type=click.Path(file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Verslag als JSON.")
@click.pass_context
def import_command(ctx, directory, as_json):
    """Laad een export (van 'raadslens export') in een lege gegevensmap, in één transactie, en bouw
    daarna de zoekindex op.  Een beschadigde export of een archief dat niet leeg is, wordt geweigerd.

    Example: raadslens --data var-nieuw import /backup/raadslens-2026-12
    """
    archive = open_archive(ctx)
    try:
        with _progress("Importeren", as_json) as progress:
            summary = import_store(archive.store, directory, progress)
    except TransferError as err:
        warn(f"mislukt: {err}")
        ctx.exit(1)
    try:
        with _progress("Indexeren", as_json) as progress:
            archive.rebuild_index(progress)
    except IndexBusy as err:
        warn(
            f"geïmporteerd, maar de zoekindex is niet opgebouwd: {err}; "
            f"voer daarna uit: raadslens --data {archive.path} index --rebuild"
        )
        ctx.exit(1)
    if as_json:
        emit_json(summary.to_json())
    else:
        click.echo(summary.line())
