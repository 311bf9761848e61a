"""Verify a draft: every number in it is supported, contradicted or unverified by the archive.

Precision over recall: a claim is only *supported* or *contradicted* by
figures of the same indicator (strong label match, same unit, period,
organisation and place).  A claim whose year is not written in its own
sentence may be supported by a figure of another year, but never
contradicted.  Parts listed together ("142 vrouw, 18 man, 5 anders, 2
onbekend") are also checked as a sum against the totals of the archive.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from extract import extract
from extract.figures import DROP_REASONS
from extract.model import Dropped
from ingest import Document, Page, read_document
from search.crosscheck.figure_index import lookup, refresh, sole_organisation
from search.crosscheck.labels import DISCRIMINATORS, HEADS, SOFT, classes, same_terms, terms_of
from search.crosscheck.matching import STRONG, FigureRef, ref, same_indicator, specific_pair
from search.crosscheck.values import agreement
from search.store.db import Store

CONTRADICT = 0.85  # label similarity needed before a different value counts against a claim
MAX_EVIDENCE = 5
MIN_PARTS = 3
_PARAGRAPH = re.compile(r"\n\s*\n")

# The Dutch word for each verdict: the one table the CLI, the web page and the JSON's readers use.
VERDICT_NAMES = {"supported": "klopt", "contradicted": "klopt niet", "unverified": "niet te controleren"}


@dataclass(frozen=True)
class Evidence:
    figure: FigureRef
    score: float
    agreement: str  # agree, disagree, vague

    def to_json(self) -> dict:
        return {**self.figure.to_json(), "score": round(self.score, 3), "agreement": self.agreement}


@dataclass(frozen=True)
class Claim:
    figure: FigureRef
    verdict: str  # supported, contradicted, unverified
    evidence: tuple[Evidence, ...] = ()
    kind: str = "figure"  # or "sum"
    parts: tuple[FigureRef, ...] = ()
    reason: str = ""  # one line of Dutch: why this verdict (see search.crosscheck.judging)

    def to_json(self) -> dict:
        f = self.figure
        out = {
            "text": f.sentence,
            "raw": f.raw,
            "value": f.value,
            "unit": f.unit,
            "qualifier": f.qualifier,
            "label": f.label,
            "year": f.year,
            "page": f.page,
            "start": f.start,
            "kind": self.kind,
            "verdict": self.verdict,
            "reason": self.reason,
            "evidence": [e.to_json() for e in self.evidence],
        }
        if self.parts:
            out["parts"] = [p.value for p in self.parts]
        return out


@dataclass(frozen=True)
class Report:
    file: str
    claims: tuple[Claim, ...]
    pages: tuple[str, ...] = ()
    left_out: tuple[Dropped, ...] = ()  # numbers not read as claims (printed page numbers, an OCR'd page's noise)

    def to_json(self) -> dict:
        counts: dict[str, int] = defaultdict(int)
        for claim in self.claims:
            counts[claim.verdict] += 1
        return {
            "file": self.file,
            "summary": dict(counts),
            "claims": [c.to_json() for c in self.claims],
            "left_out": self.left_out_json(),
        }

    def left_out_json(self) -> list[dict]:
        """The numbers not read as claims, each with its page and its reason in Dutch."""
        return [{"page": d.page, "raw": d.raw, "reason": DROP_REASONS.get(d.reason, d.reason)} for d in self.left_out]


# -- reading a draft -----------------------------------------------------------
def read_draft(name: str, data: bytes) -> Document:
    """A draft as a Document, read by ingest as every document is (text repair included): a PDF
    or a .docx by its name, anything else as text (stdin is "-")."""
    if not data:
        return Document(name, hashlib.sha256(data).hexdigest(), "text", (Page(1, ""),))
    return read_document(name, data, as_text=True)


def claims_of(document: Document) -> list[FigureRef]:
    """The numeric claims of a draft, in reading order."""
    return read_claims(document)[0]


def read_claims(document: Document) -> tuple[list[FigureRef], tuple[Dropped, ...]]:
    """The numeric claims of a draft in reading order, and the numbers left out with their reason (a draft's
    printed page numbers; the noise of a page that had to be OCR'd)."""
    file = Path(document.path).name
    result = extract(document, typed=True)  # a draft: every number is a claim
    shift = {p.number: len(p.text) + len(FOOTNOTES_AFTER) for p in document.pages}
    claims = sorted((ref(_in_page_text(f, shift), file=file) for f in result.figures), key=lambda r: (r.page, r.start))
    return claims, tuple(result.dropped)


FOOTNOTES_AFTER = (
    "\n\n"  # a draft's page as the report shows it: its text, then its footnotes (ingest keeps them apart)
)


def report_pages(document: Document) -> tuple[str, ...]:
    """The text of each page of a draft with its footnotes after it: the offsets of every claim point into it."""
    return tuple(p.text + (FOOTNOTES_AFTER + p.footnotes if p.footnotes else "") for p in document.pages)


def _in_page_text(figure, shift: dict[int, int]):
    """A footnote figure's offsets moved from ``Page.footnotes`` into :func:`report_pages`."""
    if figure.source != "footnote" or figure.page not in shift:
        return figure
    return replace(figure, start=figure.start + shift[figure.page], end=figure.end + shift[figure.page])


# -- judging -------------------------------------------------------------------
def judge(store: Store, claim: FigureRef, *, kind: str = "figure", parts: tuple[FigureRef, ...] = ()) -> Claim:
    """The verdict on one claim with its evidence."""
    evidence = evidence_for(store, claim, specific=(kind != "sum"))
    counting = [e for e in evidence if _same_scope(claim, e.figure)]
    agreeing = [e for e in counting if e.agreement == "agree"]
    if agreeing:
        ordered = agreeing + [e for e in evidence if e.agreement != "agree"]
        return Claim(claim, "supported", tuple(ordered[:MAX_EVIDENCE]), kind, parts)
    same_year = [e for e in counting if e.figure.year == claim.year]
    against = [
        e
        for e in same_year
        if e.agreement == "disagree"
        and e.score >= CONTRADICT
        and same_terms(claim.terms, e.figure.terms)
        and (kind == "sum" or specific_pair(claim, e.figure))
    ]
    vague = [e for e in same_year if e.agreement == "vague"]
    if claim.dated and against and not vague:
        return Claim(claim, "contradicted", tuple(against[:MAX_EVIDENCE]), kind, parts)
    return Claim(claim, "unverified", tuple(evidence[:MAX_EVIDENCE]), kind, parts)


def _same_scope(claim: FigureRef, figure: FigureRef) -> bool:
    """A claim that names its place in its own sentence ("18 slachtoffers van arbeidsuitbuiting in
    Rotterdam") is judged only by figures of that place: the region's 21 neither supports nor
    contradicts it.  (Places that differ never match at all, see :func:`matching.comparable`.)"""
    if not claim.place or claim.place.lower() not in claim.sentence.lower():
        return True
    return bool(figure.place)


def evidence_for(store: Store, claim: FigureRef, specific: bool = True) -> list[Evidence]:
    """Figures of the same indicator: same year, or any year when the claim's year is not written.

    ``specific``: only labels that say what they count (:func:`specific_pair`); a sum of
    parts is specific by itself, so its total may be just "slachtoffers".
    """
    found: dict[int, Evidence] = {}
    searches = [True] if claim.dated else [True, False]
    named = with_implied_organisation(store, claim) if specific else claim
    for same_year in searches:
        for candidate in lookup(store, claim, same_year=same_year):
            score = same_indicator(claim, candidate, same_year=same_year)
            if score >= STRONG and candidate.id not in found and (not specific or specific_pair(named, candidate)):
                found[candidate.id] = Evidence(candidate, score, agreement(claim, candidate))
    return sorted(found.values(), key=lambda e: (-e.score, e.figure.year != claim.year, e.figure.file, e.figure.page))


def with_implied_organisation(store: Store, claim: FigureRef) -> FigureRef:
    """A claim counted by one telling word and no organisation, with the organisation the archive
    knows for that word (:func:`figure_index.sole_organisation`); generic count nouns
    ("meldingen", "gevallen") never imply one.  An implied organisation lets the same
    value *support* a claim, never contradict it (:func:`judge`): the draft may mean
    another organisation's count."""
    own = [t for t in claim.terms if t not in SOFT]
    if claim.organisation or len(own) != 1 or own[0] in HEADS:
        return claim
    implied = sole_organisation(store, own[0], claim.family)
    return replace(claim, organisation=implied) if implied else claim


# -- sums ----------------------------------------------------------------------
def sum_claims(claims: list[FigureRef], pages: tuple[str, ...]) -> list[tuple[FigureRef, tuple[FigureRef, ...]]]:
    """Counts listed together in one paragraph that split one class (gender, form, age) → their sum.

    >>> from extract.model import Figure
    >>> text = "Van alle slachtoffers is 142 vrouw, 18 man, 5 anders en 2 onbekend."
    >>> parts = [ref(Figure(v, str(v), label=f"slachtoffers {g}", year=2024, page=1, start=text.index(str(v)),
    ...          sentence=text)) for v, g in [(142, "vrouw"), (18, "man"), (5, "anders"), (2, "onbekend")]]
    >>> [(total.value, total.terms) for total, _ in sum_claims(parts, (text,))]
    [(167, ('slachtoffer',))]
    """
    out = []
    for run in _paragraph_runs(claims, pages):
        by_class: dict[str, list[FigureRef]] = defaultdict(list)
        for claim in run:
            claim = _with_clause(claim, pages)
            found = classes(claim.terms)
            if len(found) == 1:
                by_class[next(iter(found))].append(claim)
        for name, members in by_class.items():
            parts = _distinct_parts(members, name)
            common = _common_terms(parts, name)
            if len(parts) >= MIN_PARTS and common:
                out.append((_sum_ref(parts, common), tuple(parts)))
    return out


_CLAUSE_END = re.compile(r"[,.;:]\s|\sen\s|\sof\s|$")


def _with_clause(claim: FigureRef, pages: tuple[str, ...]) -> FigureRef:
    """A claim whose label does not say which group it counts, with the group its clause names
    ("5 personen identificeren zich als anders", "bij 2 cliënten is het geslacht niet geregistreerd")."""
    if classes(claim.terms) or not 0 < claim.page <= len(pages):
        return claim
    text = pages[claim.page - 1][claim.start :]
    end = _CLAUSE_END.search(text)  # matches at the end of any text
    clause = text[: end.start() if end else len(text)]
    found = classes(terms_of(clause))
    if len(found) != 1:
        return claim
    return replace(claim, terms=claim.terms + tuple(sorted(next(iter(found.values())))))


def _paragraph_runs(claims: list[FigureRef], pages: tuple[str, ...]) -> list[list[FigureRef]]:
    runs: dict[tuple[int, int], list[FigureRef]] = defaultdict(list)
    for claim in claims:
        if claim.family != "count" or claim.qualifier != "exact" or claim.kind != "figure":
            continue
        text = pages[claim.page - 1] if 0 < claim.page <= len(pages) else ""
        paragraph = len(_PARAGRAPH.findall(text[: claim.start]))
        runs[(claim.page, paragraph)].append(claim)
    return list(runs.values())


def _distinct_parts(members: list[FigureRef], name: str) -> list[FigureRef]:
    """One figure per class value, all of the same year."""
    seen: dict[frozenset, FigureRef] = {}
    for member in members:
        key = classes(member.terms)[name]
        if key not in seen and member.year == members[0].year:
            seen[key] = member
    return list(seen.values())


def _common_terms(parts: list[FigureRef], name: str) -> tuple[str, ...]:
    """What all parts count, without the terms that tell them apart; "slachtoffer" when only
    some say it ("115 slachtoffers van seksuele uitbuiting, 26 preventieve trajecten, …")."""
    if not parts:
        return ()
    shared = set(parts[0].terms).intersection(*(p.terms for p in parts[1:])) - DISCRIMINATORS[name]
    common = tuple(t for t in parts[0].terms if t in shared)
    if not common and any("slachtoffer" in p.terms for p in parts):
        return ("slachtoffer",)
    return common


def _sum_ref(parts: list[FigureRef], common: tuple[str, ...]) -> FigureRef:
    total = sum(p.value for p in parts)
    raw = " + ".join(p.raw for p in parts)
    dated = all(p.dated for p in parts)
    first = parts[0]
    return replace(
        first,
        value=total,
        raw=raw,
        label=" ".join(common),
        terms=common,
        low=None,
        high=None,
        sentence=(first.sentence if dated else f"{raw} = {total:g}"),
    )


# -- the whole draft -------------------------------------------------------------
def verify_document(store: Store, document: Document) -> Report:
    """Every claim of a draft with its verdict, then the sums of its enumerations."""
    from search.crosscheck.judging import Judge, claim_sides

    refresh(store)
    pages = report_pages(document)
    claims, left_out = read_claims(document)
    judge_one = Judge(store)
    judged = [judge_one(c, side) for c, side in zip(claims, claim_sides(claims, pages))]
    judged += [with_reason(judge(store, total, kind="sum", parts=parts)) for total, parts in sum_claims(claims, pages)]
    return Report(Path(document.path).name, tuple(judged), pages, left_out)


def verify_claims(store: Store, claims: list[FigureRef]) -> list[Claim]:
    """Judge claims that were extracted elsewhere (benchmarks, tests): each as a paragraph of its own."""
    from search.crosscheck.judging import Judge, claim_sides

    refresh(store)
    judge_one = Judge(store)
    return [judge_one(c, side) for c, side in zip(claims, claim_sides(claims, ()))]


def with_reason(claim: Claim) -> Claim:
    """A sum's verdict with its reason."""
    from search.crosscheck.judging import SUM_REASONS

    return replace(claim, reason=SUM_REASONS[claim.verdict])


def cross_references(archive, figure_id: int) -> dict | None:
    """What the archive says elsewhere about a stored figure: the same indicator in other places
    (agreeing or not), the series it belongs to, and the findings that involve it.

    The figure page (``/cijfer/<id>``) shows this; returns None for an unknown id.
    """
    from search.crosscheck.checks import check_archive
    from search.crosscheck.figure_index import load_ref
    from search.crosscheck.series import series_of
    from search.store.memo import archive_wide

    store = getattr(archive, "store", archive)  # an Archive or a Store
    figure = load_ref(store, figure_id)
    if figure is None:
        return None
    refresh(store)
    matches = [e for e in evidence_for(store, figure) if e.figure.id != figure_id]
    series = [
        s
        for s in archive_wide(store, "series", series_of)
        if any(p.source.id == figure_id or figure_id in {o.id for o in p.others + p.revised} for p in s.points)
    ]
    findings = [
        f
        for f in archive_wide(store, "findings", check_archive)
        if any(
            e.get("file") == figure.file and e.get("page") == figure.page and e.get("value") == figure.value
            for e in f.evidence
        )
    ]
    return {
        "figure": figure.to_json(),
        "matches": [e.to_json() for e in matches],
        "series": [{"id": s.id, "label": s.label} for s in series],
        "findings": [f.to_json() for f in findings],
    }
