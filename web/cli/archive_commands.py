"""ingest, search, index, remove, serve."""

from __future__ import annotations

import click

from search import ClusterUnavailable, IndexBusy, Limits, ingest_paths, remove_path

from . import emit_json, emit_results, main, open_archive, show_progress, warn


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="Verslag als JSON.")
@click.option(
    "--timeout",
    type=float,
    default=Limits.seconds,
    show_default=True,
    metavar="SECONDEN",
    help="Maximale leestijd per document; daarna wordt het overgeslagen.",
)
@click.option(
    "--max-memory",
    type=int,
    default=Limits.memory_mb,
    show_default=True,
    metavar="MB",
    help="Maximaal geheugen per document.",
)
@click.option(
    "--dask",
    "dask",
    default=None,
    metavar="ADRES",
    help="Laat lezen, OCR en extractie doen door een Dask-cluster (scheduler-adres, bv. tcp://host:8786); "
    "dit proces slaat op en indexeert.",
)
@click.pass_context
def ingest(ctx, paths, as_json, timeout, max_memory, dask):
    """Lees documenten in (PDF, .txt, .md); standaard de map corpus/.

    Ongewijzigde bestanden worden overgeslagen; een gewijzigd bestand
    vervangt zijn oude versie.  Eindigt met code 1 als een bestand mislukte.
    Met --dask lezen de workers van een Dask-cluster de bestanden.

    Example: raadslens ingest corpus/ ../shared/realdocs/
    """
    archive = open_archive(ctx)
    files = list(paths) or ["corpus"]
    limits = Limits(seconds=timeout, memory_mb=max_memory)
    try:
        if show_progress() and not as_json:
            from ingest import discover

            total = len(discover(files))
            with (
                click.progressbar(
                    length=total,
                    label="Inlezen",
                    file=click.get_text_stream("stderr"),  # type: ignore[operator]
                    item_show_func=lambda name: name and name[:40],
                ) as bar
            ):
                report = ingest_paths(archive, files, on_file=lambda p: bar.update(1, p.name), limits=limits, dask=dask)
        else:
            report = ingest_paths(archive, files, limits=limits, dask=dask)
    except (IndexBusy, ClusterUnavailable) as err:
        warn(f"mislukt: {err}")
        ctx.exit(1)
    for path, reason in report.failed:
        warn(f"mislukt: {path}: {reason}")
    for path, message in report.warnings:
        warn(f"waarschuwing: {path}: {message}")
    for path, other in report.duplicates:
        warn(f"overgeslagen: {path}: zelfde inhoud als {other}")
    for path, pages in report.needs_ocr:
        warn(f"OCR nodig: {path}: pagina's {', '.join(map(str, pages))} hebben geen bruikbare tekstlaag")
    if report.needs_ocr and report.ocr_unavailable:
        warn(report.ocr_unavailable)
    for path, pages in report.low_quality:
        warn(
            f"lage kwaliteit: {path}: {_pages(pages)} onbetrouwbare tekst (onleesbare tekstlaag of "
            f"onzekere OCR); controleer cijfers in het originele bestand"
        )
    warn(report.summary())
    if as_json:
        emit_json(report.to_json())
    ctx.exit(0 if report.ok else 1)


def _pages(numbers) -> str:
    shown = ", ".join(map(str, numbers[:20])) + (f" en nog {len(numbers) - 20}" if len(numbers) > 20 else "")
    return f"pagina {shown} heeft" if len(numbers) == 1 else f"pagina's {shown} hebben"


@main.command()
@click.argument("query")
@click.option("--type", "doctype", default=None, help="Alleen dit documenttype (bv. monitor).")
@click.option("--year", type=int, default=None, help="Alleen treffers over dit jaar.")
@click.option("--limit", type=int, default=10, show_default=True, help="Aantal treffers.")
@click.option("--json", "as_json", is_flag=True, help="Uitvoer als JSON.")
@click.pass_context
def search(ctx, query, doctype, year, limit, as_json):
    """Zoek in het archief, per document de beste treffer eerst.  Documenten met meer van de woorden komen
    hoger; +woord moet voorkomen, -woord niet, "aanhalingstekens" zoeken een exacte zin, OF geeft keus.

    Example: raadslens search '"Koffer Verkeerd"' --json
    """
    results = open_archive(ctx).search(query, doctype=doctype, year=year, limit=limit, group=True)
    emit_results(results, query, "treffers", as_json)


