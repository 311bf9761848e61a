"""Consistency of the archive: totals, enumerations, conflicting figures and policy norms.

``check_archive(store)`` returns findings of four kinds:

- ``total_mismatch``: a table's total row or column is not the sum of its parts
  (with the footnotes on the cells involved, which may explain it);
- ``enumeration_mismatch``: parts listed in the text after a total ("Van hen
  werden 70 …, 4 …, 11 … en 17 …") or closing it ("In de overige 52 gevallen")
  that do not add up to it;
- ``conflict``: the same indicator and period with incompatible values, in one
  document or across documents (an edition revising an earlier year is a
  revision, see :mod:`search.crosscheck.series`, not a conflict);
- ``norm``: a policy norm ("minimaal 12x per jaar") against what the monitors
  report per year, met or not met.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from extract.numbers import format_numeral
from search.crosscheck.enumerations import enumeration_findings
from search.crosscheck.figure_index import load_refs
from search.crosscheck.findings import Finding
from search.crosscheck.labels import HEADS, SOFT, same_organisation, same_terms, similarity, terms_of
from search.crosscheck.matching import STRONG, FigureRef, LabelIndex
from search.crosscheck.tables import Mismatch, footnote_texts, grid_from_row, total_mismatches
from search.crosscheck.values import agreement
from search.store.db import Store

MAX_CONFLICT_VALUES = 2  # three or more values for "one" indicator mean the label does not pin it down
MIN_CONFIDENCE = 0.7  # figures extraction was less sure of are not worth a conflict
NORM_MATCH = 0.6  # label similarity for a norm and an actual of the same (known) organisation
_NORM_WORDS = re.compile(r"\b(minimaal|ten minste|tenminste|minstens|maximaal|hoogstens|ten hoogste)\b", re.I)


@dataclass(frozen=True)
class Check:
    """One kind of consistency check: its key, its Dutch name (badges, filters) and what runs it.

    ``run(store, refs)`` gets the store and the archive's figure references (loaded once for all checks).
    A new check is one row in :data:`CHECKS`; the CLI's ``--kind``, the web filter and the badges follow.
    """
    kind: str
    name: str
    run: Callable[[Store, list[FigureRef]], list[Finding]]


CHECKS: tuple[Check, ...] = (
    Check("total_mismatch", "Totaal klopt niet", lambda store, refs: table_findings(store)),
    Check("enumeration_mismatch", "Opsomming klopt niet", lambda store, refs: enumeration_findings(store, refs)),
    Check("conflict", "Tegenstrijdige cijfers", lambda store, refs: conflict_findings(refs)),
    Check("norm", "Norm", lambda store, refs: norm_findings(refs)),
    Check("transposed", "Mogelijk verwisselde cijfers", lambda store, refs: transposed_findings(refs)),
)
KINDS = tuple(check.kind for check in CHECKS)
KIND_NAMES = {check.kind: check.name for check in CHECKS}


def check_archive(store: Store, kinds: tuple[str, ...] = KINDS) -> list[Finding]:
    """All findings of the checks named in ``kinds``, ordered by file, page and kind.

    >>> sorted(KIND_NAMES) == sorted(KINDS)
    True
    """
    unknown = [kind for kind in kinds if kind not in KIND_NAMES]
    if unknown:
        raise ValueError(f"Onbekende soort controle: {', '.join(unknown)}; kies uit {', '.join(KINDS)}.")
    refs = load_refs(store)
    found = [finding for check in CHECKS if check.kind in kinds for finding in check.run(store, refs)]
    return sorted(found, key=lambda f: (f.file, f.page, KINDS.index(f.kind), f.message))


# -- tables ----------------------------------------------------------------------
def table_findings(store: Store) -> list[Finding]:
    out = []
    for row in store.rows("SELECT t.*, d.file AS file FROM tables t JOIN documents d ON d.id = t.doc_id "
                          "ORDER BY d.file, t.page, t.seq"):
        for mismatch in total_mismatches(grid_from_row(row)):
            out.append(_table_finding(store, row, mismatch))
    return out


def _table_finding(store: Store, row, m: Mismatch) -> Finding:
    pages = [(p["number"], p["text"] + "\n" + p["footnotes"]) for p in store.pages(row["doc_id"])
             if p["number"] in (row["page"], row["page"] + 1)]
    notes = footnote_texts(pages, m.notes)
    where = f"{m.row_label} | {m.col_label}"
    message = f"Tabel{' ' + row['caption'] if row['caption'] else ''}: {where} vermeldt {format_numeral(m.stated)}, " \
              f"de delen tellen op tot {format_numeral(m.computed)}"
    if notes:
        message += f" (mogelijke verklaring in voetnoot: {' '.join(text for _, text in notes)})"
    evidence = [{"file": row["file"], "page": row["page"], "row": label if m.axis == "row" else m.row_label,
                 "column": m.col_label if m.axis == "row" else label, "value": value}
                for label, value in m.parts if value]
    evidence += [{"file": row["file"], "page": page, "footnote": text} for page, text in notes]
    return Finding("total_mismatch", row["file"], row["page"], message, m.stated, m.computed, tuple(evidence))


# -- conflicts -------------------------------------------------------------------------
def period_refs(r: FigureRef) -> list[FigureRef]:
    """A figure whose year is not written where it stands (the document's year) is compared
    both in that year and without a year ("34%" in one monitor, "een kwart" in the next)."""
    if r.dated or r.year is None:
        return [r]
    return [r, replace(r, year=None, year_end=None)]


def is_revision(a: FigureRef, b: FigureRef) -> bool:
    """Two editions of different years: the later one may revise an earlier year's value."""
    return bool(a.doc_id != b.doc_id and a.doc_year and b.doc_year and a.doc_year != b.doc_year
                and a.year is not None and a.year < max(a.doc_year, b.doc_year))


def same_place_in_text(a: FigureRef, b: FigureRef) -> bool:
    """Two numbers of one table, or of one page of text, are a breakdown ("108 meldingen …
    9 meldingen … 14 meldingen"), not two claims about one thing."""
    if a.sentence and a.sentence == b.sentence:  # the same words cannot disagree with themselves
        return True
    if a.source == b.source == "text" and _states(a.sentence, b.raw) and _states(b.sentence, a.raw):
        return True  # each sentence also gives the other value
    if a.doc_id != b.doc_id:
        return False
    if a.source == b.source == "table":
        return a.table_seq == b.table_seq
    return a.source == b.source == "text" and a.page == b.page


def comparable_periods(a: FigureRef, b: FigureRef) -> bool:
    """Within one document: a table against another table or the text (two sentences of one
    document with different numbers are mostly a breakdown).  Across documents: years written
    where the figures stand, or shares without a year ("34% van de slachtoffers is jonger dan
    23 jaar" against "een kwart …"), which do not depend on the size of a year."""
    if a.doc_id == b.doc_id:
        return "table" in (a.source, b.source)
    if a.dated and b.dated:
        return True
    return a.year is None and a.unit == "percent" and 0 <= a.value <= 100 and 0 <= b.value <= 100


def _states(sentence: str, raw: str) -> bool:
    return bool(raw) and re.search(rf"(?<![\d,.]){re.escape(raw)}(?![\d,])", sentence) is not None


def conflict_findings(refs: list[FigureRef]) -> list[Finding]:
    usable = [r for r in refs if r.kind == "figure" and r.confidence >= MIN_CONFIDENCE
              and "://" not in r.sentence]  # not the numbers of a web address
    index = LabelIndex([p for r in usable for p in period_refs(r)], by_year=True)
    out: list[Finding] = []
    seen: set[tuple[int, int]] = set()
    for group in index.groups(STRONG, specific=True):
        pairs = [(a, b) for n, a in enumerate(group) for b in group[n + 1:]
                 if a.id != b.id and (min(a.id, b.id), max(a.id, b.id)) not in seen and agreement(a, b) == "disagree" and agreement(b, a) == "disagree"
                 and same_terms(a.terms, b.terms) and not is_revision(a, b) and not same_place_in_text(a, b)
                 and comparable_periods(a, b)]
        if pairs and len({r.value for r in group if same_terms(r.terms, pairs[0][0].terms)}) <= MAX_CONFLICT_VALUES:
            seen.update((min(a.id, b.id), max(a.id, b.id)) for a, b in pairs)
            out.append(_conflict(group, pairs))
    return out


def _conflict(group: list[FigureRef], pairs) -> Finding:
    first, second = pairs[0]
    period = f" in {first.year}" if first.year else ""
    values = sorted({format_numeral(r.value) for pair in pairs for r in pair})
    where = "in hetzelfde document" if first.doc_id == second.doc_id else "tussen documenten"
    name = min((r.name for pair in pairs for r in pair if r.name), key=len, default="")
    message = (f"Tegenstrijdige waarden{period} voor '{name}' {where}: "
               f"{' tegenover '.join(values)}")
    involved = {r.id: r for pair in pairs for r in pair}
    return Finding("conflict", first.file, first.page, message, first.value, second.value,
                   tuple(r.to_json() for r in sorted(involved.values(), key=lambda r: (r.file, r.page))))


# -- transposed digits ----------------------------------------------------------------
def transposed_findings(refs: list[FigureRef]) -> list[Finding]:
    """The same indicator and year in two documents, with two neighbouring digits swapped (1013 and 1031).

    A conflict says two values disagree; this one says which is likely a typing error.
    """
    from search.crosscheck.judging import transposed

    usable = [r for r in refs if r.kind == "figure" and r.confidence >= MIN_CONFIDENCE and r.year is not None
              and r.value >= 10]
    index = LabelIndex(usable, by_year=True)
    out = []
    for group in index.groups(STRONG, specific=True):
        for n, a in enumerate(group):
            for b in group[n + 1:]:
                if a.doc_id != b.doc_id and transposed(a.value, b.value) and same_terms(a.terms, b.terms):
                    out.append(_transposed(a, b))
    return out


def _transposed(a: FigureRef, b: FigureRef) -> Finding:
    name = min((r.name for r in (a, b) if r.name), key=len, default="")
    message = (f"Mogelijk verwisselde cijfers in {a.year} voor '{name}': {format_numeral(a.value)} ({a.file} p.{a.page}) "
               f"tegenover {format_numeral(b.value)} ({b.file} p.{b.page})")
    return Finding("transposed", a.file, a.page, message, a.value, b.value, (a.to_json(), b.to_json()))


# -- norms -------------------------------------------------------------------------------
def is_norm(r: FigureRef) -> bool:
    """A policy norm: a bound per year ("minimaal 12x per jaar")."""
    per_year = "jaar" in r.period or "per jaar" in r.raw
    return r.qualifier in ("lower_bound", "upper_bound") and per_year and bool(
        _NORM_WORDS.search(f"{r.raw} {r.sentence}"))


def norm_findings(refs: list[FigureRef]) -> list[Finding]:
    norms = [r for r in refs if is_norm(r)]
    actuals = [r for r in refs if r.kind == "figure" and r.year is not None and not is_norm(r)
               and (r.dated or r.doctype == "monitor")]  # a monitor reports on its own year
    out = []
    for norm in norms:
        for actual in _actuals_for(norm, actuals):
            out.append(_norm_finding(norm, actual))
    return out


def _actuals_for(norm: FigureRef, actuals: list[FigureRef]) -> list[FigureRef]:
    """Per year, the actual that best matches the norm."""
    best: dict[int, tuple[float, FigureRef]] = {}
    sentence_terms = terms_of(norm.sentence)
    for actual in actuals:
        if actual.family not in ("count", norm.family) or not same_organisation(norm.organisation, actual.organisation):
            continue
        score = _norm_match(norm, actual, sentence_terms)
        if actual.year is not None and score and (actual.year not in best or score > best[actual.year][0]):
            best[actual.year] = (score, actual)
    return [pair[1] for _, pair in sorted(best.items())]


def _norm_match(norm: FigureRef, actual: FigureRef, sentence_terms: tuple[str, ...]) -> float:
    """How well an actual matches a norm: by label, or by naming only what the norm's sentence names
    ("Platform Mensenhandel" in "… vindt minimaal 3x per jaar een overleg met het Regionaal Platform
    Mensenhandel plaats") when a monitor reports it; a label that is only a count noun needs the
    same organisation."""
    known = bool(norm.organisation and actual.organisation)
    score = similarity(norm.terms, actual.terms)
    if score >= (NORM_MATCH if known else STRONG):
        return score
    own = [t for t in actual.terms if t not in SOFT]
    specific = any(t not in HEADS for t in own) or (known and norm.organisation == actual.organisation)
    named = own and all(t in sentence_terms for t in own)
    if named and specific and actual.doctype == "monitor":
        return NORM_MATCH
    return 0.0


def _norm_finding(norm: FigureRef, actual: FigureRef) -> Finding:
    met = actual.value >= norm.value if norm.qualifier == "lower_bound" else actual.value <= norm.value
    bound = "minimaal" if norm.qualifier == "lower_bound" else "maximaal"
    message = (f"Norm '{norm.sentence.strip()}' ({bound} {format_numeral(norm.value)} per jaar): in {actual.year} "
               f"{format_numeral(actual.value)} ({actual.file} p.{actual.page}), {'gehaald' if met else 'niet gehaald'}")
    return Finding("norm", norm.file, norm.page, message, norm.value, actual.value,
                   (norm.to_json(), actual.to_json()), met)

