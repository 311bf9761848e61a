"""Ingest throughput on 1 and 2 local reading processes and on a Dask LocalCluster of 2 workers, side by side.

    .venv/bin/python bench/cluster_ingest.py            # prints a table; figures go in bench/README.md
    .venv/bin/python bench/cluster_ingest.py --rounds 2 # each mode twice, interleaved (the machine is noisy)

Two inputs, each split into several files (Dask and the local pool both spread files, not pages):

- *text*: 400 real council pages with a text layer (corpus/ and ../shared/realdocs cycled), as 8 PDFs
  of 50 pages, each starting at another page so that no two files have the same bytes;
- *OCR*: the 2024 monitor (a scan, 15 pages) as 5 PDFs of 3 pages, OCR cache cold in every run.

Each run is a fresh Python process with a fresh data folder: wall seconds from the first file to the
last stored and indexed document, pages per wall second, and CPU seconds of the process and its
waited-for children, and the parent's share (the one writer: store and index) (reading processes, tesseract; the LocalCluster's worker processes are its children
too and are waited for when it closes). Cluster start-up (scheduler and workers) is timed apart and not
counted in the wall; the workers' reading processes start inside the run, as the local ones do.
Requires the ``dask`` extra (``pip install -e '.[dask]'``); without it the cluster rows say so.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchpdfs import ROOT, text_layer_pdfs

SCAN = ROOT / "corpus" / "mensenhandelmonitor-2024-regio-rotterdam.pdf"
MODES = ("1 proces", "2 processen", "LocalCluster 2 workers")


def text_files(folder: Path, files: int = 8, pages: int = 50) -> list[Path]:
    """``files`` PDFs of ``pages`` real text-layer pages, each starting elsewhere in the cycle."""
    import pikepdf

    sources = [pikepdf.open(f) for f in text_layer_pdfs()]
    all_pages = [p for s in sources for p in s.pages]
    made = []
    for n in range(files):
        out = pikepdf.new()
        start = n * 7 % len(all_pages)
        for page in itertools.islice(itertools.cycle(all_pages[start:] + all_pages[:start]), pages):
            out.pages.append(page)
        path = folder / f"tekst-{n + 1:02d}.pdf"
        out.save(path)
        made.append(path)
    return made


def scan_files(folder: Path, per_file: int = 3) -> list[Path]:
    """The scanned monitor cut into PDFs of ``per_file`` pages."""
    import pikepdf

    made = []
    with pikepdf.open(SCAN) as scan:
        for n, first in enumerate(range(0, len(scan.pages), per_file)):
            out = pikepdf.new()
            for page in scan.pages[first : first + per_file]:
                out.pages.append(page)
            path = folder / f"scan-{n + 1:02d}.pdf"
            out.save(path)
            made.append(path)
    return made


def one_run(mode: str, folder: str) -> dict:
    """Ingest ``folder`` into a fresh archive in ``mode``; runs in its own process."""
    from search import Archive, Limits, ingest_paths

    with tempfile.TemporaryDirectory() as data, tempfile.TemporaryDirectory() as cache:
        os.environ["RAADSLENS_OCR_CACHE"] = cache  # cold in every run
        cluster, address, startup = None, None, 0.0
        if mode.startswith("LocalCluster"):
            try:
                from distributed import LocalCluster
            except ImportError:
                return {"error": "dask niet geïnstalleerd (pip install -e '.[dask]')"}
            begun = time.perf_counter()
            cluster = LocalCluster(
                n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, memory_limit="3GiB"
            )
            address, startup = cluster.scheduler_address, time.perf_counter() - begun
        archive = Archive.open(data)
        workers = 1 if mode == "1 proces" else 2
        start = time.perf_counter()
        report = ingest_paths(archive, [folder], limits=Limits(workers=workers), dask=address)
        wall = time.perf_counter() - start
        pages = sum(r["n_pages"] for r in archive.store.documents())
        archive.close()
        if cluster is not None:
            cluster.close()
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "ok": report.ok,
        "pages": pages,
        "wall_s": wall,
        "startup_s": startup,
        "cpu_s": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
        "cpu_parent_s": me.ru_utime + me.ru_stime,
    }


def measure(mode: str, folder: Path) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--one", mode, str(folder)], capture_output=True, text=True, check=False
    )
    if out.returncode != 0:
        return {"error": out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "mislukt"}
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=1, help="times each mode is run, interleaved")
    parser.add_argument("--one", nargs=2, metavar=("MODE", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_run(*args.one)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        inputs = {}
        for name, make in (("text", text_files), ("OCR", scan_files)):
            folder = Path(tmp) / name
            folder.mkdir()
            make(folder)
            inputs[name] = folder
        results: dict[tuple[str, str], list[dict]] = {}
        for _ in range(args.rounds):
            for name, folder in inputs.items():
                for mode in MODES:
                    print(f"  {name:4} {mode} ...", file=sys.stderr, flush=True)
                    results.setdefault((name, mode), []).append(measure(mode, folder))
    print(
        "| input | mode | pages | wall s | pages/s (wall) | CPU s | of which parent | pages/CPU-s | cluster start s |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for (name, mode), runs in results.items():
        good = [r for r in runs if "error" not in r]
        if not good:
            print(f"| {name} | {mode} | {runs[0]['error']} | | | | | | |")
            continue
        best = min(good, key=lambda r: r["wall_s"])  # the least disturbed run
        print(
            f"| {name} | {mode} | {best['pages']} | {best['wall_s']:.1f} | {best['pages'] / best['wall_s']:.1f} "
            f"| {best['cpu_s']:.1f} | {best['cpu_parent_s']:.1f} | {best['pages'] / best['cpu_s']:.1f} "
            f"| {best['startup_s']:.1f} |"
        )


if __name__ == "__main__":
    main()
