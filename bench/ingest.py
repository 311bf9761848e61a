"""Ingest speed and memory, end to end (read + extract + store + index), and OCR seconds per page.

    .venv/bin/python bench/ingest.py          # prints a table; figures go in bench/README.md

Each scenario runs in a fresh Python process so that peak RSS (``ru_maxrss``)
belongs to that scenario alone.  "CPU" adds the parent's and the workers'
CPU time; pages per CPU second is the throughput of one core.

Scenarios: a generated PDF whose every line is a figure (37 per page, the
worst case), one PDF of real council pages (the text-layer PDFs of corpus/
and ../shared/realdocs cycled to 500 pages; ~4 figures per page), both at
500 and 1000 pages so that the cost of one more page and the fixed start-up
(Python, spaCy) can be told apart; the real PDFs as separate files; the
Amsterdam archive; corpus/ with its scan, OCR cache cold and warm.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchpdfs import ROOT, SHARED, dense_pdf, real_pages_pdf, text_layer_pdfs

SCAN = ROOT / "corpus" / "mensenhandelmonitor-2024-regio-rotterdam.pdf"


def _usage() -> dict:
    """CPU seconds and peak RSS (MB) of this process and of its waited-for children (workers, tesseract)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "cpu_parent_s": me.ru_utime + me.ru_stime,
        "cpu_workers_s": kids.ru_utime + kids.ru_stime,
        "rss_parent_mb": me.ru_maxrss / 1024,
        "rss_worker_mb": kids.ru_maxrss / 1024,
    }


def ingest_scenario(paths: list[str], cache: str | None) -> dict:
    from search import Archive, ingest_paths

    if cache:
        os.environ["RAADSLENS_OCR_CACHE"] = cache  # "" (no cache given): the data folder's own, fresh
    with tempfile.TemporaryDirectory() as data:
        archive = Archive.open(data)
        start = time.perf_counter()
        report = ingest_paths(archive, paths)
        wall = time.perf_counter() - start
        pages = sum(r["n_pages"] for r in archive.store.documents())
        ocr_pages = next(archive.store.rows("SELECT count(*) FROM pages WHERE ocr = 1"))[0]
        figures = next(archive.store.rows("SELECT count(*) FROM figures"))[0]
        archive.close()
    assert report.ok, report.failed
    usage = _usage()
    return {
        "pages": pages,
        "ocr_pages": ocr_pages,
        "figures": figures,
        "wall_s": wall,
        "cpu_s": usage["cpu_parent_s"] + usage["cpu_workers_s"],
        **usage,
    }


def ocr_scenario() -> dict:
    """The 15-page scan OCR'd without cache: wall seconds per page (all cores) and CPU seconds per page."""
    from ingest import OcrConfig, read_document
    from ingest.ocr import DPI

    start = time.perf_counter()
    doc = read_document(SCAN, ocr=OcrConfig(cache_dir=None))
    wall = time.perf_counter() - start
    usage = _usage()
    cpu = usage["cpu_parent_s"] + usage["cpu_workers_s"]
    pages = sum(p.ocr for p in doc.pages)
    return {
        "pages": pages,
        "dpi": DPI,
        "wall_s_per_page": wall / pages,
        "cpu_s_per_page": cpu / pages,
        "workers": OcrConfig().workers,
    }


