"""Titles, types and dates against a sample judged by reading: prints a table, not a pass/fail.

    .venv/bin/python bench/metadata.py [--tune] [--show]

The set is ``bench/metadata_set.json``: every document of corpus/ and
../shared/realdocs/ plus the Amsterdam documents whose sha1(id) is divisible
by 6 (a fixed hash, not a choice of easy ones), each with the title a person
would write, acceptable alternatives, its type and its own date, judged by
reading the document.  The set is split once by sha1("split:" + id) into
tune and test halves; the numbers printed are those of the test half
(``--tune`` prints the tune half as well, labelled).  ``--show`` lists every
item that is not right.

- title *right*: the judged title (case, punctuation, RE:/FW: ignored);
  *acceptable*: one of the judged alternatives; *wrong*: anything else, of
  which *junk* is an e-mail header, OCR debris, a hash or a body sentence.
- type accuracy: the judged type or an acceptable one; share "overig".
- date accuracy: the judged date (or an acceptable one; no date where the
  document states none); share missing: no date where the document has one.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract import extract  # noqa: E402
from ingest import read_document  # noqa: E402
from ingest.ocr import OcrConfig  # noqa: E402

SET = ROOT / "bench" / "metadata_set.json"
FOLDERS = {"corpus": ROOT / "corpus", "amsterdam": ROOT.parent / "shared" / "amsterdam",
           "realdocs": ROOT.parent / "shared" / "realdocs"}
_PREFIX = re.compile(r"^(?:(?:re|fw|fwd|aw|antw|tr)\s*:\s*)+", re.IGNORECASE)
_JUNK = re.compile(r"^(?:from|to|cc|sent|van|aan|verzonden|datum|onderwerp|subject)\s*:|@|^home\s*>|geprint door"
                   r"|^[0-9a-f]{12,}$|^(?:\S+\s+){14,}", re.IGNORECASE)


def half(item_id: str) -> str:
    """The half an item belongs to, fixed by a hash of its id.

    >>> half("corpus/mensenhandelmonitor-2025-regio-rotterdam.pdf") in ("tune", "test")
    True
    """
    return "test" if int(hashlib.sha1(f"split:{item_id}".encode()).hexdigest(), 16) % 2 else "tune"


def normal(title: str) -> str:
    """Lower case, quotes and punctuation folded, RE:/FW: dropped.

    >>> normal("RE: Uitkomst  BT."), normal("Bijlage 2 ‘Sluiting Ramen’")
    ('uitkomst bt', 'bijlage 2 sluiting ramen')
    """
    text = _PREFIX.sub("", title.strip())
    return " ".join(re.findall(r"[^\W_]+", text.lower()))


def junk(title: str) -> bool:
    """An e-mail header, OCR debris, a hash or a sentence from the body.

    >>> junk("From: “'atze"), junk("Versie 1, juli 2021"), junk("Locatie Erotisch Centrum")
    (True, True, False)
    """
    letters = sum(ch.isalpha() for ch in title)
    words = re.findall(r"[^\W\d_]{2,}", title)
    short = [w for w in words if len(w) <= 3]
    return bool(_JUNK.search(title.strip())) or letters < 0.6 * max(len(title), 1) \
        or (len(words) >= 3 and len(short) / len(words) > 0.6) \
        or bool(re.match(r"^versie\b|^pagina\b|^\d", title.strip(), re.IGNORECASE)) and len(words) < 4


def judge(item: dict, meta) -> dict:
    title = normal(meta.title)
    if title == normal(item["title"]):
        verdict = "right"
    elif title in {normal(t) for t in item["titles_ok"]}:
        verdict = "acceptable"
    else:
        verdict = "junk" if junk(meta.title) else "wrong"
    types = {item["type"], *item["types_ok"]}
    dates = {item["date"], *item["dates_ok"]}
    return {"title": verdict, "type": meta.doctype in types, "overig": meta.doctype == "overig",
            "date": meta.date in dates, "missing": bool(item["date"]) and not meta.date}


def path_of(item_id: str) -> Path:
    root, rest = item_id.split("/", 1)
    return FOLDERS[root] / rest


def run(items: list[dict], show: bool) -> list[dict]:
    ocr = OcrConfig(cache_dir=Path(os.environ.get("RAADSLENS_OCR_CACHE", "/work/ocr-cache")), workers=1)
    results = []
    for item in items:
        meta = extract(read_document(path_of(item["id"]), ocr=ocr)).meta
        verdict = judge(item, meta)
        results.append(verdict)
        if show and (verdict["title"] not in ("right", "acceptable") or not verdict["type"] or not verdict["date"]):
            print(f"- {item['id']}\n    titel {verdict['title']}: {meta.title!r} (gelezen: {item['title']!r})\n"
                  f"    type {'goed' if verdict['type'] else 'fout'}: {meta.doctype} ({meta.doctype_evidence}) "
                  f"(gelezen: {item['type']})\n    datum {'goed' if verdict['date'] else 'fout'}: {meta.date!r} "
                  f"(gelezen: {item['date']!r})")
    return results


def table(name: str, results: list[dict]) -> None:
    n = len(results)

    def share(pred) -> str:
        return f"{sum(1 for r in results if pred(r)) / n:6.1%}"

    print(f"| {name:<5} | {n:>3} | {share(lambda r: r['title'] == 'right')} | {share(lambda r: r['title'] == 'acceptable')} "
          f"| {share(lambda r: r['title'] in ('wrong', 'junk'))} | {share(lambda r: r['title'] == 'junk')} "
          f"| {share(lambda r: r['type'])} | {share(lambda r: r['overig'])} | {share(lambda r: r['date'])} "
          f"| {share(lambda r: r['missing'])} |")


def main(argv: list[str]) -> None:
    items = json.loads(SET.read_text(encoding="utf-8"))["items"]
    halves = ["test", "tune"] if "--tune" in argv else ["test"]
    print("| half  |   n | title right | acceptable | wrong | of which junk | type right | 'overig' | date right | date missing |")
    print("|-------|----:|------:|------:|------:|------:|------:|------:|------:|------:|")
    rows = []
    for name in halves:
        chosen = [item for item in items if half(item["id"]) == name]
        rows.append((name, run(chosen, "--show" in argv)))
    for name, results in rows:
        table(name, results)


if __name__ == "__main__":
    main(sys.argv[1:])
