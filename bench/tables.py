"""Speed of the layout + tables path against pdfplumber alone.  Prints figures; asserts nothing.

    .venv/bin/python bench/tables.py [folder or PDF ...]   (default: corpus/ and ../shared/realdocs/)

For each set it prints: pages, pages with a text layer, how many of those
were searched for tables (pages with row-like lines: there pdfium's
characters and ruling lines go through pdfplumber's lattice algorithm),
read_document pages/s (pdfium, layout, repair and tables: the whole ingest
side), and pdfplumber alone (extract_text + find_tables on every page).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest import read_document  # noqa: E402
from ingest._plumber import lattice  # noqa: E402,F401  (imports pdfplumber once, outside the timing)
from ingest.grid import has_table_rows  # noqa: E402


def pdfs(args: list[str]) -> list[Path]:
    roots = [Path(a) for a in args] or [ROOT / "corpus", ROOT.parent / "shared" / "realdocs"]
    found: list[Path] = []
    for root in roots:
        found += sorted(root.glob("*.pdf")) if root.is_dir() else [root]
    return found


def fast_path(files: list[Path]) -> tuple[int, int, int, float]:
    pages = text_pages = plumbed = 0
    start = time.perf_counter()
    for path in files:
        document = read_document(path)
        pages += len(document.pages)
        text_pages += sum(1 for p in document.pages if p.has_text_layer)
        plumbed += sum(1 for p in document.pages if p.text and has_table_rows(p.text.splitlines()))
    return pages, text_pages, plumbed, time.perf_counter() - start


def plumber_only(files: list[Path]) -> tuple[int, float]:
    import pdfplumber

    pages = 0
    start = time.perf_counter()
    for path in files:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.find_tables()
                page.close()
                pages += 1
    return pages, time.perf_counter() - start


def main(args: list[str]) -> None:
    files = pdfs(args)
    groups: dict[str, list[Path]] = {}
    for path in files:
        groups.setdefault(str(path.parent), []).append(path)
    for folder, group in groups.items():
        pages, text_pages, plumbed, seconds = fast_path(group)
        share = plumbed / text_pages if text_pages else 0.0
        print(f"{folder}: {len(group)} PDFs, {pages} pages ({text_pages} with text)")
        print(f"  read_document: {pages / seconds:7.1f} pages/s, {text_pages / seconds:7.1f} text pages/s "
              f"({seconds:.2f} s); tables searched on {plumbed} pages ({share:.0%} of text pages)")
        n, plumber_seconds = plumber_only(group)
        print(f"  pdfplumber alone (text + tables, every page): {n / plumber_seconds:7.1f} pages/s "
              f"({plumber_seconds:.2f} s)")


if __name__ == "__main__":
    main(sys.argv[1:])
