"""CPU seconds of ``read_document`` alone (no extract, no store), median of 3 runs per file.

Usage: ``.venv/bin/python bench/read.py [FILE ...]``; without files: the two
500-page benchmark PDFs of ``bench/read_oracle.py`` and a few real documents.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchpdfs import ROOT, benchmark_files  # noqa: E402
from read_oracle import NO_OCR  # noqa: E402

from ingest import read_document  # noqa: E402

REAL = [
    "corpus/mensenhandelmonitor-2025-regio-rotterdam.pdf",
    "corpus/regionaal-beleidskader-mensenhandel.pdf",
    "../shared/realdocs/heerlen_raadsvoorstel_lijst-ingekomen-stukken_2025-01.pdf",
    "../shared/realdocs/vws_toegankelijkheidsonderzoek_open-minvws_2025.pdf",
    "../shared/realdocs/tk_kamerstuk_kst-32545-143.pdf",
]


def cpu_seconds(path: Path, runs: int = 3) -> tuple[float, int]:
    """The median CPU time of reading ``path`` and its page count."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        document = read_document(path, ocr=NO_OCR)
        times.append(time.process_time() - start)
    return statistics.median(times), len(document.pages)


def main(paths: list[str]) -> None:
    files = [Path(p) for p in paths] or benchmark_files() + [ROOT / p for p in REAL]
    print(f"{'file':<58} {'pages':>5} {'CPU s':>7} {'ms/page':>8}")
    for path in files:
        seconds, pages = cpu_seconds(path)
        print(f"{path.name[:58]:<58} {pages:>5} {seconds:>7.3f} {1000 * seconds / max(pages, 1):>8.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
