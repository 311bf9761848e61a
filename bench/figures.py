"""Figure extraction speed and noise: prints figures, not a pass/fail.

    .venv/bin/python bench/figures.py [--ingest]

Per collection (corpus/ and ../shared/amsterdam/): pages, seconds spent in
``extract`` (all of it, figures included) and in figure extraction alone,
pages per second, figures per 1,000 characters and the share of figures
without a label.  ``--ingest`` also times a full ``ingest_paths`` (read,
extract, store, index) of ../shared/amsterdam/ into a temporary folder.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract import extract, prepare  # noqa: E402
from extract.figures import extract_figures  # noqa: E402
from ingest import IngestError, discover, read_document  # noqa: E402


def documents(folder: Path):
    for path in discover([str(folder)]):
        try:
            yield read_document(path)
        except IngestError:
            continue


def measure(name: str, folder: Path) -> None:
    if not folder.exists():
        print(f"{name}: {folder} ontbreekt")
        return
    docs = [d for d in documents(folder)]
    pages = sum(len(d.pages) for d in docs if not all(p.needs_ocr for p in d.pages))
    chars = sum(len(p.text) for d in docs for p in d.pages)
    start = time.perf_counter()
    extractions = [extract(d) for d in docs]
    all_seconds = time.perf_counter() - start
    start = time.perf_counter()
    for d, x in zip(docs, extractions):
        extract_figures(d.pages, x.meta, x.tables)
    figure_seconds = time.perf_counter() - start
    figures = [f for x in extractions for f in x.figures]
    empty = sum(1 for f in figures if not f.label)
    print(f"{name}: {len(docs)} documenten, {pages} pagina's, {chars} tekens")
    print(f"  extract (alles): {all_seconds:.2f} s = {pages / all_seconds:.0f} pagina's/s")
    print(f"  alleen cijfers:  {figure_seconds:.2f} s = {1000 * figure_seconds / max(pages, 1):.2f} ms/pagina")
    print(
        f"  {len(figures)} cijfers = {1000 * len(figures) / max(chars, 1):.2f} per 1.000 tekens; "
        f"zonder label: {empty / max(len(figures), 1):.1%}"
    )


def measure_ingest(folder: Path) -> None:
    from search import Archive, ingest_paths

    with tempfile.TemporaryDirectory() as tmp:
        archive = Archive.open(tmp)
        start = time.perf_counter()
        ingest_paths(archive, [str(folder)])
        seconds = time.perf_counter() - start
        pages = archive.store.conn.execute("SELECT count(*) FROM pages").fetchone()[0]
        figures = archive.store.conn.execute("SELECT count(*) FROM figures").fetchone()[0]
        archive.close()
    print(
        f"ingest {folder.name}: {pages} pagina's in {seconds:.1f} s = {pages / seconds:.0f} pagina's/s, {figures} cijfers"
    )


if __name__ == "__main__":
    start = time.perf_counter()
    prepare()
    print(f"tokenizer, namenlijsten en woordenlijst laden: {time.perf_counter() - start:.2f} s (eenmalig)")
    measure("corpus", ROOT / "corpus")
    measure("amsterdam", ROOT.parent / "shared" / "amsterdam")
    if "--ingest" in sys.argv:
        measure_ingest(ROOT.parent / "shared" / "amsterdam")
