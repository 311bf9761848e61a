"""Speed of the layout + tables path against pdfplumber alone.  Prints figures; asserts nothing.

    .venv/bin/python bench/tables.py [folder or PDF ...]   (default: corpus/ and ../shared/realdocs/)
    .venv/bin/python bench/tables.py --generated 500       (a generated 500-page PDF: pages/s and RSS)

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
    """Pages, text pages, pages searched for tables, CPU seconds (other processes on the machine do not count)."""
    pages = text_pages = plumbed = 0
    start = time.process_time()
    for path in files:
        document = read_document(path)
        pages += len(document.pages)
        text_pages += sum(1 for p in document.pages if p.has_text_layer)
        plumbed += sum(1 for p in document.pages if p.text and has_table_rows(p.text.splitlines()))
    return pages, text_pages, plumbed, time.process_time() - start


def plumber_only(files: list[Path]) -> tuple[int, float]:
    import pdfplumber

    pages = 0
    start = time.process_time()
    for path in files:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.find_tables()
                page.close()
                pages += 1
    return pages, time.process_time() - start


def generated(n_pages: int, folder: Path) -> Path:
    """A council-style PDF: running header, page numbers, a paragraph per line block, a ruled table every 10 pages."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    body = getSampleStyleSheet()["BodyText"]
    text = (
        "In 2025 is 191 keer het meldpunt benaderd. De meeste meldingen (108) hadden betrekking op "
        "gemeente Rotterdam; uit Zuid-Holland Zuid kwamen 14 meldingen en van 6 is de gemeente onbekend. "
    ) * 4
    story = []
    for page in range(n_pages):
        story += [Paragraph(text, body) for _ in range(5)]
        if page % 10 == 0:
            rows = [["", "2023", "2024", "2025"]] + [
                [f"Gemeente {i}", str(i), str(2 * i), str(3 * i)] for i in range(8)
            ]
            story.append(Table(rows, style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)])))
        story.append(PageBreak())

    def furniture(canvas, doc):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, A4[1] - 40, "Mensenhandelmonitor 2025 | Regio Rotterdam")
        canvas.drawString(72, 30, f"pagina {doc.page}")

    path = folder / f"gegenereerd-{n_pages}.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story, onFirstPage=furniture, onLaterPages=furniture)
    return path


def main(args: list[str]) -> None:
    if args[:1] == ["--generated"]:
        import tempfile

        import psutil

        with tempfile.TemporaryDirectory() as folder:
            path = generated(int(args[1]) if len(args) > 1 else 500, Path(folder))
            pages, text_pages, plumbed, seconds = fast_path([path])
            rss = psutil.Process().memory_info().rss / 2**20
        print(
            f"{path.name}: {pages} pages in {seconds:.2f} s = {pages / seconds:.0f} pages/s; tables searched on "
            f"{plumbed} pages; RSS after reading {rss:.0f} MB"
        )
        return
    files = pdfs(args)
    groups: dict[str, list[Path]] = {}
    for path in files:
        groups.setdefault(str(path.parent), []).append(path)
    for folder, group in groups.items():
        pages, text_pages, plumbed, seconds = fast_path(group)
        share = plumbed / text_pages if text_pages else 0.0
        print(f"{folder}: {len(group)} PDFs, {pages} pages ({text_pages} with text)")
        print(
            f"  read_document: {pages / seconds:7.1f} pages/s, {text_pages / seconds:7.1f} text pages/s "
            f"({seconds:.2f} CPU s); tables searched on {plumbed} pages ({share:.0%} of text pages)"
        )
        n, plumber_seconds = plumber_only(group)
        print(
            f"  pdfplumber alone (text + tables, every page): {n / plumber_seconds:7.1f} pages/s "
            f"({plumber_seconds:.2f} s)"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
