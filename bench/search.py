"""Search benchmark: index build time and query latency on synthetic passages.

The passages are made of the corpus's own sentences (read through
``ingest`` and ``extract``), shuffled and recombined deterministically, and
stored as real documents in a temporary archive (SQLite store + whoosh
index), so the figures include everything a real search does: the engine,
the store lookups and the snippets.

    .venv/bin/python bench/search.py                # 10k and 100k passages
    .venv/bin/python bench/search.py --sizes 10000  # just one size

Prints, per size: store write time, index build time (passages/s) and the
p50/p95 latency of 20 Dutch queries (words, phrases, AND), each run
``--repeat`` times.  Figures go into ``bench/README.md`` by hand.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract import DocumentMeta, Extraction, Passage, extract  # noqa: E402
from ingest import Document, Page, discover, read_document  # noqa: E402
from search import Archive  # noqa: E402

PASSAGES_PER_PAGE = 10
PAGES_PER_DOCUMENT = 10
SEED = 2026
DOCTYPES = ("monitor", "beleidskader", "beantwoording schriftelijke vragen", "raadsinformatiebrief")

QUERIES = (
    # single words (stemmed)
    "mensenhandel", "slachtoffers", "meldingen", "arbeidsuitbuiting", "politie", "gemeenten",
    "prostitutie", "minderjarigen",
    # AND (all words must occur)
    "seksuele uitbuiting", "criminele uitbuiting slachtoffers", "meldingen politie", "zorg veiligheid",
    "aanpak mensenhandel regio", "slachtoffers 2024",
    # exact phrases
    '"seksuele uitbuiting"', '"Koffer Verkeerd"', '"regio Rotterdam"', '"Openbaar Ministerie"',
    # either / excluding
    "ESSM OF AVIM", "uitbuiting -arbeidsuitbuiting",
)
_SENTENCE = re.compile(r"(?<=[.!?:;])\s+")


def corpus_sentences(corpus: Path = ROOT / "corpus") -> list[str]:
    """Every sentence of the corpus passages, in reading order."""
    sentences = []
    for path in discover([corpus]):
        for passage in extract(read_document(path)).passages:
            sentences.extend(s for s in _SENTENCE.split(passage.text) if len(s.split()) >= 3)
    if not sentences:
        raise SystemExit(f"geen zinnen gevonden in {corpus}; staan de PDF's er?")
    return sentences


def synthetic_documents(sentences: list[str], n_passages: int, seed: int = SEED):
    """Documents of 100 passages each, every passage 2-6 random corpus sentences."""
    rng = random.Random(seed)
    per_doc = PASSAGES_PER_PAGE * PAGES_PER_DOCUMENT
    for number in range((n_passages + per_doc - 1) // per_doc):
        count = min(per_doc, n_passages - number * per_doc)
        texts = [" ".join(rng.choices(sentences, k=rng.randint(2, 6))) for _ in range(count)]
        yield _document(number, texts, rng)


def _document(number: int, texts: list[str], rng: random.Random) -> tuple[Document, Extraction]:
    passages = tuple(Passage(page=1 + i // PASSAGES_PER_PAGE, seq=i, text=t) for i, t in enumerate(texts))
    n_pages = passages[-1].page
    pages = tuple(
        Page(number=n, text="\n\n".join(p.text for p in passages if p.page == n)) for n in range(1, n_pages + 1)
    )
    body = "\n\f".join(p.text for p in pages).encode()
    name = f"synthetisch-{number:05d}.txt"
    document = Document(f"/bench/{name}", hashlib.sha256(body).hexdigest(), "text", pages, size=len(body))
    year = rng.randint(2018, 2025)
    meta = DocumentMeta(title=f"Synthetisch document {number}", doctype=rng.choice(DOCTYPES),
                        doctype_confidence=0.5, year=year)
    return document, Extraction(meta=meta, passages=passages)


def build(directory: Path, sentences: list[str], n_passages: int) -> tuple[Archive, float, float, float]:
    """Write the synthetic documents to the store, then build the index.

    Returns the archive, the store time, and the index build's wall and CPU time
    (CPU time is steadier than wall time on a busy machine).
    """
    archive = Archive.open(directory)
    started = time.perf_counter()
    for document, extraction in synthetic_documents(sentences, n_passages):
        archive.store.save(document, extraction)
    stored, cpu = time.perf_counter(), time.process_time()
    archive.index_documents(archive.store.unindexed())
    return archive, stored - started, time.perf_counter() - stored, time.process_time() - cpu


def query_latencies(archive: Archive, repeat: int, **options) -> tuple[list[float], list[float], dict[str, int]]:
    """Wall and CPU milliseconds per query run (ten hits with snippets), and each query's total.

    ``options`` go to ``Archive.search``: ``group=True`` (the search page:
    ranked optional words, one hit per document) or ``strict=True`` (every
    word required, the AND search of before, on the same engine).
    """
    totals = {query: archive.search(query, **options).total for query in QUERIES}  # warm-up
    wall, cpu = [], []
    for _ in range(repeat):
        for query in QUERIES:
            started, cpu_started = time.perf_counter(), time.process_time()
            archive.search(query, limit=10, **options)
            wall.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - cpu_started) * 1000)
    return wall, cpu, totals


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def run(n_passages: int, sentences: list[str], repeat: int, show_totals: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="raadslens-bench-") as tmp:
        archive, store_s, index_s, index_cpu = build(Path(tmp), sentences, n_passages)
        timings, cpu, totals = query_latencies(archive, repeat, group=True)
        strict, strict_cpu, _ = query_latencies(archive, repeat, strict=True)
        size_mb = sum(f.stat().st_size for f in (Path(tmp) / "index").iterdir()) / 1e6
        archive.close()
    print(f"{n_passages:>7} passages: store {store_s:6.1f} s | index build {index_s:6.1f} s "
          f"(CPU {index_cpu:.1f} s, {n_passages / index_s:,.0f} passages/s, {size_mb:.0f} MB)")
    for name, wall, cpus in (("ranked, per document", timings, cpu), ("AND, same engine", strict, strict_cpu)):
        print(f"    {name:<21} query p50 {statistics.median(wall):5.1f} ms, p95 {percentile(wall, 0.95):5.1f} ms, "
              f"max {max(wall):5.1f} ms ({len(wall)} runs; CPU p50 {statistics.median(cpus):5.1f} ms, "
              f"p95 {percentile(cpus, 0.95):5.1f} ms)")
    if show_totals:
        for query, total in totals.items():
            print(f"    {total:>7}  {query}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=5, help="runs of each query")
    parser.add_argument("--totals", action="store_true", help="also print each query's number of hits")
    args = parser.parse_args()
    sentences = corpus_sentences()
    print(f"{len(sentences)} corpus sentences, {len(QUERIES)} queries x {args.repeat} runs")
    for size in args.sizes:
        run(size, sentences, args.repeat, args.totals)


if __name__ == "__main__":
    main()
