"""Dump every Extraction of a fixed set of documents as canonical JSON, to prove a speed-up changes nothing.

Reads (without OCR: scanned pages stay un-OCR'd, so the run is deterministic)
the generated 500-page benchmark PDF, every file in corpus/ and
../shared/realdocs/, the seeds in ../shared/seeds and all of
../shared/amsterdam, runs ``extract`` on each and writes one JSON line per
document (``dataclasses.asdict``, sorted keys) to the output file.  It also
prints the CPU seconds ``extract`` took per group (language data loaded beforehand with ``extract.prepare``).

    .venv/bin/python bench/extract_oracle.py /tmp/before.jsonl
    ... change extract/ ...
    .venv/bin/python bench/extract_oracle.py /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import time
from dataclasses import asdict
from pathlib import Path

from benchpdfs import ROOT, SHARED, benchmark_files

from extract import extract, prepare  # noqa: E402
from ingest import IngestError, discover, read_document  # noqa: E402


def groups() -> dict[str, list[Path]]:
    """The documents, by group, in a fixed order."""
    return {
        "bench": [benchmark_files()[1]],
        "corpus": discover([ROOT / "corpus"]),
        "realdocs": discover([SHARED / "realdocs"]),
        "seeds": discover([SHARED / "seeds"]),
        "amsterdam": discover([SHARED / "amsterdam"]),
    }


def canonical(extraction) -> str:
    """One line of JSON that two equal Extractions always share."""
    return json.dumps(asdict(extraction), sort_keys=True, ensure_ascii=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the JSON-lines file to write")
    parser.add_argument("--only", nargs="*", help="only these groups (bench corpus realdocs seeds amsterdam)")
    args = parser.parse_args()
    prepare()
    with args.out.open("w", encoding="utf-8") as out:
        for group, paths in groups().items():
            if args.only and group not in args.only:
                continue
            cpu = 0.0
            for path in paths:
                try:
                    document = read_document(path)
                except IngestError as error:
                    out.write(json.dumps({"path": os.path.relpath(path, ROOT), "error": str(error)}) + "\n")
                    continue
                started = time.process_time()
                extraction = extract(document)
                cpu += time.process_time() - started
                out.write(json.dumps({"path": os.path.relpath(path, ROOT)}) + "\t" + canonical(extraction) + "\n")
            print(f"{group:10} {len(paths):4} documents  extract {cpu:6.2f} CPU s", flush=True)


if __name__ == "__main__":
    main()
