"""Dump what ``read_document`` makes of a fixed set of files, to prove that a speed-up changes nothing.

Usage: ``.venv/bin/python bench/read_oracle.py OUT.json`` before and after a
change, then ``cmp`` the two dumps: they must be byte-identical.

The set: the two 500-page benchmark PDFs (``benchpdfs.benchmark_files``),
every PDF in corpus/ and ../shared/realdocs/, the generated council letters
(tests/letters_factory.py, written once to ``benchpdfs.WORK``/letters and reused) and
every .txt/.md in ../shared/seeds and ../shared/realdocs.  Scans are not
OCR'd (the OCR binary given does not exist), so the dump is deterministic.
"""

from __future__ import annotations

import argparse
import dataclasses
import glob
import json
from pathlib import Path

from benchpdfs import ROOT, WORK, all_pdfs, benchmark_files

from ingest import IngestError, OcrConfig, read_document  # noqa: E402

NO_OCR = OcrConfig(binary="/nonexistent/tesseract")


def letter_files() -> list[Path]:
    """The generated council letters, written once and reused (reportlab stamps the date)."""
    from letters_factory import write_all

    folder = WORK / "letters"
    if not folder.exists():
        write_all(folder)
    return sorted(folder.glob("*.pdf"))


def all_files() -> list[Path]:
    texts = [
        p
        for pattern in ("../shared/seeds/*", "../shared/realdocs/*")
        for p in sorted(glob.glob(str(ROOT / pattern)))
        if p.endswith((".txt", ".md"))
    ]
    return benchmark_files() + all_pdfs() + letter_files() + [Path(p) for p in texts]


def rounded(value):
    """Floats to 3 decimals, all the way down; tuples become lists (as JSON has them)."""
    if isinstance(value, float):
        return round(value, 3)
    if isinstance(value, dict):
        return {k: rounded(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [rounded(v) for v in value]
    return value


def dump(path: Path) -> dict:
    try:
        document = read_document(path, ocr=NO_OCR)
    except IngestError as err:
        return {"error": f"{type(err).__name__}: {err}"}
    data = dataclasses.asdict(document)
    data["path"] = path.name
    return rounded(data)


def main(out: str) -> None:
    dumps = {str(path.relative_to(path.parent.parent)): dump(path) for path in all_files()}
    Path(out).write_text(json.dumps(dumps, ensure_ascii=False, indent=0, sort_keys=True))
    pages = sum(len(d.get("pages", ())) for d in dumps.values())
    print(f"{len(dumps)} files, {pages} pages → {out}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="JSON file to write the dump to")
    main(parser.parse_args().out)
