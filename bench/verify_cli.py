"""Time `raadslens verify` of a two-sentence draft from a cold CLI, and say whether spaCy was imported.

Each run is a fresh process (what a user typing the command pays); printed are
the wall-clock seconds and the CPU seconds (user + sys) of each run, so a busy
shared machine can be told apart from slow code.  The archive is ``--data``,
or corpus/ ingested into a temporary folder first (about 25 s, not timed).

    .venv/bin/python bench/verify_cli.py --runs 5
    .venv/bin/python bench/verify_cli.py --data var --runs 5
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DRAFT = (
    "In 2024 waren er 150 meldingen van mensenhandel in de regio Rotterdam. "
    "Het ESSM telde 63 slachtoffers in Capelle aan den IJssel.\n"
)
RAADSLENS = Path(sys.executable).with_name("raadslens")
PROBE = (
    "import sys\nfrom web.cli import main\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
    "print('spacy geladen:', 'spacy' in sys.modules, file=sys.stderr)\n"
)


def cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds user + sys) of one run of ``command``."""
    cpu, started = cpu_of_children(), time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started, cpu_of_children() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="an archive folder (default: corpus/ ingested into a temporary one)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = args.data or Path(tmp) / "var"
        env = {**os.environ, "RAADSLENS_DATA": str(data)}
        if args.data is None:
            subprocess.run([str(RAADSLENS), "ingest", str(ROOT / "corpus")], env=env, check=True, capture_output=True)
        draft = Path(tmp) / "concept.txt"
        draft.write_text(DRAFT, encoding="utf-8")
        probe = subprocess.run(
            [sys.executable, "-c", PROBE, "verify", str(draft)], env=env, capture_output=True, text=True, check=True
        )
        print(probe.stderr.strip().splitlines()[-1])
        for run in range(1, args.runs + 1):
            wall, cpu = timed([str(RAADSLENS), "verify", str(draft)], env)
            print(f"run {run}: {wall:.2f} s, CPU {cpu:.2f} s (user + sys)", flush=True)


if __name__ == "__main__":
    main()