def run(name: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, name, *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


AMSTERDAM = SHARED / "amsterdam"


def text_layer_folder(folder: Path) -> Path:
    """The text-layer PDFs of corpus/ and realdocs/ (no scans), copied as they are."""
    import shutil

    folder.mkdir()
    for pdf in text_layer_pdfs():
        shutil.copy(pdf, folder / pdf.name)
    return folder


def scenarios(tmp: Path) -> list[tuple[str, list[str], str | None]]:
    made = []
    for name, make, pages in (
        ("dense-500", dense_pdf, 500),
        ("dense-1000", dense_pdf, 1000),
        ("real-500", real_pages_pdf, 500),
        ("real-1000", real_pages_pdf, 1000),
    ):
        folder = tmp / name
        folder.mkdir()
        make(folder / f"{name}.pdf", pages)
        made.append(str(folder))
    cache = str(tmp / "ocr-cache")
    return [
        ("500-page PDF, 37 figures/page", [made[0]], None),
        ("1000-page PDF, 37 figures/page", [made[1]], None),
        ("500 real pages in one PDF", [made[2]], None),
        ("1000 real pages in one PDF", [made[3]], None),
        (f"real text-layer PDFs ({len(text_layer_pdfs())} files)", [str(text_layer_folder(tmp / "files"))], None),
        ("Amsterdam archive (603 texts)", [str(AMSTERDAM)], None),
        ("corpus/, OCR cache cold", [str(ROOT / "corpus")], cache),
        ("corpus/, OCR cache warm", [str(ROOT / "corpus")], cache),
    ]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        rows = [(label, run("ingest", json.dumps(paths), cache or "")) for label, paths, cache in scenarios(Path(tmp))]
        ocr = run("ocr")
    print(
        f"{'scenario':32} {'pages':>5} {'figs/p':>6} {'wall s':>6} {'CPU parent':>10} {'CPU workers':>11} "
        f"{'pages/CPU-s':>11} {'RSS parent':>10} {'RSS worker':>10}"
    )
    for label, r in rows:
        print(
            f"{label:32} {r['pages']:5d} {r['figures'] / r['pages']:6.1f} {r['wall_s']:6.1f} "
            f"{r['cpu_parent_s']:10.2f} {r['cpu_workers_s']:11.2f} {r['pages'] / r['cpu_s']:11.1f} "
            f"{r['rss_parent_mb']:8.0f}MB {r['rss_worker_mb']:8.0f}MB"
        )
    for kind, (small, big) in (("37 figures/page", (rows[0][1], rows[1][1])), ("real pages", (rows[2][1], rows[3][1]))):
        extra = (big["pages"] - small["pages"]) / (big["cpu_s"] - small["cpu_s"])
        print(
            f"per extra page ({kind}): {extra:.1f} pages/CPU-s; fixed start-up "
            f"{small['cpu_s'] - small['pages'] / extra:.2f} CPU-s"
        )
    print(
        f"OCR at {ocr['dpi']} DPI (long side capped at A4): {ocr['wall_s_per_page']:.2f} s per page wall "
        f"with {ocr['workers']} tesseract processes, {ocr['cpu_s_per_page']:.2f} CPU s per page "
        f"({ocr['pages']} pages)"
    )


def small_files(counts=(1, 10, 40)) -> None:
    """Per-file cost of a batch of small files through the CLI: what the start-up of the workers adds.

    ``python bench/ingest.py small`` runs ``raadslens ingest`` (a fresh process, as a user does) on
    folders of 1, 10 and 40 two-page PDFs and prints wall and CPU seconds (the CLI plus its workers),
    per file and per extra file (the slope between the smallest and the largest batch).
    """
    from pdfgen import text_pdf

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for count in counts:
            folder = Path(tmp, f"klein-{count}")
            folder.mkdir()
            for n in range(count):
                text_pdf(folder / f"stuk-{n:03d}.pdf", 2, f"Kleinstuk{count}x{n}", lines=10)
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(
                [
                    sys.executable,
                    "-c",
                    "from web.cli import main; main()",
                    "--data",
                    str(Path(tmp, f"d{count}")),
                    "ingest",
                    str(folder),
                ],
                cwd=ROOT,
                check=True,
                capture_output=True,
                env=dict(os.environ, RAADSLENS_OCR_CACHE=str(Path(tmp, "ocr"))),
            )
            wall = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
            rows.append((count, wall, cpu))
    print(f"{'files':>5} {'wall s':>7} {'CPU s':>7} {'wall/file':>9} {'CPU/file':>9}")
    for count, wall, cpu in rows:
        print(f"{count:5d} {wall:7.2f} {cpu:7.2f} {wall / count:9.2f} {cpu / count:9.2f}")
    (n0, w0, c0), (n1, w1, c1) = rows[0], rows[-1]
    print(
        f"per extra file: {(w1 - w0) / (n1 - n0):.3f} s wall, {(c1 - c0) / (n1 - n0):.3f} CPU s; "
        f"fixed (CLI + worker start-up): {w0 - (w1 - w0) / (n1 - n0):.2f} s wall"
    )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "small":
        small_files()
    elif len(sys.argv) > 1 and sys.argv[1] == "ingest":
        print(json.dumps(ingest_scenario(json.loads(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else None)))
    elif len(sys.argv) > 1 and sys.argv[1] == "ocr":
        print(json.dumps(ocr_scenario()))
    else:
        main()
