"""Benchmark: indicator matching at 10k, 100k and 1M figures, and verifying a draft against 1M.

    .venv/bin/python bench/matching.py            # 10k, 100k, 1M
    .venv/bin/python bench/matching.py --max 100000

Synthetic figures get labels of 2-4 words drawn (Zipf-like) from the words of
the corpus texts in ../shared/seeds, years 2000-2025, a unit, sometimes an
organisation.  Prints the time to build the label index and group all
figures into indicators (must grow roughly linearly), then builds a SQLite
archive of 1M figures and times verifying a 5-page draft (60 claims) in it.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.model import Figure  # noqa: E402
from search.crosscheck.figure_index import refresh  # noqa: E402
from search.crosscheck.matching import LabelIndex, no_gc, ref  # noqa: E402
from search.crosscheck.verify import verify_claims  # noqa: E402
from search.store.db import Store  # noqa: E402

UNITS = ("count", "count", "count", "percent", "eur")
ORGS = ("", "", "ESSM", "AVIM", "RIEC", "OM", "RCTM", "CoMensha", "NRM")
CLAIMS_PER_PAGE = 12


def vocabulary() -> list[str]:
    words: dict[str, int] = {}
    for path in sorted((ROOT.parent / "shared" / "seeds").glob("*.txt")):
        for word in re.findall(r"[a-zà-ÿ]{5,}", path.read_text(encoding="utf-8").lower()):
            words[word] = words.get(word, 0) + 1
    ranked = sorted(words, key=lambda w: -words[w])
    return ranked or [f"woord{i}" for i in range(3000)]


def synthetic(n: int, seed: int = 7) -> list[tuple]:
    rnd = random.Random(seed)
    words = vocabulary()
    weights = [1 / (rank + 1) for rank in range(len(words))]
    labels = [" ".join(rnd.choices(words, weights, k=rnd.randint(2, 4))) for _ in range(max(1000, n // 20))]
    rows = []
    for i in range(n):
        year = rnd.randint(2000, 2025)
        label = rnd.choice(labels)
        rows.append(
            (
                float(rnd.randint(1, 5000)),
                label,
                year,
                rnd.choice(UNITS),
                rnd.choice(ORGS),
                f"In {year} waren er {i} {label}.",
            )
        )
    return rows


def bench_matching(n: int) -> None:
    rows = synthetic(n)
    t0 = time.perf_counter()
    with no_gc():  # as load_refs does
        refs = [
            ref(Figure(v, f"{v:g}", unit=u, label=lab, year=y, organisation=o, sentence=s), id=i)
            for i, (v, lab, y, u, o, s) in enumerate(rows)
        ]
    t1 = time.perf_counter()
    index = LabelIndex(refs)
    t2 = time.perf_counter()
    groups = sum(1 for _ in index.groups())
    t3 = time.perf_counter()
    print(
        f"{n:>9,} figures: normalise {t1 - t0:6.1f} s, index {t2 - t1:5.1f} s, group {t3 - t2:6.1f} s "
        f"({groups:,} indicators) = {(t3 - t0) / n * 1e6:5.1f} µs/figure"
    )


def build_archive(path: Path, rows: list[tuple]) -> Store:
    store = Store(path)
    n = len(rows)
    per_doc = 10_000
    with store.conn:
        for d in range(0, n, per_doc):
            doc_id = store.conn.execute(
                "INSERT INTO documents (path, file, sha256, kind, year) VALUES (?,?,?,?,?)",
                (f"/synth/{d}.pdf", f"synth-{d}.pdf", f"{d:064d}", "pdf", 2025),
            ).lastrowid
            store.conn.executemany(
                "INSERT INTO figures (doc_id, seq, page, value, raw, unit, qualifier, label, year, organisation, "
                "sentence) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (doc_id, i, 1 + i // 40, v, f"{v:g}", u, "exact", lab, y, o, s)
                    for i, (v, lab, y, u, o, s) in enumerate(rows[d : d + per_doc])
                ],
            )
    return store


def draft_claims(rows: list[tuple], n_claims: int, seed: int = 11) -> list:
    """Claims like a draft's: most copied from the archive (a third altered), a fifth about nothing in it."""
    rnd = random.Random(seed)
    claims = []
    for i in range(n_claims):
        v, label, year, unit, org, sentence = rnd.choice(rows)
        if i % 5 == 4:
            label = "fietsendiefstallen stadhuis"
        claims.append(
            ref(
                Figure(v + (i % 3), f"{v:g}", unit=unit, label=label, year=year, organisation=org, sentence=sentence),
                file="concept.txt",
            )
        )
    return claims


def bench_verify(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        rows = synthetic(n)
        store = build_archive(Path(tmp) / "bench.sqlite3", rows)
        t1 = time.perf_counter()
        refresh(store)
        t2 = time.perf_counter()
        claims = draft_claims(rows, 5 * CLAIMS_PER_PAGE)
        t3 = time.perf_counter()
        verdicts = verify_claims(store, claims)
        t4 = time.perf_counter()
        counts = {v: sum(1 for c in verdicts if c.verdict == v) for v in ("supported", "contradicted", "unverified")}
        print(f"archive of {n:,} figures: store {t1 - t0:.1f} s, label-term projection {t2 - t1:.1f} s")
        print(f"verify a 5-page draft ({len(claims)} claims): {t4 - t3:.3f} s  {counts}")
        store.close()


def _rewrite_before(text: str) -> str:
    """labels._rewrite as it was before the needle prefilter and fold's ASCII path (for --refresh)."""
    import unicodedata

    from search.crosscheck import labels

    text = text.lower().replace("ĳ", "ij")
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    for pattern, replacement, _ in labels._PHRASES:
        text = pattern.sub(f" {replacement} ", text)
    return text


def bench_refresh(n: int, rounds: int = 2) -> None:
    """The label-term and context refresh of n synthetic figures, before/after the cheaper rewrite, alternating."""
    from search.crosscheck import labels
    from search.index.analysis import fold

    current = labels._rewrite
    with tempfile.TemporaryDirectory() as tmp:
        store = build_archive(Path(tmp) / "bench.sqlite3", synthetic(n))
        for r in range(rounds):
            for name, rewrite in (("before", _rewrite_before), ("after", current)):
                labels._rewrite = rewrite
                for cached in (labels.terms_of, labels.organisations_in, labels.organisation_of, fold):
                    cached.cache_clear()
                store.conn.execute("DELETE FROM figure_terms_state")
                t0 = time.perf_counter()
                refresh(store)
                print(f"refresh of {n:,} figures, round {r + 1}, {name}: {time.perf_counter() - t0:.1f} s")
        labels._rewrite = current
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--max", type=int, default=1_000_000)
    parser.add_argument("--refresh", action="store_true", help="only time the refresh, before/after side by side")
    args = parser.parse_args()
    if args.refresh:
        bench_refresh(args.max)
        return
    for n in (10_000, 100_000, 1_000_000):
        if n <= args.max:
            bench_matching(n)
    bench_verify(args.max)


if __name__ == "__main__":
    main()
