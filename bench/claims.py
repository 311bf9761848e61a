"""Benchmark: verdicts on the claims set (bench/claims_set.py), and each corpus document against its own archive.

    .venv/bin/python bench/claims.py              # test half (the numbers to report)
    .venv/bin/python bench/claims.py --half tune  # the tuning half, labelled as such
    .venv/bin/python bench/claims.py --wrong      # also list every wrong or missed claim

The corpus (corpus/) and the Amsterdam archive (../shared/amsterdam) are ingested once into a cached
data folder (/tmp/claims-data/, ``--data`` elsewhere; set RAADSLENS_OCR_CACHE to share OCR).
Each claim is verified as a draft of its own (:func:`search.crosscheck.verify.verify_document`); the
claim judged is the one with the claim's value.  A "klopt" or "klopt niet" counts as right only when
its evidence names one of the expected sources (file, page).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.claims_set import CLAIMS, KLOPT, NIET, ONBEKEND, ClaimCase, half  # noqa: E402
from search.archive import Archive  # noqa: E402
from search.crosscheck.verify import read_draft, verify_document  # noqa: E402

VERDICT = {"supported": KLOPT, "contradicted": NIET, "unverified": ONBEKEND}
ARCHIVES = {"corpus": ROOT / "corpus", "amsterdam": ROOT.parent / "shared" / "amsterdam"}
MISSING = "ontbreekt"


def archive_dir(base: Path, name: str) -> Path:
    """The data folder of one archive, ingested on first use (the ingest skips unchanged files)."""
    folder = base / name
    if not (folder / "raadslens.sqlite3").exists():
        print(f"ingest {ARCHIVES[name]} -> {folder} ...", file=sys.stderr)
        subprocess.run([str(Path(sys.executable).parent / "raadslens"), "--data", str(folder), "ingest", str(ARCHIVES[name])],
                       cwd=ROOT, check=False, stdout=subprocess.DEVNULL)
    return folder


def judged(store, case: ClaimCase) -> tuple[str, dict | None, dict]:
    """(verdict, the judged claim's JSON or None, the whole report)."""
    report = verify_document(store, read_draft("concept.txt", case.text.encode("utf-8"))).to_json()
    found = [c for c in report["claims"]
             if c["kind"] == "figure" and abs(c["value"] - case.value) <= 1e-6 * max(1.0, abs(case.value))]
    if len(found) > case.occurrence:
        claim = found[case.occurrence]
        return VERDICT[claim["verdict"]], claim, report
    return MISSING, None, report


def right_source(case: ClaimCase, claim: dict | None) -> bool:
    if not case.sources or claim is None:
        return True
    found = {(e["file"], e["page"]) for e in claim["evidence"]}
    return bool(found & set(case.sources))


def run(base: Path, which: str, show_wrong: bool) -> dict:
    cases = [c for c in CLAIMS if half(c) == which]
    stores = {name: Archive.open(archive_dir(base, name)) for name in ARCHIVES}
    outcome: list[tuple[ClaimCase, str, dict | None]] = []
    t0 = time.perf_counter()
    for case in cases:
        verdict, claim, _ = judged(stores[case.archive].store, case)
        if verdict in (KLOPT, NIET) and verdict == case.verdict and not right_source(case, claim):
            verdict = f"{verdict} (andere bron)"
        outcome.append((case, verdict, claim))
    seconds = time.perf_counter() - t0
    table(outcome, which, seconds)
    if show_wrong:
        for case, verdict, claim in outcome:
            if verdict != case.verdict:
                reason = (claim or {}).get("reason", "")
                ev = [(e["file"][:28], e["page"], e["value"]) for e in (claim or {}).get("evidence", [])[:2]]
                print(f"  [{case.verdict} -> {verdict}] {case.text!r} ({case.value:g}) {reason} {ev}")
    for archive in stores.values():
        archive.close()
    return {"outcome": outcome}


def table(outcome, which: str, seconds: float) -> None:
    label = "TEST half" if which == "test" else "TUNE half (tuning only, not the result)"
    print(f"\nClaims set, {label}: {len(outcome)} claims, {seconds:.1f} s "
          f"({seconds / max(1, len(outcome)) * 1000:.0f} ms per one-paragraph draft)\n")
    print(f"| {'verdict':<20} | expected | said | right | precision | recall |")
    print(f"|{'-' * 22}|---------:|-----:|------:|----------:|-------:|")
    for verdict in (KLOPT, NIET, ONBEKEND):
        expected = sum(1 for c, _, _ in outcome if c.verdict == verdict)
        said = sum(1 for _, v, _ in outcome if v == verdict)
        right = sum(1 for c, v, _ in outcome if v == verdict == c.verdict)
        precision = f"{right / said:.0%}" if said else "-"
        recall = f"{right / expected:.0%}" if expected else "-"
        print(f"| {verdict:<20} | {expected:>8} | {said:>4} | {right:>5} | {precision:>9} | {recall:>6} |")
    wrong_klopt = sum(1 for c, v, _ in outcome if v.startswith(KLOPT) and not v.startswith(NIET) and v != c.verdict)
    wrong_niet = sum(1 for c, v, _ in outcome if v.startswith(NIET) and v != c.verdict)
    missing = sum(1 for _, v, _ in outcome if v == MISSING)
    confusion = Counter((c.verdict, v) for c, v, _ in outcome if v != c.verdict)
    print(f"\nwrong klopt: {wrong_klopt}   wrong klopt niet: {wrong_niet}   number missing from the report: {missing}")
    by_archive = defaultdict(lambda: [0, 0])
    for c, v, _ in outcome:
        by_archive[c.archive][0] += v == c.verdict
        by_archive[c.archive][1] += 1
    print("right per archive: " + ", ".join(f"{a} {r}/{n}" for a, (r, n) in sorted(by_archive.items())))
    if confusion:
        print("mistakes (expected -> said): " + ", ".join(f"{e} -> {s}: {n}" for (e, s), n in confusion.most_common()))


def own_archive(base: Path) -> None:
    """Every corpus document verified as a draft against the archive that holds it."""
    from ingest import read_document
    from search.ingestion.pipeline import ocr_config

    archive = Archive.open(archive_dir(base, "corpus"))
    print("\nDocument verified against its own archive:\n")
    print("| document | numbers | klopt | klopt niet | niet te controleren | confirmed |")
    print("|---|---:|---:|---:|---:|---:|")
    for path in sorted(ARCHIVES["corpus"].glob("*.pdf")):
        report = verify_document(archive.store, read_document(path, ocr=ocr_config(archive)))
        counts = Counter(c.verdict for c in report.claims if c.kind == "figure")
        n = sum(counts.values())
        print(f"| {path.name} | {n} | {counts['supported']} | {counts['contradicted']} | {counts['unverified']} | "
              f"{counts['supported'] / max(1, n):.1%} |")
    archive.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/tmp/claims-data"))
    parser.add_argument("--half", choices=("test", "tune", "both"), default="test")
    parser.add_argument("--wrong", action="store_true", help="list the claims judged wrongly")
    parser.add_argument("--no-own", action="store_true", help="skip verifying the corpus documents themselves")
    args = parser.parse_args()
    os.environ.setdefault("RAADSLENS_OCR_CACHE", "/work/ocr-cache")
    for which in (("tune", "test") if args.half == "both" else (args.half,)):
        run(args.data, which, args.wrong)
    if not args.no_own:
        own_archive(args.data)


if __name__ == "__main__":
    main()