@main.command()
@click.option("--rebuild", is_flag=True, help="Gooi de index weg en bouw hem opnieuw op uit de database.")
@click.pass_context
def index(ctx, rebuild):
    """Werk de zoekindex bij; met --rebuild opnieuw opbouwen uit de database.

    Example: raadslens index --rebuild
    """
    archive = open_archive(ctx)
    count = archive.rebuild_index() if rebuild else archive.reconcile()
    if rebuild:
        click.echo(f"index opnieuw opgebouwd: {count} documenten")


@main.command()
@click.argument("path")
@click.pass_context
def remove(ctx, path):
    """Verwijder een document (of alle documenten in een map) uit het archief.

    Example: raadslens remove corpus/oud-bestand.pdf
    """
    removed = remove_path(open_archive(ctx), path)
    if not removed:
        warn(f"niet gevonden: {path} staat niet in het archief; zie 'raadslens search' of de documentenlijst")
        ctx.exit(1)
    click.echo(f"verwijderd: {len(removed)} document(en)")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option(
    "--production",
    is_flag=True,
    help="Echte WSGI-server (waitress) met meerdere threads, time-outs en een maximum aan verbindingen.",
)
@click.option("--workers", default=None, type=int, help="Processen van de productieserver (standaard: één per kern).")
@click.option("--threads", default=4, show_default=True, type=int, help="Threads per proces van de productieserver.")
@click.option(
    "--max-connections",
    default=100,
    show_default=True,
    type=int,
    help="Maximaal aantal open verbindingen van de productieserver.",
)
@click.option(
    "--timeout",
    "idle_timeout",
    default=30,
    show_default=True,
    type=int,
    metavar="SECONDEN",
    help="Een verbinding die zo lang niets doet, wordt gesloten.",
)
@click.option(
    "--allowed-host",
    "allowed",
    multiple=True,
    envvar="RAADSLENS_ALLOWED_HOSTS",
    metavar="NAAM",
    help="Nog een hostnaam waarmee raadslens bereikt mag worden (herhaalbaar; standaard alleen het adres van --host).",
)
@click.pass_context
def serve(ctx, host, port, production, workers, threads, max_connections, idle_timeout, allowed):
    """Start de webinterface (--production: waitress met threads, time-outs en een verbindingslimiet).

    Example: raadslens serve --production --port 5000 --allowed-host raad.example.nl
    """
    from web.app import create_app
    from web.safety import allowed_hosts

    if not port_is_free(host, port):
        warn(
            f"poort {port} is al in gebruik (draait raadslens al?); stop dat programma of kies een andere "
            f"poort: raadslens serve --port {port + 1}  (of: make run PORT={port + 1})"
        )
        ctx.exit(1)
    names = tuple(n for value in allowed for n in value.replace(",", " ").split())
    config = {"DATA_DIR": ctx.obj.get("data"), "ALLOWED_HOSTS": list(allowed_hosts(host, names))}
    if production:
        from web._waitress import ServerSettings
        from web._waitress import serve as run_production

        settings = ServerSettings(
            threads=threads,
            connections=max_connections,
            timeout=idle_timeout,
            **({"workers": workers} if workers else {}),
        )
        click.echo(
            f"raadslens draait op http://{host}:{port}/  (productieserver: {settings.workers} processen "
            f"met {settings.threads} threads; stoppen: Ctrl+C)",
            err=True,
        )
        run_production(config, host, port, settings)
    else:
        from werkzeug.serving import WSGIRequestHandler

        class IdleTimeout(WSGIRequestHandler):
            timeout = idle_timeout  # a half-open connection is closed instead of holding a thread forever

        click.echo(f"raadslens draait op http://{host}:{port}/  (ontwikkelserver; stoppen: Ctrl+C)", err=True)
        create_app(config).run(host=host, port=port, debug=False, threaded=True, request_handler=IdleTimeout)


def port_is_free(host: str, port: int) -> bool:
    """True when nothing listens on ``host:port`` yet."""
    import socket

    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True
