"""The PDFs the benchmarks read, made from the repository's own documents (no binary is committed).

- :func:`dense_pdf`: a generated PDF whose every line holds a figure (37 per page).
- :func:`real_pages_pdf`: real council pages in one PDF, the text-layer PDFs of
  corpus/ and ../shared/realdocs cycled.
- :func:`benchmark_files`: both at 500 pages, kept in :data:`WORK` between runs
  (the oracles compare dumps made by separate runs).
"""

from __future__ import annotations

import itertools
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

WORK = Path(tempfile.gettempdir()) / "raadslens-bench"
SCANS = {
    "lnv_nota_blg-1007826_scan.pdf",
    "vws_woo-deelbesluit_brief_scan.pdf",
    "mensenhandelmonitor-2024-regio-rotterdam.pdf",
}  # no text layer: OCR, not the text path


def all_pdfs() -> list[Path]:
    """Every PDF of corpus/ and ../shared/realdocs, in a fixed order."""
    return sorted(ROOT.glob("corpus/*.pdf")) + sorted((SHARED / "realdocs").glob("*.pdf"))


def text_layer_pdfs() -> list[Path]:
    """The PDFs of corpus/ and realdocs/ that have a text layer."""
    return [path for path in all_pdfs() if path.name not in SCANS]


def dense_pdf(path: Path, pages: int) -> Path:
    from pdfgen import text_pdf

    return text_pdf(path, pages, "Bench")


def real_pages_pdf(path: Path, pages: int) -> Path:
    """One PDF of ``pages`` real council pages (:func:`text_layer_pdfs`, cycled)."""
    import pikepdf

    sources = [pikepdf.open(f) for f in text_layer_pdfs()]
    out = pikepdf.new()
    for page in itertools.islice(itertools.cycle([p for s in sources for p in s.pages]), pages):
        out.pages.append(page)
    out.save(path)
    return path


def benchmark_files() -> list[Path]:
    """The 500 real pages (``echt.pdf``) and the 500 dense generated pages (``vijfhonderd.pdf``), made when missing."""
    WORK.mkdir(parents=True, exist_ok=True)
    made = []
    for name, make in (("echt.pdf", real_pages_pdf), ("vijfhonderd.pdf", dense_pdf)):
        path = WORK / name
        if not path.exists():
            make(path, 500)
        made.append(path)
    return made
