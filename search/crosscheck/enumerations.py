"""Parts listed in the text against a total stated nearby.

"In 2025 kregen 113 slachtoffers een vorm van tijdelijke opvang. Van hen
werden 70 … in de COSM-opvang, 4 … in de Tosca, 11 … in de Xarah en 17 … op
het noodbed geplaatst." — 70 + 4 + 11 + 17 = 102, not 113.
"""
from __future__ import annotations

import re
from collections import defaultdict

from extract.numbers import format_numeral
from search.crosscheck.findings import Finding
from search.crosscheck.matching import FigureRef
from search.store.db import Store

WINDOW = 6  # sentences after a total in which its parts may follow
MAX_PARTS = 12
_START_CUE = re.compile(r"\b(van hen|hiervan|waarvan|uit te splitsen|bestaan uit|bestonden uit|verdeeld over|"
                        r"onderverdeeld|van het totaal|van alle|van de \d+)\b", re.I)
_REST = re.compile(r"\boverige\s+(?:\w+\s+)?\(?(\d+)", re.I)


def enumeration_findings(store: Store, refs: list[FigureRef]) -> list[Finding]:
    by_doc: dict[int, list[FigureRef]] = defaultdict(list)
    for r in refs:
        if r.source == "text" and r.family == "count" and r.kind == "figure" and r.qualifier == "exact":
            by_doc[r.doc_id].append(r)
    out = []
    for doc_id, figures in by_doc.items():
        texts = {p["number"]: p["text"] for p in store.pages(doc_id)}
        out += enumeration_mismatches(figures, texts)
    return out


def enumeration_mismatches(figures: list[FigureRef], texts: dict[int, str]) -> list[Finding]:
    """Totals in the text followed by parts that do not add up to them.

    Parts count only after a cue that they split the total ("van hen",
    "hiervan", "uit te splitsen", "van het totaal") or when they close with
    "de overige N"; numbers in parentheses are sub-parts of the part before.
    """
    figures = sorted(figures, key=lambda r: (r.page, r.start))
    sentences = _sentence_numbers(figures)
    out = []
    for i, total in enumerate(figures):
        if _is_part(total):
            continue
        runs = _runs_after(figures, i, sentences, texts)
        if not runs or any(_adds_up(run, total, texts) for run in runs):
            continue
        run = runs[-1]
        closed = bool(_REST.search(run[-1].sentence))
        if len(run) < 3 and not closed and sum(r.value for r in run) <= total.value:
            continue  # two parts after "waarvan" need not be all of them
        computed = sum(r.value for r in _top_level(run, texts))
        message = (f"{format_numeral(total.value)} ({total.name or 'totaal'}) tegenover de delen "
                   f"{' + '.join(format_numeral(r.value) for r in _top_level(run, texts))} = {format_numeral(computed)}")
        evidence = tuple(r.to_json() for r in [total, *run])
        out.append(Finding("enumeration_mismatch", total.file, total.page, message, total.value, computed, evidence))
    return out


def _is_part(r: FigureRef) -> bool:
    """A number after a cue in its own sentence ("Van hen werden 70 …") is a part, not a total."""
    cue = _START_CUE.search(r.sentence)
    at = r.sentence.find(r.raw)
    return cue is not None and 0 <= cue.start() < at


def _sentence_numbers(figures: list[FigureRef]) -> list[int]:
    numbers, last, n = [], None, -1
    for r in figures:
        key = (r.page, r.sentence)
        if key != last:
            n, last = n + 1, key
        numbers.append(n)
    return numbers


def _runs_after(figures, i, sentences, texts) -> list[list[FigureRef]]:
    """Candidate part lists after total ``i``.

    A cue sentence ("Van hen werden 70 …, 4 … en 17 …"; or the total's own
    sentence after the total: "… 11 casussen, waarvan vier …") is a list by
    itself, longer when it ends in ":" ("De 167 cliënten zijn uit te splitsen
    in:"); "de overige N" closes a list, or with the sentence before it makes
    one ("… 139 meldingen … In de overige 52 gevallen").
    """
    total = figures[i]
    following = [j for j in range(i + 1, len(figures)) if figures[j].page == total.page
                 and sentences[j] <= sentences[i] + WINDOW and figures[j].value < total.value
                 and figures[j].year == total.year]
    runs: list[list[FigureRef]] = []
    current: list[FigureRef] = []
    collecting = bool(_START_CUE.search(total.sentence))
    open_list = collecting and total.sentence.rstrip().endswith(":")
    for j in following:
        r = figures[j]
        if sentences[j] != sentences[j - 1]:
            if not open_list:
                runs.append(current)
                current, collecting = [], False
            if _START_CUE.search(r.sentence):
                runs.append(current)
                current, collecting = [], True
                open_list = r.sentence.rstrip().endswith(":")
        if collecting:
            current.append(r)
        rest = _REST.search(r.sentence)
        if rest and rest.group(1) == f"{r.value:g}":
            if r not in current:
                current = [figures[k] for k in following if k < j and sentences[k] >= sentences[j] - 1] + [r]
            runs.append(current)
            current, collecting, open_list = [], False, False
    runs.append(current)
    return [run for run in runs if 2 <= len(run) <= MAX_PARTS and _about(run, total)]


def _about(run: list[FigureRef], total: FigureRef) -> bool:
    """Most parts count the same kind of thing as the total (they share a label term)."""
    sharing = sum(1 for r in run if set(r.terms) & set(total.terms))
    return sharing * 2 >= len(run)


def _adds_up(run: list[FigureRef], total: FigureRef, texts: dict[int, str]) -> bool:
    """Some reading of the parts gives the total: all of them, those outside parentheses,
    or only those that count what the total counts ("6 … en de overige (6) kansrijke locaties",
    not the "drie van de zes shortlistgebieden" between them)."""
    same_kind = [r for r in run if set(total.terms) <= set(r.terms)]
    readings = (run, _top_level(run, texts), same_kind, _top_level(same_kind, texts))
    return any(parts and abs(sum(r.value for r in parts) - total.value) < 1e-9 for parts in readings)


def _top_level(run: list[FigureRef], texts: dict[int, str]) -> list[FigureRef]:
    """The parts not written inside parentheses (those split the part before them)."""
    def nested(r: FigureRef) -> bool:
        before = texts.get(r.page, "")[:r.start]
        return before.count("(") > before.count(")")
    return [r for r in run if not nested(r)] or run
