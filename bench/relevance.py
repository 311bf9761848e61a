"""Search relevance: raadslens against a plain SQLite FTS5 BM25 (OR) baseline.

The relevance set (``bench/relevance_set.json``) holds queries typed as
people type them, each with the documents that answer it (grade 2) or are
related (grade 1), judged by reading the documents of ``corpus/`` and
``../shared/amsterdam/``.  A judgment names a document by its file name;
``"file#page"`` narrows it to one page.  Queries are split once into a
tune and a test half by the sha1 of their id (even/odd); the test half is
what counts.

    .venv/bin/python bench/relevance.py                 # test half (and tune half, labelled)
    .venv/bin/python bench/relevance.py --show 'q07'    # what each system returns for one query

Both systems rank documents: a result list of passages is cut to the first
hit of each document (the document's best passage), as the search page
shows them.  Prints nDCG@10, recall@10 (grade >= 1), MRR (first grade >= 1),
the share of queries with no hit and the share whose first hit is relevant,
per kind and overall, and p50/p95 latency of the ranked (optional-word)
queries next to strict AND queries on the same engine.

The data folder (``--data``, default ``/tmp/raadslens-relevance-data``) is
ingested once and reused; a changed analyzer rebuilds only the index.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import sqlite3
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from search import Archive, ingest_paths  # noqa: E402

SET_FILE = Path(__file__).with_name("relevance_set.json")
DEFAULT_DATA = Path("/tmp/raadslens-relevance-data")
AMSTERDAM = ROOT.parent / "shared" / "amsterdam"
K = 10
POOL = 200  # passages fetched per query before cutting to documents


def half(query_id: str) -> str:
    """'test' or 'tune', fixed by the sha1 of the id.

    >>> half("q01"), half("q02")
    ('tune', 'test')
    """
    return "test" if int(hashlib.sha1(query_id.encode()).hexdigest(), 16) % 2 else "tune"


def load_set(path: Path = SET_FILE) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["queries"]


def open_archive(data: Path) -> Archive:
    """The benchmark archive, ingested on first use."""
    fresh = not (data / "raadslens.sqlite3").exists()
    archive = Archive.open(data)
    if fresh or archive.store.count_documents() == 0:
        sources = [str(ROOT / "corpus")] + ([str(AMSTERDAM)] if AMSTERDAM.exists() else [])
        report = ingest_paths(archive, sources)
        print(f"ingelezen: {len(report.added)} documenten in {data}", file=sys.stderr)
    return archive


# -- the baseline ----------------------------------------------------------------


class Fts5Baseline:
    """SQLite FTS5 over the same passages, BM25, every word optional (OR)."""

    def __init__(self, archive: Archive):
        self.conn = sqlite3.connect(":memory:")
        self.conn.execute(
            "CREATE VIRTUAL TABLE p USING fts5(text, file UNINDEXED, page UNINDEXED, "
            "tokenize = 'unicode61 remove_diacritics 2')"
        )
        rows = archive.store.conn.execute(
            "SELECT p.text, d.file, p.page FROM passages p JOIN documents d ON d.id = p.doc_id"
        ).fetchall()
        self.conn.executemany("INSERT INTO p (text, file, page) VALUES (?, ?, ?)", [tuple(r) for r in rows])
        self.passages = len(rows)

    def search(self, text: str, limit: int = POOL) -> list[tuple[str, int]]:
        match = fts5_or(text)
        if not match:
            return []
        rows = self.conn.execute(
            "SELECT file, page FROM p WHERE p MATCH ? ORDER BY bm25(p) LIMIT ?", (match, limit)
        ).fetchall()
        return [(r[0], r[1]) for r in rows]


def fts5_or(text: str) -> str:
    """The query as an FTS5 OR expression: phrases kept, '-' and '+' dropped.

    >>> fts5_or('mensenhandel "Koffer Verkeerd" -politie')
    '"mensenhandel" OR "koffer verkeerd" OR "politie"'
    """
    parts = []
    for quoted, bare in re.findall(r'"([^"]*)"|(\S+)', text):
        words = re.findall(r"[^\W_]+", (quoted or bare).lower())
        if words and (quoted or words[0] not in ("of", "or", "en")):
            parts.append('"' + " ".join(words) + '"')
    return " OR ".join(parts)


# -- raadslens --------------------------------------------------------------------


def raadslens_docs(archive: Archive, text: str) -> list[tuple[str, int]]:
    """The documents raadslens returns, best first, each with the page of its best hit."""
    try:
        return [(h.file, h.page) for h in archive.search(text, limit=K, group=True).hits]
    except TypeError:  # an archive from before grouped results
        return first_per_document([(h.file, h.page) for h in archive.search(text, limit=POOL).hits])


def first_per_document(hits: list[tuple[str, int]]) -> list[tuple[str, int]]:
    seen, out = set(), []
    for file, page in hits:
        if file not in seen:
            seen.add(file)
            out.append((file, page))
    return out


# -- metrics ----------------------------------------------------------------------


def grade(judged: dict[str, int], file: str, page: int) -> int:
    return judged.get(f"{file}#{page}", judged.get(file, 0))


def scores(judged: dict[str, int], ranked: list[tuple[str, int]]) -> dict[str, float]:
    top = ranked[:K]
    grades = [grade(judged, f, p) for f, p in top]
    dcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(grades))
    ideal_grades = sorted(_best_per_file(judged).values(), reverse=True)[:K]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal_grades))
    relevant = {f for f, g in _best_per_file(judged).items() if g >= 1}
    found = {f for (f, p), g in zip(top, grades) if g >= 1}
    first = next((i for i, g in enumerate(grades) if g >= 1), None)
    return {
        "ndcg": dcg / idcg if idcg else 0.0,
        "recall": len(found) / len(relevant) if relevant else 0.0,
        "mrr": 1 / (first + 1) if first is not None else 0.0,
        "nohit": float(not top),
        "first": float(bool(grades) and grades[0] >= 1),
    }


def _best_per_file(judged: dict[str, int]) -> dict[str, int]:
    best: dict[str, int] = {}
    for key, g in judged.items():
        file = key.split("#")[0]
        best[file] = max(best.get(file, 0), g)
    return best


def table(rows: list[dict], systems: dict[str, dict[str, dict]]) -> str:
    kinds = sorted({r["kind"] for r in rows})
    head = f"{'kind':<10} {'n':>3} " + " ".join(f"{name:>40}" for name in systems)
    sub = f"{'':<10} {'':>3} " + " ".join(f"{'nDCG  rec@10  MRR  nohit first':>40}" for _ in systems)
    lines = [head, sub]
    for kind in kinds + ["ALL"]:
        ids = [r["id"] for r in rows if kind == "ALL" or r["kind"] == kind]
        cells = []
        for per_query in systems.values():
            m = {key: statistics.mean(per_query[i][key] for i in ids) for key in per_query[ids[0]]}
            cells.append(
                f"{m['ndcg']:>10.2f} {m['recall']:>6.2f} {m['mrr']:>5.2f} {m['nohit']:>5.0%} {m['first']:>5.0%}"
            )
        lines.append(f"{kind:<10} {len(ids):>3} " + " ".join(f"{c:>40}" for c in cells))
    return "\n".join(lines)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def latencies(archive: Archive, rows: list[dict], repeat: int) -> None:
    """p50/p95 (wall and CPU) of the ranked queries and of the same words as strict AND (``strict=True``).

    An archive that keeps its units' tokenised text for the ranking
    (``forget_readings``) is also timed with that cache emptied before each
    query ("cold"), so what it saves on repeated queries shows apart.
    """
    modes = [
        ("ranked (optional words)", {"group": True}, False),
        ("AND (every word required)", {"strict": True}, False),
    ]
    if hasattr(archive, "forget_readings"):
        modes.insert(1, ("ranked, cold rerank cache", {"group": True}, True))
    runs: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name, _, _ in modes}
    for name, options, cold in modes:  # one mode at a time: a cold run must not empty the warm run's cache
        for row in [r for _ in range(repeat) for r in rows]:
            if cold:
                archive.forget_readings()
            wall, cpu = time.perf_counter(), time.process_time()
            try:
                archive.search(row["query"], limit=K, **options)
            except TypeError:  # an archive from before ranked search: its search is the AND one
                archive.search(row["query"], limit=K)
            runs[name][0].append(time.perf_counter() - wall)
            runs[name][1].append(time.process_time() - cpu)
    for name, (wall, cpu) in runs.items():
        print(
            f"{name:<28} p50 {percentile(wall, 0.5) * 1000:7.1f} ms   p95 {percentile(wall, 0.95) * 1000:7.1f} ms"
            f"   (CPU p50 {percentile(cpu, 0.5) * 1000:6.1f} ms, p95 {percentile(cpu, 0.95) * 1000:6.1f} ms)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--show", help="print what each system returns for this query id")
    parser.add_argument("--repeat", type=int, default=3, help="latency runs over the set")
    parser.add_argument("--half", choices=("test", "tune"), help="score only this half (tune while tuning)")
    args = parser.parse_args()
    rows = load_set()
    archive = open_archive(args.data)
    baseline = Fts5Baseline(archive)
    print(f"{archive.store.count_documents()} documenten, {baseline.passages} passages, {len(rows)} vragen")
    if args.show:
        row = next(r for r in rows if r["id"] == args.show)
        for name, ranked in (
            ("raadslens", raadslens_docs(archive, row["query"])),
            ("fts5", first_per_document(baseline.search(row["query"]))),
        ):
            print(f"-- {name}: {row['query']}")
            for file, page in ranked[:K]:
                print(f"  {grade(row['judged'], file, page)}  {file}#{page}")
        return
    per_system: dict[str, dict[str, dict]] = defaultdict(dict)
    if args.half:
        rows = [r for r in rows if half(r["id"]) == args.half]
    for row in rows:
        per_system["raadslens"][row["id"]] = scores(row["judged"], raadslens_docs(archive, row["query"]))
        per_system["SQLite FTS5 BM25 OR"][row["id"]] = scores(
            row["judged"], first_per_document(baseline.search(row["query"]))
        )
    for name in ("test", "tune"):
        part = [r for r in rows if half(r["id"]) == name]
        if not part:
            continue
        label = "TEST half (not tuned on)" if name == "test" else "tune half (tuned on; for reference only)"
        print(f"\n== {label}: {len(part)} queries")
        print(table(part, per_system))
    timed = args.half or "test"
    print(f"\n== latency, {timed} half, same engine")
    latencies(archive, [r for r in rows if half(r["id"]) == timed], args.repeat)
    archive.close()


if __name__ == "__main__":
    main()
