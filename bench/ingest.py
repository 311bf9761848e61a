"""Ingest speed and memory, end to end (read + extract + store + index), and OCR seconds per page.

    .venv/bin/python bench/ingest.py          # prints a table; figures go in bench/README.md

Each scenario runs in a fresh Python process so that peak RSS (``ru_maxrss``)
belongs to that scenario alone.  "CPU" adds the parent's and the workers'
CPU time; pages per CPU second is the throughput of one core.
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

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

SCAN = ROOT / "corpus" / "mensenhandelmonitor-2024-regio-rotterdam.pdf"


def _usage() -> tuple[float, float, float]:
    """(CPU seconds of this process and its waited-for children, peak RSS MB self, peak RSS MB child)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
    return cpu, me.ru_maxrss / 1024, kids.ru_maxrss / 1024


def ingest_scenario(paths: list[str], cache: str | None) -> dict:
    from search import Archive, ingest_paths

    if cache:
        os.environ["RAADSLENS_OCR_CACHE"] = cache
    with tempfile.TemporaryDirectory() as data:
        archive = Archive.open(data)
        start = time.perf_counter()
        report = ingest_paths(archive, paths)
        wall = time.perf_counter() - start
        pages = sum(r["n_pages"] for r in archive.store.documents())
        ocr_pages = next(archive.store.rows("SELECT count(*) FROM pages WHERE ocr = 1"))[0]
        archive.close()
    assert report.ok, report.failed
    cpu, rss_parent, rss_worker = _usage()
    return {"pages": pages, "ocr_pages": ocr_pages, "wall_s": wall, "cpu_s": cpu,
            "rss_parent_mb": rss_parent, "rss_worker_mb": rss_worker}


def ocr_scenario() -> dict:
    """The 15-page scan OCR'd without cache: wall seconds per page (all cores) and CPU seconds per page."""
    from ingest import OcrConfig, read_document
    from ingest.ocr import DPI

    start = time.perf_counter()
    doc = read_document(SCAN, ocr=OcrConfig(cache_dir=None))
    wall = time.perf_counter() - start
    cpu, *_ = _usage()
    pages = sum(p.ocr for p in doc.pages)
    return {"pages": pages, "dpi": DPI, "wall_s_per_page": wall / pages, "cpu_s_per_page": cpu / pages,
            "workers": OcrConfig().workers}


def run(name: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, name, *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> None:
    from pdfgen import text_pdf

    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp, "in")
        big.mkdir()
        text_pdf(big / "vijfhonderd.pdf", 500, "Bench")
        cache = str(Path(tmp, "ocr-cache"))
        rows = [
            ("500-page PDF (text layer)", run("ingest", str(big))),
            ("corpus/, OCR cache cold", run("ingest", str(ROOT / "corpus"), cache)),
            ("corpus/, OCR cache warm", run("ingest", str(ROOT / "corpus"), cache)),
        ]
        ocr = run("ocr")
    print(f"{'scenario':28} {'pages':>5} {'wall s':>7} {'pages/s':>8} {'pages/CPU-s':>11} "
          f"{'RSS parent':>10} {'RSS worker':>10}")
    for label, r in rows:
        print(f"{label:28} {r['pages']:5d} {r['wall_s']:7.2f} {r['pages'] / r['wall_s']:8.1f} "
              f"{r['pages'] / r['cpu_s']:11.1f} {r['rss_parent_mb']:8.0f}MB {r['rss_worker_mb']:8.0f}MB")
    print(f"OCR at {ocr['dpi']} DPI (long side capped at A4): {ocr['wall_s_per_page']:.2f} s per page wall "
          f"with {ocr['workers']} tesseract processes, {ocr['cpu_s_per_page']:.2f} CPU s per page "
          f"({ocr['pages']} pages)")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "ingest":
        print(json.dumps(ingest_scenario([sys.argv[2]], sys.argv[3] if len(sys.argv) > 3 else None)))
    elif len(sys.argv) > 1 and sys.argv[1] == "ocr":
        print(json.dumps(ocr_scenario()))
    else:
        main()
