"""The engines side by side: whoosh, tantivy and PostgreSQL on the same synthetic archive.

Passages of 50-300 words are built from real council sentences (the corpus
PDFs read through ``ingest``/``extract``, and the Amsterdam texts in
``../shared/amsterdam``), shuffled deterministically, and written once to a
SQLite store; each engine then indexes a copy of that store through
``Archive.open`` (what ``raadslens`` itself does) and every query goes
through ``Archive.search`` (ten hits with marked snippets, the path the CLI
and the web app take).  Queries are interleaved: each round runs every query
on every engine, the engine order rotating, so load on the machine hits all
engines alike.  PostgreSQL is a throwaway server (``tests/pgserver.py``):
``postgres`` in a database where the RUM extension may be created (top-N
from the index), ``postgres-gin`` in one owned by a role that may not (GIN,
every match ranked), a fresh database per size.

    .venv/bin/python bench/engines.py                      # 10k and 100k passages
    .venv/bin/python bench/engines.py --sizes 10000 --engines whoosh tantivy
    .venv/bin/python bench/engines.py --sizes 100000 --engines postgres-gin postgres tantivy

Prints, per size, one table: build wall and CPU time (CPU of this process:
PostgreSQL's server work is in the wall time only), index size, query
p50/p95 overall and per query group, and whether each engine's totals equal
whoosh's (or the first engine's) on every query.  Also the analyzer's indexing fast path against the
slow path on the same passages.  Figures go into ``bench/README.md`` by hand.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.util
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "tests"))

from extract import DocumentMeta, Extraction, Passage  # noqa: E402
from ingest import Document, Page  # noqa: E402
from search import Archive  # noqa: E402
from search.index import analysis  # noqa: E402
from search.store.db import DB_FILE, Store  # noqa: E402

SEED = 2026
PASSAGES_PER_DOCUMENT = 100
PASSAGES_PER_PAGE = 10
WORDS = (50, 300)
DOCTYPES = ("monitor", "beleidskader", "beantwoording schriftelijke vragen", "raadsinformatiebrief")
AMSTERDAM = ROOT.parent / "shared" / "amsterdam"

QUERIES: dict[str, tuple[str, ...]] = {
    "words": (
        "mensenhandel",
        "slachtoffers",
        "meldingen",
        "gemeente",
        "woningen",
        "subsidie",
        "seksuele uitbuiting",
        "meldingen politie",
        "aanpak mensenhandel regio",
        "college raad 2024",
        "ESSM OF AVIM",
        "uitbuiting -arbeidsuitbuiting",
    ),
    "phrases": (
        '"seksuele uitbuiting"',
        '"Openbaar Ministerie"',
        '"regio Rotterdam"',
        '"sociaal domein"',
        '"schriftelijke vragen"',
        '"Koffer Verkeerd"',
    ),
    "common-word phrases": (
        '"van de gemeente"',
        '"in het kader van"',
        '"de gemeente"',
        '"dat er"',
        '"op het gebied van"',
        '"van de"',
        '"er is"',
        '"in de stad"',
    ),
}
_SENTENCE = re.compile(r"(?<=[.!?:;])\s+")


def corpus_sentences() -> list[str]:
    """The corpus PDFs' sentences (as bench/search.py reads them) and the Amsterdam texts' sentences."""
    spec = importlib.util.spec_from_file_location("bench_search", ROOT / "bench" / "search.py")
    bench_search = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench_search)
    sentences = bench_search.corpus_sentences()
    for path in sorted(AMSTERDAM.rglob("*.ocr")):
        text = " ".join(path.read_text(encoding="utf-8", errors="replace").split())
        sentences.extend(s for s in _SENTENCE.split(text) if 3 <= len(s.split()) <= 80)
    return sentences


def passages(sentences: list[str], n: int, rng: random.Random) -> list[str]:
    """``n`` passages of 50-300 words, each random council sentences end to end."""
    out = []
    for _ in range(n):
        target, words, parts = rng.randint(*WORDS), 0, []
        while words < target:
            sentence = rng.choice(sentences)
            parts.append(sentence)
            words += sentence.count(" ") + 1
        out.append(" ".join(parts))
    return out


def write_store(directory: Path, texts: list[str], rng: random.Random) -> None:
    """The passages as documents of 100 passages in a fresh SQLite store."""
    store = Store(directory / DB_FILE)
    try:
        for number in range(0, len(texts), PASSAGES_PER_DOCUMENT):
            store.save(*_document(number // PASSAGES_PER_DOCUMENT, texts[number : number + PASSAGES_PER_DOCUMENT], rng))
    finally:
        store.close()


def _document(number: int, texts: list[str], rng: random.Random) -> tuple[Document, Extraction]:
    passages_ = tuple(Passage(page=1 + i // PASSAGES_PER_PAGE, seq=i, text=t) for i, t in enumerate(texts))
    pages = tuple(
        Page(number=n, text="\n\n".join(p.text for p in passages_ if p.page == n))
        for n in range(1, passages_[-1].page + 1)
    )
    body = "\n\f".join(p.text for p in pages).encode()
    name = f"synthetisch-{number:05d}.txt"
    document = Document(f"/bench/{name}", hashlib.sha256(body).hexdigest(), "text", pages, size=len(body))
    meta = DocumentMeta(
        title=f"Synthetisch document {number}",
        doctype=rng.choice(DOCTYPES),
        doctype_confidence=0.5,
        year=rng.randint(2018, 2025),
    )
    return document, Extraction(meta=meta, passages=passages_)


def analyzer_fast_path(texts: list[str]) -> tuple[float, float]:
    """CPU seconds of the slow path (:func:`analysis.analysed`) and the fast path over ``texts``.

    Both with warm caches (the steady state of a long build): each is run once first.
    """

    def cpu(function) -> float:
        for text in texts[:2000]:
            function(text)
        started = time.process_time()
        for text in texts:
            function(text)
        return time.process_time() - started

    return cpu(analysis.analysed), cpu(analysis.indexed)


def index_size(name: str, directory: Path, dsn: str | None) -> float:
    """Megabytes the engine's index takes (PostgreSQL: the units table with its indexes)."""
    if name.startswith("postgres"):
        import psycopg

        with psycopg.connect(dsn) as conn:
            return conn.execute("SELECT pg_total_relation_size('raadslens_units')").fetchone()[0] / 1e6
    return sum(f.stat().st_size for f in (directory / "index").rglob("*") if f.is_file()) / 1e6


