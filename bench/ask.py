"""Ask benchmark: right, wrong and abstained answers per kind of question, and answer latency.

The questions are ``bench/ask_set.py`` (written by reading the documents; split once into tune and
test halves by the sha1 of their ids).  The archive is corpus/ plus ../shared/amsterdam/ ingested
into a data folder (kept between runs, ``--data``).  Headline: wrong answers.

    .venv/bin/python bench/ask.py                 # test half, then tune half (labelled)
    .venv/bin/python bench/ask.py --half test -v  # every wrong or abstained question of the test half

A figure answer is right when its value is the expected one (when the sources disagree, when the
expected value is among the values shown); a text answer when its text holds one of the expected
phrases; when a source file is named, one source must come from it.  For a question the archive
cannot answer, only "Geen antwoord gevonden in het archief" is right.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.ask_set import ITEMS, half  # noqa: E402
from search import Archive, ingest_paths  # noqa: E402
from search.answer import analyse, ask  # noqa: E402
from search.index.analysis import fold  # noqa: E402

DEFAULT_DATA = ROOT / "bench" / "out" / "ask-data"


def archive_at(data: Path) -> Archive:
    """The bench archive, ingesting corpus/ and ../shared/amsterdam/ the first time."""
    fresh = not (data / "raadslens.sqlite3").exists()
    archive = Archive.open(data)
    if fresh:
        paths = [str(ROOT / "corpus")]
        amsterdam = ROOT.parent / "shared" / "amsterdam"
        if amsterdam.exists():
            paths.append(str(amsterdam))
        print(f"archief opbouwen in {data} ...", flush=True)
        ingest_paths(archive, paths)
    return archive


def judge(answer, expected, source: str) -> str:
    """right, wrong or abstained."""
    if answer.answer is None:
        return "right" if expected is None else "abstained"
    if expected is None:
        return "wrong"
    if source and not any(source.lower() in s.file.lower() for s in answer.sources):
        return "wrong"
    if isinstance(expected, str):
        text = fold(f"{answer.answer.text} {answer.answer.label}")
        return "right" if any(fold(p) in text for p in expected[5:].split("|")) else "wrong"
    values = [answer.answer.value] if answer.agree is not False else [s.value for s in answer.sources]
    return (
        "right"
        if any(v is not None and abs(v - expected) <= max(0.005 * abs(expected), 1e-9) for v in values)
        else "wrong"
    )


def run(archive: Archive, which: str, verbose: bool) -> tuple[dict, list[float]]:
    table: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    times = []
    for item_id, question, expected, source, kind in ITEMS:
        if half(item_id) != which:
            continue
        started = time.perf_counter()
        answer = ask(archive, question)
        times.append((time.perf_counter() - started) * 1000)
        verdict = judge(answer, expected, source)
        group = "onbeantwoordbaar" if expected is None else "beantwoordbaar"
        for key in (kind, group, "totaal"):
            table[key][verdict] += 1
            table[key]["differ"] += answer.agree is False
        if verbose and verdict != "right":
            got = answer.answer.text[:150] if answer.answer else answer.reason
            print(
                f"  {verdict:9} {item_id} [{answer.method}] {question}\n            verwacht {expected!r}; "
                f"kreeg {got!r} {[f'{s.file[:28]} p{s.page}' for s in answer.sources[:2]]}"
            )
    return table, times


ODD_NOUNS = ("giraffen", "ijsberen", "kangoeroes", "zeilboten", "tuinkabouters")


def near_misses(question: str, k: int) -> list[str]:
    """Questions the archive cannot answer, made from an answerable one: its year moved to 2011, its
    longest subject word swapped for an animal or a toy, its place for Groningen.  An answer to any
    of them is wrong; they test abstention on questions nobody wrote by hand."""
    asked = analyse(question)
    out = []
    if re.search(r"\b20[12]\d\b", question):
        out.append(re.sub(r"\b20[12]\d\b", "2011", question))
    words = asked.subject.split()
    if words:
        head = max(words, key=len)
        out.append(re.sub(rf"\b{re.escape(head)}\b", ODD_NOUNS[k % len(ODD_NOUNS)], question, count=1))
    if asked.place and asked.place.lower() in question.lower():
        out.append(re.sub(re.escape(asked.place), "Groningen", question, flags=re.I))
    return [v for v in out if v != question]


def run_near(archive: Archive, which: str, verbose: bool) -> tuple[int, int]:
    """(answered, asked) over the near misses of the half's answerable questions."""
    answered = total = 0
    for k, (item_id, question, expected, _source, _kind) in enumerate(ITEMS):
        if half(item_id) != which or expected is None:
            continue
        for variant in near_misses(question, k):
            total += 1
            found = ask(archive, variant)
            if found.answer is not None:
                answered += 1
                if verbose:
                    print(f"  beantwoord {item_id} [{found.method}] {variant}\n            {found.answer.text[:150]!r}")
    return answered, total


def report(which: str, table: dict, times: list[float]) -> None:
    print(f"\n== {which} half ({len(times)} vragen) ==")
    print(f"{'soort':18} {'n':>4} {'goed':>5} {'fout':>5} {'geen':>5}  goed%  (bronnen verschillen)")
    order = sorted(k for k in table if k not in ("beantwoordbaar", "onbeantwoordbaar", "totaal"))
    for key in order + ["beantwoordbaar", "onbeantwoordbaar", "totaal"]:
        row = table.get(key, {})
        n = sum(v for k, v in row.items() if k != "differ")
        if not n:
            continue
        print(
            f"{key:18} {n:4} {row.get('right', 0):5} {row.get('wrong', 0):5} {row.get('abstained', 0):5}"
            f"  {100 * row.get('right', 0) / n:5.1f}  ({row.get('differ', 0)})"
        )
    total = table["totaal"]
    n = sum(v for k, v in total.items() if k != "differ")
    print(
        f"fout totaal: {total.get('wrong', 0)} van {n} ({100 * total.get('wrong', 0) / max(n, 1):.1f}%); "
        f"fout op onbeantwoordbare: {table['onbeantwoordbaar'].get('wrong', 0)}"
    )
    warm = sorted(times[1:]) or times
    print(
        f"tijd per antwoord (warm): p50 {statistics.median(warm):.0f} ms, "
        f"p95 {warm[int(0.95 * (len(warm) - 1))]:.0f} ms, max {warm[-1]:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--half", choices=("test", "tune", "both"), default="both")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    archive = archive_at(args.data)
    ask(archive, "hoeveel meldingen in 2024")  # warm-up: label index, lemma table, index readers
    for which in ("test", "tune") if args.half == "both" else (args.half,):
        if which == "tune":
            print("\n(tune half: tuned on, not a measurement of unseen questions)")
        table, times = run(archive, which, args.verbose)
        report(which, table, times)
        answered, total = run_near(archive, which, args.verbose and which == "tune")
        print(
            f"gemaakte bijna-vragen (jaar 2011, ander onderwerp, andere plaats): {answered} van {total} beantwoord (fout)"
        )
    archive.close()


if __name__ == "__main__":
    main()
