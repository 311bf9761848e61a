"""How well ``ingest/quality.py`` tells garbled text layers from readable text, on pages nobody tuned it on.

    .venv/bin/python bench/quality.py

Readable pages: the ~600 Amsterdam council texts (OCR text files, split on
form feeds) and every text page of corpus/ and ../shared/realdocs/.
Garbled pages: the text layers of ../shared/zoo/ that reading the files
showed to be garbage (control characters, glyph codes, Cyrillic read as
Latin, content-stream code).  Each page is put in the tune or the test half
once, by the sha1 of its id (file and page number): even → tune, odd →
test.  The threshold (0.6) and the word rules were set looking at tune pages
only; the table prints the test half (the tune half below it, labelled).
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path[:0] = [str(ROOT)]

GARBLED_PAGES = {  # zoo file → pages whose text layer is garbage (1-based)
    "good/pdfjs__TAMReview.pdf": range(2, 23),
    "script/pdfjs__ThuluthFeatures.pdf": [1],
    "script/pdfjs__issue12963.pdf": range(1, 9),
    "font/miner__issue-791-non-unicode-cmap.pdf": [1],
    "stream/pdfjs__poppler-90-0-fuzzed.pdf": [14],
}


def half(item: str) -> str:
    return "test" if int(hashlib.sha1(item.encode()).hexdigest(), 16) % 2 else "tune"


def pdf_pages(path: Path):
    import pypdfium2 as pdfium  # the bench reads like ingest/pdf.py does; only the text layer

    pdf = pdfium.PdfDocument(path)
    try:
        for index in range(len(pdf)):
            yield index + 1, pdf[index].get_textpage().get_text_range().replace("\ufffe", "-")
    finally:
        pdf.close()


def readable():
    for path in sorted((SHARED / "amsterdam").rglob("*.ocr")):
        for number, text in enumerate(path.read_text(encoding="utf-8", errors="replace").split("\f"), start=1):
            yield f"{path.relative_to(SHARED)}#{number}", text
    scans = {"lnv_nota_blg-1007826_scan.pdf", "vws_woo-deelbesluit_brief_scan.pdf"}
    for path in sorted(ROOT.glob("corpus/*.pdf")) + sorted((SHARED / "realdocs").glob("*.pdf")):
        if path.name not in scans:
            for number, text in pdf_pages(path):
                yield f"{path.name}#{number}", text


def garbled():
    for name, numbers in GARBLED_PAGES.items():
        pages = dict(pdf_pages(SHARED / "zoo" / name))
        for number in numbers:
            yield f"{name}#{number}", pages[number]


def main() -> None:
    from ingest.quality import GARBLED, score

    counts = {}
    for kind, items in (("readable", readable()), ("garbled", garbled())):
        for item, text in items:
            if sum(c.isalnum() for c in text) < 40:
                continue  # too short to judge either way
            key = (half(item), kind)
            total, flagged = counts.get(key, (0, 0))
            counts[key] = (total + 1, flagged + (score(text) < GARBLED))
    print(f"{'half':5} {'pages':16} {'n':>6} {'flagged garbled':>16}")
    for part in ("test", "tune"):
        for kind in ("readable", "garbled"):
            total, flagged = counts.get((part, kind), (0, 0))
            label = f"{part}" + ("" if part == "test" else " (tuned on)")
            print(f"{label:5} {kind:16} {total:6d} {flagged:7d} = {flagged / max(total, 1):6.1%}")


if __name__ == "__main__":
    main()