def build(name: str, base: Path, work: Path, dsn: str | None) -> tuple[Archive, float, float, float]:
    """Copy the store, open an archive on ``name`` (which indexes everything); wall s, CPU s, MB."""
    directory = work / name
    directory.mkdir()
    shutil.copy(base / DB_FILE, directory / DB_FILE)
    wall, cpu = time.perf_counter(), time.process_time()
    archive = Archive.open(directory, engine=name.split("-")[0], dsn=dsn)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return archive, wall, cpu, index_size(name, directory, dsn)


def interleaved(archives: dict[str, Archive], rounds: int) -> tuple[dict, dict]:
    """Milliseconds per (engine, group) over ``rounds`` rounds, and each engine's total per query."""
    names = list(archives)
    times: dict[tuple[str, str], list[float]] = {(n, g): [] for n in names for g in QUERIES}
    totals = {n: {q: _total(archives[n].search(q)) for qs in QUERIES.values() for q in qs} for n in names}  # warm-up
    for round_ in range(rounds):
        for group, queries in QUERIES.items():
            for i, query in enumerate(queries):
                shift = (round_ + i) % len(names)
                for name in names[shift:] + names[:shift]:
                    started = time.perf_counter()
                    archives[name].search(query, limit=10)
                    times[(name, group)].append((time.perf_counter() - started) * 1000)
    return times, totals


def _total(found) -> tuple[int, bool]:
    return found.total, found.total_exact


def agree(a: tuple[int, bool], b: tuple[int, bool]) -> bool:
    """Two totals agree: equal, or a capped one ("more than n - 1") below an exact one.

    >>> agree((7, True), (7, True)), agree((5001, False), (73553, True)), agree((5001, False), (12, True))
    (True, True, False)
    """
    if a[1] and b[1]:
        return a[0] == b[0]
    if not a[1] and not b[1]:
        return True
    capped, exact = (a, b) if not a[1] else (b, a)
    return exact[0] >= capped[0]


def shown(total: tuple[int, bool]) -> str:
    return str(total[0]) if total[1] else f">{total[0] - 1}"


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def database(name: str, server: str | None) -> str | None:
    """A fresh database for a PostgreSQL contender (``postgres-gin``: one whose role may not create RUM)."""
    from pgserver import fresh_database, plain_database

    if not name.startswith("postgres") or server is None:
        return None
    return plain_database(server) if name == "postgres-gin" else fresh_database(server)


def run(size: int, sentences: list[str], engines: list[str], rounds: int, server: str | None) -> None:
    rng = random.Random(SEED + size)
    texts = passages(sentences, size, rng)
    slow, fast = analyzer_fast_path(texts)
    words = sum(t.count(" ") + 1 for t in texts)
    print(f"\n## {size:,} passages ({words / size:.0f} words on average)\n")
    print(
        f"analyzer over the passages (warm caches): slow path {slow:.2f} CPU s, "
        f"fast path {fast:.2f} CPU s ({slow / fast:.1f}x less)\n"
    )
    with tempfile.TemporaryDirectory(prefix="raadslens-engines-") as tmp:
        base = Path(tmp) / "base"
        base.mkdir()
        write_store(base, texts, rng)
        archives, builds = {}, {}
        with contextlib.ExitStack() as stack:
            for name in engines:
                archives[name], *builds[name] = build(name, base, Path(tmp), database(name, server))
                rum = getattr(archives[name].engine, "rum", None)
                if rum is not None and rum != (name == "postgres"):
                    raise SystemExit(f"{name}: the engine took the {'RUM' if rum else 'GIN'} path")
                stack.callback(archives[name].close)
                print(f"  built {name}: {builds[name][0]:.1f} s", flush=True)
            times, totals = interleaved(archives, rounds)
        _table(engines, builds, times, totals, rounds)


def _table(engines, builds, times, totals, rounds) -> None:
    groups = list(QUERIES)
    print(
        f"\n{sum(len(q) for q in QUERIES.values())} queries x {rounds} rounds, interleaved; ms per search "
        "(10 hits with snippets)\n"
    )
    header = ["engine", "build wall s", "build CPU s", "index MB", "p50", "p95", "max"]
    header += [f"{g} p50/p95" for g in groups] + [f"totals = {'whoosh' if 'whoosh' in engines else engines[0]}"]
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    first = "whoosh" if "whoosh" in engines else engines[0]
    reference = totals[first]
    for name in engines:
        every = [t for g in groups for t in times[(name, g)]]
        same = (
            "-"
            if name == first
            else (
                "yes"
                if all(agree(totals[name][q], reference[q]) for q in reference)
                else "NO: " + ", ".join(q for q in reference if not agree(totals[name][q], reference[q]))
            )
        )
        row = [
            name,
            f"{builds[name][0]:.1f}",
            f"{builds[name][1]:.1f}",
            f"{builds[name][2]:.0f}",
            f"{statistics.median(every):.1f}",
            f"{percentile(every, 0.95):.1f}",
            f"{max(every):.0f}",
        ]
        row += [f"{statistics.median(times[(name, g)]):.1f} / {percentile(times[(name, g)], 0.95):.1f}" for g in groups]
        print("| " + " | ".join(row + [same]) + " |")
    print(f"\ntotals per query ({first}):", ", ".join(f"{q} {shown(n)}" for q, n in reference.items()))
    for name in engines:
        capped = [q for q, n in totals[name].items() if not n[1]]
        if capped:
            print(f"{name} stopped counting (more than the bound) for: {', '.join(capped)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--engines", nargs="+", default=["whoosh", "tantivy", "postgres-gin", "postgres"])
    parser.add_argument("--rounds", type=int, default=5, help="runs of each query on each engine")
    args = parser.parse_args()
    sentences = corpus_sentences()
    print(f"{len(sentences):,} council sentences (corpus + Amsterdam); engines: {', '.join(args.engines)}")
    with contextlib.ExitStack() as stack:
        server = None
        if any(name.startswith("postgres") for name in args.engines):
            from pgserver import PostgresServer

            server = stack.enter_context(PostgresServer())
        for size in args.sizes:
            run(size, sentences, args.engines, args.rounds, server)


if __name__ == "__main__":
    main()
