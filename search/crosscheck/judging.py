"""The verdict on one claim of a draft, part by part, with a reason a clerk can read.

"klopt" when a stored figure with the same value counts what the claim counts and no known part
(who, where, when, unit, kind) differs; "klopt niet" only when every part is known to be the same
and the archive holds one value for it that the claim's value contradicts; otherwise "niet te
controleren", saying which part differed.  Context stays in its paragraph: a claim inherits a
year, an organisation or a place only from its own paragraph and the draft's header
(:func:`claim_sides`).

>>> REASONS["none"]
'geen document noemt dit cijfer'
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Literal, overload

from search.crosscheck.aspects import (
    Side,
    _without_number,
    clause_agrees,
    covers,
    differences,
    distinctive,
    estimated,
    normal,
    organisations,
    own_clause,
    place_named,
    restates,
    same_source,
    same_thing,
    same_where,
    says_nothing,
    side,
    specific,
    years_in,
)
from search.crosscheck.figure_index import (
    FigureContext,
    TermWeights,
    contexts,
    lookup,
    lookup_cells,
    lookup_values,
    page_text,
    table_caption,
)
from search.crosscheck.labels import DISCRIMINATORS, ORGANISATIONS, SOFT, STOP_WORDS, ends_in, fold, terms_of, words_of
from search.crosscheck.lexicon import LEVEL_OF_ORGANISATION, REGIONAL
from search.crosscheck.matching import FigureRef
from search.crosscheck.values import agreement, interval
from search.store.db import Store

MAX_EVIDENCE = 5
NAME_WEIGHT = 4.0  # idf of a word in about one figure in fifty: a name rather than a kind of thing
CLASS_TERMS = frozenset(t for members in DISCRIMINATORS.values() for t in members)
ORGANISATION_TERMS = frozenset(ORGANISATIONS)  # "essm": who counted, not what
SAME_CANDIDATES = 150  # figures sharing the most label terms that may be the same indicator
MIN_COVER = 0.5
REASONS = {
    "none": "geen document noemt dit cijfer",
    "undated": "geen jaar genoemd: een ander cijfer kan over een ander jaar gaan",
    "same_value": "zelfde cijfer in {file} p.{page}, maar niet zeker over hetzelfde",
    "undated_same": "geen jaar genoemd: {file} p.{page} noemt dit cijfer voor {year}, andere jaren hebben andere cijfers",
    "several": "meerdere cijfers voor dit onderwerp: {values}",
    "unknown_source": "niet bekend wie telde: {values} komt van {source}",
    "other": "zelfde onderwerp, maar {difference}",
}
SUM_REASONS = {
    "supported": "de som van de delen klopt met het totaal",
    "contradicted": "de som van de delen wijkt af van het totaal",
    "unverified": "geen totaal gevonden om de delen mee te vergelijken",
}
_PARAGRAPH = re.compile(r"\n\s*\n")
_RELATIVE = re.compile(r"\b(vorig|afgelopen)\s+jaar\b", re.I)
HEADER_MAX = 120
SENTENCE_HEAD = 20  # characters of a sentence that find it in its paragraph
SECTION_PAGES = 3  # how far back a figure's section may have named its organisation
OPENING = 600  # characters of a document's first page that say what it is about
SHORT = 3  # a figure's sentence with fewer content words leans on the sentence before ("Tot 64% in 2021.")
_ANAPHOR = re.compile(r"(?:daarvan|hiervan|waarvan|van hen|van deze|daaronder|onder hen)\b", re.I)
_ANAPHOR_IN = re.compile(r"\b(?:daarvan|hiervan|waarvan|van hen|van wie)\b", re.I)
# "tegen 167 een jaar eerder", "tegenover 148 in 2023": a number compared with the one before it, its noun left out
_COMPARED_BEFORE = re.compile(
    r"(?:\btegen|\btegenover|\bvergeleken met|\bten opzichte van|\bterwijl dat|\bnog|\bvan\b.{1,40}\bnaar"
    r"|\b(?:waren|was)\s+(?:dat|het)\s+er(?:\s+nog)?)"
    r"(?:\s+een)?\s*$"
)  # "van een 7,4 in 2021 naar een 7,1 in 2023"
_COMPARED_AFTER = re.compile(
    r"^\s*(?:[),;.]|$|(?:een|het)\s+jaar\s+(?:eerder|daarvoor|ervoor)|in\s+(?:19|20)\d\d\b|(?:19|20)\d\d\b)"
)
# "op basis van alleen politiegegevens": the police's data cited in one sentence, not who counts a section's figures
_POLICE_DATA = re.compile(
    r"\bpolitie-?(?:gegevens|cijfers|registraties?|data|statistieken)\b"
    r"|\b(?:informatie|gegevens|cijfers|data|registraties?)\s+(?:van|bij)\s+(?:de\s+)?politie\b",
    re.I,
)  # "op basis van informatie van politie (BRON)" too
# "Schouten schreef op 21 mei 2025 dat er 26 trajecten liepen": when it was said, not the year counted
_WRITTEN_ON = re.compile(
    r"\b(?:schreef|schrijft|zei|zegt|antwoordde|antwoordt|meldde|liet\s+\w+\s+weten|liet\s+weten|verklaarde|stelde)"
    r"\s+(?:\w+\s+){0,3}(?:op\s+)?\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|"
    r"oktober|november|december)\s+(?:19|20)\d\d\b",
    re.I,
)
_DATELINE = re.compile(r"^\s*[A-Z][\w' -]{1,40},\s*(?:\w+dag\s+)?\d{1,2}\s+[a-z]+\s+\d{4}\s*$")
_LATER = re.compile(r"\b(?:een jaar later|het jaar (?:erna|daarop|daarna)|een jaar daarna)\b[^;]*$")
_EARLIER = re.compile(r"\b(?:een jaar eerder|het jaar (?:ervoor|daarvoor)|een jaar daarvoor)\b[^;]*$")
_SENTENCES = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def number(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e6 else f"{value:,.0f}".replace(",", ".")


# -- the claim's own context -----------------------------------------------------
def claim_sides(claims: list[FigureRef], pages: tuple[str, ...]) -> list[Side]:
    """Each claim as a Side whose year, organisation and place come from its sentence, else its own
    paragraph (before it), else the draft's header; a relative year ("vorig jaar") from the header's date."""
    header = _header(pages)
    out: list[Side] = []
    for claim in claims:
        text = pages[claim.page - 1] if 0 < claim.page <= len(pages) else claim.sentence
        paragraph = _paragraph_before(text, claim.start)
        siblings = [c for c in claims if c is not claim and c.sentence == claim.sentence and c.page == claim.page]
        compared = _compared_with(claim, out)
        if compared is not None:
            out.append(_elided_side(claim, compared))
            continue
        own = _claim_side(claim, paragraph, header, siblings)
        out.append(_year_after(own, out))
    return out


def _year_after(own: Side, before: list[Side]) -> Side:
    """ "115 slachtoffers in 2024, een jaar later waren dat er 143": the year of the number before it in its
    sentence, plus or minus one."""
    at = own.ref.sentence.find(own.ref.raw) if own.ref.raw else -1
    earlier = [s for s in before if s.ref.sentence == own.ref.sentence and s.ref.start < own.ref.start]
    if at < 0 or not earlier or earlier[-1].year is None:
        return own
    step = _year_step(own.ref.sentence, at)
    if not step:
        return own
    year = earlier[-1].year + step
    return replace(own, ref=replace(own.ref, year=year), year=year, dated=True)


def _year_step(sentence: str, at: int) -> int:
    """+1 after "een jaar later" before the number at ``at``, -1 after "een jaar eerder", else 0."""
    between = fold(sentence[max(0, at - 60) : at])
    return 1 if _LATER.search(between) else -1 if _EARLIER.search(between) else 0


def _compared_with(claim: FigureRef, before: list[Side]) -> Side | None:
    """The Side of the earlier number in the claim's sentence that a bare comparison refers to: in "208
    mensen, tegen 167 een jaar eerder" the 167 counts the same as the 208, a year before."""
    at = claim.sentence.find(claim.raw) if claim.sentence and claim.raw else -1
    if at < 0:
        return None
    ahead = fold(claim.sentence[max(0, at - 40) : at])
    after = fold(claim.sentence[at + len(claim.raw) : at + len(claim.raw) + 40])
    if not (_COMPARED_BEFORE.search(ahead) and _COMPARED_AFTER.match(after)):
        return None
    earlier = [
        s for s in before if s.ref.sentence == claim.sentence and s.ref.page == claim.page and s.ref.start < claim.start
    ]
    return earlier[-1] if earlier and earlier[-1].ref.unit == claim.unit else None


def _elided_side(claim: FigureRef, compared: Side) -> Side:
    """A bare comparison's Side: what the compared number counts, who counted and where; its own year
    when written ("tegen 167 in 2023"), else a year before the compared one's ("een jaar eerder")."""
    at = claim.sentence.find(claim.raw) if claim.raw else -1
    written = years_in(claim.sentence[at:][:40]) if at >= 0 else []
    step = 1 if at >= 0 and _year_step(claim.sentence, at) == 1 else -1  # (a bare comparison: a year before)
    year = written[0] if written else (compared.year + step if compared.year is not None else None)
    own = replace(
        claim,
        label=compared.ref.label,
        terms=compared.ref.terms,
        year=year,
        organisation=compared.organisation,
        place=compared.place,
    )
    return side(own, organisation=compared.organisation, place=compared.place, year=year, dated=year is not None)


def _header(pages: tuple[str, ...]) -> str:
    """The draft's first paragraph when it is one short line without a sentence (a title, a date)."""
    if not pages:
        return ""
    first = _PARAGRAPH.split(pages[0].strip(), maxsplit=1)[0].strip()
    return first if len(first) <= HEADER_MAX and "\n" not in first and not first.endswith(".") else ""


def _paragraph_before(text: str, start: int) -> str:
    starts = [m.end() for m in _PARAGRAPH.finditer(text, 0, max(0, start))]
    return text[(starts[-1] if starts else 0) : start]


def _claim_side(claim: FigureRef, paragraph: str, header: str, siblings: list[FigureRef]) -> Side:
    sentence = claim.sentence
    own_words = [t for t in terms_of(_without_number(sentence)) if not any(c.isdigit() for c in t)]  # (none: a
    # lone number such as "6x!", labelled by the lines above it)
    if claim.terms and own_words and not set(claim.terms) & set(own_words):
        claim = replace(claim, label="", terms=())  # a label read from the sentence before ("Totaal ...: 148.")
    before = _before_sentence(paragraph, sentence, claim.raw)  # the paragraph up to the claim's own sentence
    year, dated = _claim_year(claim, sentence, before, header)
    start, end = _clause_bounds(sentence, claim.raw)  # "...; in de regio begeleidde het ESSM er 167"
    org = (
        _first(organisations(sentence[start:end]))
        or _first(organisations(sentence))
        or _last(organisations(before))
        or _last(organisations(header))
    )
    scope = "" if _DATELINE.match(header) else header  # "Rotterdam, 12 maart 2025": where it was written
    said = f"{scope} {before} {sentence[:end]}"  # (not a place a later clause names)
    place = claim.place if claim.place and fold(claim.place) in fold(said) else ""
    exclude = frozenset(t for s in siblings for t in s.terms)
    own = replace(claim, year=year, organisation=org, place=place)
    clause = sentence
    if _ANAPHOR.match(sentence.strip()):  # "Daarvan waren er 120 meerderjarig": of the previous sentence's count
        clause = f"{_SENTENCE_END.split(before.rstrip())[-1]} {sentence}"
    elif _ANAPHOR_IN.search(piece(sentence, claim.raw)):  # "143 slachtoffers, 23 daarvan waren minderjarig"
        exclude = frozenset()  # the sentence's other count is what this one is a part of
        if not siblings and not claim.terms and before.strip():  # "Vijf daarvan hadden ...": the count before
            clause = f"{_SENTENCE_END.split(before.rstrip())[-1]} {sentence}"
    s = side(own, clause=clause, organisation=org, place=place, year=year, dated=dated)
    return replace(s, around=s.around - exclude)


def _clause_bounds(sentence: str, raw: str) -> tuple[int, int]:
    """Where the number's clause between semicolons starts and ends: each clause names its own who and where.

    >>> s = "CoMensha telde 944 slachtoffers; in de regio begeleidde het ESSM er 167."
    >>> start, end = _clause_bounds(s, "167"); s[start:end]
    ' in de regio begeleidde het ESSM er 167.'
    """
    at = sentence.find(raw) if raw else -1
    if at < 0:
        return 0, len(sentence)
    end = sentence.find(";", at)
    return sentence.rfind(";", 0, at) + 1, end if end >= 0 else len(sentence)


def _before_sentence(paragraph: str, sentence: str, raw: str) -> str:
    """``paragraph`` (which ends where the claim's number starts) without the claim's own sentence.

    >>> _before_sentence("Het ESSM hielp 143 slachtoffers. Daarvan waren er ", "Daarvan waren er 120 meerderjarig.", "120")
    'Het ESSM hielp 143 slachtoffers. '
    """
    if not sentence:
        return paragraph
    number = sentence.find(raw) if raw else -1
    head = sentence[: min(SENTENCE_HEAD, number)] if number >= 0 else sentence[:SENTENCE_HEAD]
    if not head.strip():  # the sentence opens with the number: the paragraph ends where it starts
        return paragraph
    at = paragraph.rfind(head)
    return paragraph[:at] if at >= 0 else paragraph


def _claim_year(claim: FigureRef, sentence: str, before: str, header: str) -> tuple[int | None, bool]:
    written = years_in(_WRITTEN_ON.sub(" ", sentence))
    if claim.year is not None and claim.year in written:
        return claim.year, True
    if written and claim.year is None:
        return written[0], True
    if _RELATIVE.search(sentence):  # "vorig jaar" against the draft's date, else undated
        return (years_in(header)[-1] - 1, True) if years_in(header) else (None, False)
    for text in (before, header):
        found = years_in(text)
        if found:
            return found[-1], True
    return None, False


def _first(items: tuple[str, ...]) -> str:
    return items[0] if items else ""


def _last(items: tuple[str, ...]) -> str:
    return items[-1] if items else ""


# -- judging -------------------------------------------------------------------------
class Judge:
    """Judges the claims of one draft against a store (caches pages and term weights for the draft)."""

    def __init__(self, store: Store):
        self.store = store
        self.weights = TermWeights(store)
        self._pages: dict[tuple[int, int], str] = {}
        self._sides: dict[int, Side] = {}
        self._named: dict[tuple[int, int], list[tuple[int, tuple[str, ...]]]] = {}
        self._contexts: dict[int, FigureContext] = {}
        self._places: dict[int, str] = {}  # a document's municipality and file name, folded
        self._page_terms: dict[tuple[int, int], frozenset[str]] = {}

    def __call__(self, claim: FigureRef, own: Side):
        from search.crosscheck.verify import Claim, Evidence

        claim = own.ref  # with the year, organisation and place of its own paragraph
        found = [f for f in self.candidates(claim, own) if self.worth(own, f)]
        self.load_contexts(found)
        figures = [self.figure_side(f) for f in found]
        support = [f for f in figures if self.supports(own, f)]
        if support:
            support.sort(key=lambda f: (f.ref.year != own.year, -covers(own, f, self.weights), f.ref.file, f.ref.page))
            best = support[0]
            others = [f for f in figures if f not in support and self.related(own, f)]
            evidence = tuple(
                Evidence(f.ref, covers(own, f, self.weights), agreement(claim, f.ref))
                for f in (support + others)[:MAX_EVIDENCE]
            )
            return Claim(claim, "supported", evidence, reason=self.agreeing_reason(own, best, others))
        same = narrowed(own, [f for f in figures if self.same_indicator(own, f)])
        values = sorted({f.ref.value for f in same})
        if (
            len(values) == 1
            and all(agreement(claim, f.ref) == "disagree" for f in same)
            and not self.said_in_another_year(own, figures)
        ):
            evidence = tuple(Evidence(f.ref, 1.0, "disagree") for f in same[:MAX_EVIDENCE])
            return Claim(claim, "contradicted", evidence, reason=self.disagreeing_reason(own, same[0]))
        swapped = self.swapped(own, figures)
        if swapped:
            evidence = tuple(Evidence(f.ref, 1.0, "disagree") for f in swapped[:MAX_EVIDENCE])
            return Claim(claim, "contradicted", evidence, reason=self.disagreeing_reason(own, swapped[0]))
        near = [
            f
            for f in figures
            if covers(own, f, self.weights) >= MIN_COVER
            and specific(own, f, self.weights)
            and not self.lacks_name(own, f)
        ]
        shown = near + [f for f in self.same_value(own, figures) if f not in near]
        evidence = tuple(
            Evidence(f.ref, covers(own, f, self.weights), agreement(claim, f.ref)) for f in shown[:MAX_EVIDENCE]
        )
        return Claim(claim, "unverified", evidence, reason=self.open_reason(own, figures, near, same, values))

    # -- which figures -------------------------------------------------------------
    def candidates(self, claim: FigureRef, own: Side) -> list[FigureRef]:
        found: dict[int, FigureRef] = {}
        low, high, _, _ = interval(claim)
        pad = max(abs(claim.value) * 1e-9, 1e-9)
        clause = own_clause(claim.sentence, claim.raw)  # what the claim says
        terms = tuple(dict.fromkeys(claim.terms + terms_of(clause)))
        content = tuple(sorted(own.label | own.around))
        for f in lookup_values(self.store, terms, claim.family, max(low, -1e18) - pad, min(high, 1e18) + pad):
            found[f.id] = f
        if claim.source == "table" and claim.row:
            for f in lookup_cells(self.store, claim.row, claim.column, claim.value):
                found.setdefault(f.id, f)
        probes: list[tuple[FigureRef, int | None]] = [(replace(claim, year=own.year), None)]
        if len([t for t in own.label if t not in SOFT]) <= 1:  # a thin label: find it by its clause as well,
            probes.append((replace(claim, year=own.year, terms=content), None))
            if own.dated:  # and by any word of it as the index holds it ("meld- en adviespunt": "meldpunt")
                words = (*terms_of(_without_number(clause)), *sorted(own.around))  # (an anaphor's too)
                found_by = tuple(t for t in dict.fromkeys(words) if t not in ORGANISATION_TERMS)
                found_by += compounds(own, claim.sentence)
                probes.append((replace(claim, year=own.year, terms=found_by), 1))
        if distinctive(claim) and not [t for t in own.label if t not in SOFT]:  # "voor verkeersveiligheids-
            heads = tuple(dict.fromkeys(h for t in own.around for h in compound_heads(t)))  # maatregelen"
            if heads:
                probes.append((replace(claim, year=own.year, terms=heads), 1))
        for probe, least in probes:  # a dated claim meets its own year (other years come in by value, for the reason)
            for f in lookup(self.store, probe, same_year=own.year is not None, limit=SAME_CANDIDATES, least=least):
                found.setdefault(f.id, f)
        return list(found.values())

    def worth(self, own: Side, figure: FigureRef) -> bool:
        """Cheap tests first: a figure that can neither support (value) nor be the same indicator (year,
        unit, a shared word) is not looked at further."""
        if figure.family != own.ref.family:
            return False
        if agreement(own.ref, figure) == "agree":
            return True
        if own.dated and figure.year != own.year:
            return False
        own_terms = [t for t in own.order if t not in SOFT]
        if own_terms and figure.terms:  # the counted thing itself must be named (see aspects.covers), maybe
            head, theirs = own_terms[0], normal(figure.terms)  # in a compound, or by a clause ("gestegen")
            return (
                head in figure.terms
                or head in theirs
                or any(ends_in(t, head, shortest=1) for t in figure.terms)
                or says_nothing(frozenset(theirs))
            )
        words = own.label | own.around
        return (
            not figure.terms or bool(words.intersection(figure.terms)) or bool(words.intersection(normal(figure.terms)))
        )

    def figure_side(self, figure: FigureRef) -> Side:
        """A stored figure as a Side: from the context read at ingest (figure_index.refresh), else read now."""
        kept = self._sides.get(figure.id)
        if kept is None:
            stored = self._contexts.get(figure.id)
            if stored is None:
                kept = self.build_side(figure)
            else:
                kept = side(
                    figure,
                    section=stored.section,
                    place=stored.place,
                    organisation=stored.organisation,
                    around=stored.around,
                    level=stored.level,
                )
                kept = replace(kept, around=kept.around | (stored.caption - kept.label))
            self._sides[figure.id] = kept
        return kept

    def load_contexts(self, figures: list[FigureRef]) -> None:
        """The stored contexts of figures not yet seen, in one query."""
        wanted = [f.id for f in figures if f.id >= 0 and f.id not in self._sides and f.id not in self._contexts]
        if wanted:
            self._contexts.update(contexts(self.store, wanted))

    @overload
    def build_side(self, figure: FigureRef) -> Side: ...

    @overload
    def build_side(self, figure: FigureRef, parts: Literal[True]) -> tuple[Side, frozenset[str]]: ...

    def build_side(self, figure: FigureRef, parts: bool = False):
        """A figure's Side read from its page: the organisations of its section, its table's caption, the
        sentence before a short one, the level its document opens with (``parts``: the Side of its clause
        and, apart, the caption's words, as figure_index stores them)."""
        kept = side(
            figure, section=self.section(figure), place=own_place(figure), organisation=own_organisation(figure)
        )
        previous = self.previous_sentence(figure) if figure.source == "text" and len(kept.around) < SHORT else ""
        if previous:  # "Tot 64% in 2021."
            clause = f"{previous} {figure.sentence}"
            kept = side(figure, section=kept.section, clause=clause, place=kept.place, organisation=kept.organisation)
        if not kept.level and not any(LEVEL_OF_ORGANISATION.get(o) == "landelijk" for o in kept.section):
            kept = replace(kept, level=self.document_level(figure.doc_id))
        caption: frozenset[str] = frozenset()
        if figure.source == "table" and figure.table_seq is not None:  # the caption says what the table counts
            caption = frozenset(normal(terms_of(self.caption(figure.doc_id, figure.table_seq))))
        if parts:
            return kept, caption
        return replace(kept, around=kept.around | (caption - kept.label))

    def forget(self) -> None:
        """Drop the pages read so far (building the context of a large archive, document by document)."""
        self._pages.clear()
        self._page_terms.clear()
        self._named.clear()

    def previous_sentence(self, figure: FigureRef) -> str:
        text = self.page(figure.doc_id, figure.page)
        at = text.find(figure.sentence[:40]) if figure.sentence else -1
        if at <= 0:
            return ""
        before = text[max(0, at - 300) : at].rstrip()
        return _SENTENCE_END.split(before[:-1])[-1] if before else ""

    def section(self, figure: FigureRef) -> tuple[str, ...]:
        """Organisations named before the figure on its page, else on the nearest page before that names one."""
        text = self.page(figure.doc_id, figure.page)
        cut = figure.start if figure.source == "text" and 0 < figure.start <= len(text) else len(text)
        found = self.organisations_before(figure.doc_id, figure.page, cut)
        back = figure.page - 1
        while not found and back >= max(1, figure.page - SECTION_PAGES):
            found = self.organisations_before(figure.doc_id, back, None)
            back -= 1
        return found

    def organisations_before(self, doc_id: int, number: int, cut: int | None) -> tuple[str, ...]:
        """Organisations a page names before a position (None: the whole page), read once per page."""
        key = (doc_id, number)
        named = self._named.get(key)
        if named is None:
            text = self.page(doc_id, number)
            named = self._named[key] = [
                (m.end(), organisations(_POLICE_DATA.sub(" ", m.group()))) for m in _SENTENCES.finditer(text)
            ]
        return tuple(o for end, orgs in named if cut is None or end <= cut + 1 for o in orgs)

    def document_level(self, doc_id: int) -> str:
        """ "regio" for a document that opens by saying it is about a region (a regional monitor), else unknown."""
        return "regio" if REGIONAL.search(fold(self.page(doc_id, 1)[:OPENING])) else ""

    def caption(self, doc_id: int, seq: int) -> str:
        key = (-doc_id, seq)
        if key not in self._pages:
            self._pages[key] = table_caption(self.store, doc_id, seq)
        return self._pages[key]

    def page(self, doc_id: int, number: int) -> str:
        key = (doc_id, number)
        if key not in self._pages:
            self._pages[key] = page_text(self.store, doc_id, number)
        return self._pages[key]

    # -- the rules -------------------------------------------------------------------
    def supports(self, own: Side, figure: Side) -> bool:
        if agreement(own.ref, figure.ref) != "agree":
            return False
        if quoted(own.ref, figure.ref):
            return True
        if self.differences(own, figure):
            return False
        if covers(own, figure, self.weights) < MIN_COVER:
            return False
        return specific(own, figure, self.weights) or same_distinctive_value(own.ref, figure.ref)

    def differences(self, own: Side, figure: Side) -> list[str]:
        found = differences(own, figure)
        page = self.page(figure.ref.doc_id, figure.ref.page)
        if not place_named(own, figure, page) and not self.document_of_place(figure.ref.doc_id, own.place):
            found.append(f"andere plaats: {own.place} niet genoemd bij dit cijfer")
        return found

    def document_of_place(self, doc_id: int, place: str) -> bool:
        """The figure's document is the place's own: its municipality, or its file name says so
        ("Zo willen we het verkeer ... - Gemeente Amsterdam.pdf"), though the page never names it."""
        if doc_id not in self._places:
            row = next(iter(self.store.rows("SELECT municipality, file FROM documents WHERE id = ?", (doc_id,))), None)
            found = fold(f"{row[0] or ''} {row[1] or ''}") if row else ""
            self._places[doc_id] = re.sub(r"[\W_]+", " ", found)  # "monitor-2025-regio-rotterdam.pdf"
        name = re.sub(r"^(?:de |het )?(?:gemeente|stad|regio)\s+", "", re.sub(r"[\W_]+", " ", fold(place)).strip())
        return bool(name) and re.search(rf"\b{re.escape(name)}\b", self._places[doc_id]) is not None

    def same_where(self, own: Side, figure: Side) -> bool:
        """The same place; a figure without one is of the place its page names before it ("Cijfers OM Rotterdam")."""
        if own.place and not figure.place and figure.ref.source == "text":
            text = self.page(figure.ref.doc_id, figure.ref.page)
            cut = figure.ref.start if figure.ref.source == "text" and figure.ref.start > 0 else len(text)
            return fold(own.place) in fold(text[:cut]) or same_where(own, figure)
        return same_where(own, figure)

    def same_indicator(self, own: Side, figure: Side) -> bool:
        """Every part known and the same: year, who, where, unit, kind and what is counted.

        An undated claim meets figures of any year; :meth:`__call__` then asks that they are of one year."""
        if (own.dated and figure.ref.year != own.year) or self.differences(own, figure):
            return False
        if own.ref.unit != figure.ref.unit and "times" in (own.ref.unit, figure.ref.unit):
            return False  # "191 keer benaderd" and "139 meldingen" count differently
        if self.lacks_class(own, figure) or self.lacks_name(own, figure):
            return False
        if remainder(own.ref) != remainder(figure.ref) or estimated(own.ref) != estimated(figure.ref):
            return False  # "in de overige 52 gevallen" counts the rest; "naar schatting 5.000" is no count
        if not (same_source(own, figure) and self.same_where(own, figure)):
            if own.organisation or own.place or not (restates(own, figure) or self.names_rare(own, figure)):
                return False  # (a claim repeating the figure's clause, or naming what only it names, leaves
                # who and where to it)
        return (
            covers(own, figure, self.weights) >= MIN_COVER
            and same_thing(own, figure)
            and specific(own, figure, self.weights)
            and clause_agrees(own, figure, self.weights)
        )

    def said_in_another_year(self, own: Side, figures: list[Side]) -> bool:
        """An undated claim whose very value the archive gives for the same thing, counted by the same
        source, in some year: "Het ESSM begeleidde 115 slachtoffers" is 2024's figure, not a wrong 2025 one."""
        return not own.dated and any(
            agreement(own.ref, f.ref) == "agree"
            and same_thing(own, f)
            and same_source(own, f)
            and self.same_where(own, f)
            and not self.differences(own, f)
            for f in figures
        )

    def swapped(self, own: Side, figures: list[Side]) -> list[Side]:
        """The figures counting the claim's thing whose value is the claim's with two neighbouring digits
        swapped (124 for the archive's 142), when the claim leaves who counted unsaid and no other value
        is the same thing: a typing error a clerk wants flagged, though the claim names no source."""
        if own.organisation or abs(own.ref.value) < 100:
            return []
        found = [
            f
            for f in figures
            if transposed(own.ref.value, f.ref.value)
            and (not own.dated or f.ref.year == own.year)
            and not self.differences(own, f)
            and not self.lacks_class(own, f)
            and not self.lacks_name(own, f)
            and covers(own, f, self.weights) >= MIN_COVER
            and same_thing(own, f)
            and specific(own, f, self.weights)
        ]
        return found if len({f.ref.value for f in found}) == 1 else []

    def lacks_class(self, own: Side, figure: Side) -> bool:
        """The claim names a class (a form of exploitation, an age, a gender) that the figure neither has
        nor names in its own sentence (or its table's words): "115 vrouwen die seksueel werden uitgebuit"
        are not "Van alle slachtoffers is 142 vrouw"."""
        words = figure.label | (
            frozenset(terms_of(figure.ref.sentence)) if figure.ref.source == "text" else figure.around
        )
        return any(
            name != "act" and name not in figure.classes and not members & words
            for name, members in own.classes.items()
        )

    def lacks_name(self, own: Side, figure: Side) -> bool:
        """The claim names something by a name few figures carry ("Zuidasdok", "Xarah") that neither the
        figure's page nor its document's first page or file name names: "86 documenten op het Woo-verzoek
        over Zuidasdok" is not contradicted by another request's 5 documents."""
        names = [
            t
            for t in proper_names(own.ref.sentence)
            if t not in _not_names()
            and t not in terms_of(own.place)
            and self.weights.get(t, NAME_WEIGHT) >= NAME_WEIGHT
        ]
        if not names:
            return False
        ref = figure.ref
        said = self.page_terms(ref.doc_id, ref.page) | self.page_terms(ref.doc_id, 1) | frozenset(terms_of(ref.file))
        return any(t not in said for t in names)

    def page_terms(self, doc_id: int, number: int) -> frozenset[str]:
        """The terms of a page, read once per draft."""
        key = (doc_id, number)
        if key not in self._page_terms:
            self._page_terms[key] = frozenset(terms_of(self.page(doc_id, number)))
        return self._page_terms[key]

    def names_rare(self, own: Side, figure: Side) -> bool:
        """The claim and the figure's label share a word almost no other figure has, that is no class (a
        shelter, a programme: "Xarah"): the claim is about that figure's thing, counted by whoever counted it.

        The word must be a name in the claim's sentence and in the figure's label or its own piece of its
        sentence ("11 slachtoffers in de Xarah", not the COSM's 70 of the same sentence)."""
        names = proper_names(own.ref.sentence)
        if not names:
            return False
        theirs = figure.label
        if figure.ref.source == "text":
            theirs = theirs | frozenset(terms_of(piece(figure.ref.sentence, figure.ref.raw)))
        shared = (own.label | own.around) & theirs & names
        return any(t not in CLASS_TERMS and self.weights.get(t, NAME_WEIGHT) >= NAME_WEIGHT for t in shared)

    # -- the reasons -------------------------------------------------------------------
    def related(self, own: Side, figure: Side) -> bool:
        """The same thing, elsewhere, with another value (shown beside the agreeing evidence)."""
        return (
            agreement(own.ref, figure.ref) == "disagree"
            and estimated(own.ref) == estimated(figure.ref)
            and not self.differences(own, figure)
            and not self.lacks_name(own, figure)
            and covers(own, figure, self.weights) >= MIN_COVER
            and same_thing(own, figure)
            and specific(own, figure, self.weights)
        )

    def agreeing_reason(self, own: Side, figure: Side, others: tuple[Side, ...] | list[Side] = ()) -> str:
        if quoted(own.ref, figure.ref):
            return (
                "zelfde cijfer in dezelfde zin"
                if figure.ref.source != "table"
                else "zelfde cijfer in dezelfde tabelcel"
            )
        parts = ["zelfde cijfer"]
        if own.year is not None and figure.ref.year == own.year:
            parts.append("zelfde jaar")
        elif own.year is None and figure.ref.year is not None:
            parts.append(f"jaar niet genoemd (bron: {figure.ref.year})")
        if figure.who and (own.organisation == figure.who or own.organisation in figure.section):
            parts.append("zelfde bron")
        elif figure.who:
            parts.append(f"bron: {figure.who}")
        if others:
            parts.append(f"elders {number(others[0].ref.value)} ({others[0].ref.file} p.{others[0].ref.page})")
        return ", ".join(parts)

    def disagreeing_reason(self, own: Side, figure: Side) -> str:
        theirs, ours = number(figure.ref.value), number(own.ref.value)
        if transposed(own.ref.value, figure.ref.value):
            return f"mogelijk verwisselde cijfers: {ours} tegenover {theirs}"
        year = f" in {figure.ref.year}" if figure.ref.year else ""
        return f"ander cijfer: {figure.ref.file} p.{figure.ref.page} noemt {theirs}{year}"

    def open_reason(self, own: Side, figures: list[Side], near: list[Side], same: list[Side], values) -> str:
        if not own.dated and same and not any(agreement(own.ref, f.ref) == "agree" for f in same):
            for f in figures:
                if f.ref.year and self.said_in_another_year(own, [f]):
                    return REASONS["undated_same"].format(file=f.ref.file, page=f.ref.page, year=f.ref.year)
        if len(values) > 1:
            return REASONS["several"].format(values=", ".join(number(v) for v in values[:6]))
        for f in figures:  # the same value, but a part differs
            if agreement(own.ref, f.ref) == "agree" and covers(own, f, self.weights) >= MIN_COVER:
                found = self.differences(own, f)
                if found:
                    return f"zelfde cijfer, maar {found[0]}"
        if same and transposed(own.ref.value, same[0].ref.value):
            return f"mogelijk verwisselde cijfers: {number(own.ref.value)} tegenover {number(same[0].ref.value)}"
        for f in near:
            found = self.differences(own, f)
            if found:
                return REASONS["other"].format(difference=found[0])
        if near and not own.dated:
            return REASONS["undated"]
        if near and not own.organisation and near[0].who:
            return REASONS["unknown_source"].format(values=number(near[0].ref.value), source=near[0].who)
        for f in self.same_value(own, figures):
            return REASONS["same_value"].format(file=f.ref.file, page=f.ref.page)
        return REASONS["none"]

    def same_value(self, own: Side, figures: list[Side]) -> list[Side]:
        """Figures with the claim's value that share a word of what it counts, though not shown to count
        the same: worth showing, so "geen document noemt dit cijfer" is never said of a cited number."""
        words = own.label | own.around
        return [f for f in figures if agreement(own.ref, f.ref) == "agree" and words & (f.label | f.around)][:2]


def remainder(r: FigureRef) -> bool:
    """The figure counts the rest of something ("de overige 52 gevallen", "de andere 12"): its own piece of
    its sentence says "overige", "andere" or "resterende" just before the number or its noun.

    >>> from extract.model import Figure
    >>> from search.crosscheck.matching import ref
    >>> s = "In 139 gevallen ging het om mensenhandel; in de overige 52 gevallen om een vraag."
    >>> remainder(ref(Figure(52, "52", sentence=s))), remainder(ref(Figure(139, "139", sentence=s)))
    (True, False)
    """
    if not r.sentence or not r.raw:
        return False
    at = r.sentence.find(r.raw)
    if at < 0:
        return False
    before, after = fold(r.sentence[max(0, at - 20) : at]), fold(r.sentence[at + len(r.raw) :]).strip()
    return bool(_REMAINDER.search(before) or _REMAINDER.match(after[:12]))


_REMAINDER = re.compile(r"\b(?:overige|overig|andere|resterende)\b")


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Capitalised words that name who or where, not what a figure is about: organisations (their
    abbreviations and the words of their full names), the classes, places and their levels."""
    from extract.nlp import ORGANISATIONS as NAMES
    from extract.nlp import municipalities

    words = set(ORGANISATION_TERMS) | set(CLASS_TERMS) | {"nederland", "regio", "gemeent", "stad", "provincie"}
    for abbreviation, full in NAMES.items():
        words.update(terms_of(abbreviation))
        for name in full:
            words.update(t for w in name.split() for t in terms_of(w))
    for name in municipalities()[0]:
        words.update(terms_of(name))
    return frozenset(words)


@lru_cache(maxsize=4096)
def proper_names(sentence: str) -> frozenset[str]:
    """The terms of the capitalised words after a sentence's first word: names ("Xarah", "Tosca").

    >>> sorted(proper_names("In de Xarah-opvang verbleven negen slachtoffers.")), proper_names("Bij 58 procent van de botsingen.")
    (['xarah'], frozenset())
    """
    words = _NAME.findall(sentence)[1:]
    return frozenset(t for w in words if w[:1].isupper() and not w.isupper() for t in terms_of(w))


_NAME = re.compile(r"[^\W\d_]+")


def compounds(own: Side, sentence: str) -> tuple[str, ...]:
    """The compounds the index may hold for a thin label and a word of its clause: "zaken van mensenhandel"
    is written "mensenhandelzaken" elsewhere.

    >>> from extract.model import Figure
    >>> from search.crosscheck.aspects import side
    >>> from search.crosscheck.matching import ref
    >>> found = compounds(side(ref(Figure(40, "40", label="zaken"))), "40 zaken van mensenhandel")
    >>> "mensenhandelzak" in found, "menszak" in found
    (True, True)
    """
    heads = [t for t in own.order if t not in SOFT][:1]
    words = [w for w in _PLAIN_WORD.findall(fold(sentence)) if len(w) >= COMPOUND_PART and w not in STOP_WORDS]
    return tuple(dict.fromkeys(f"{m}{h}" for h in heads for w in words if not w.startswith(h) for m in modifiers(w)))


def compound_heads(term: str) -> tuple[str, ...]:
    """The tails of a compound that may be a word of their own, longest first (the index says which are).

    >>> "maatregel" in compound_heads("verkeersmaatregel"), compound_heads("fiets")
    (True, ())
    """
    return tuple(term[i:] for i in range(COMPOUND_PART - 1, len(term) - COMPOUND_PART + 1))


def modifiers(word: str) -> tuple[str, ...]:
    """The forms a word may take as the first part of a compound: the word itself, then its beginnings
    ("fietsers" is "fiets" in "fietsrit", "buspassagiers" is "bus" in "busrit"); the index says which exist.

    >>> modifiers("fietsers")
    ('fietsers', 'fie', 'fiet', 'fiets', 'fietse', 'fietser')
    """
    return (word, *(word[:n] for n in range(MODIFIER_MIN, len(word))))


MODIFIER_MIN = 3  # letters of the shortest first part of a compound ("bus")
COMPOUND_PART = 5  # letters of a word that may be the first part of a compound
_PLAIN_WORD = re.compile(r"[a-z]+")


_PIECE_END = re.compile(r"[,;:()]|\s(?:en|of|tegen|terwijl)\s")


def piece(sentence: str, raw: str) -> str:
    """The part of an enumerating sentence that belongs to one number: from the previous comma (or "en")
    to the next.

    >>> piece("Van hen werden 70 slachtoffers opgevangen in de COSM, 11 in de Xarah en 17 op het noodbed.", "17")
    '17 op het noodbed.'
    """
    found = re.search(rf"(?<![\d.,]){re.escape(raw)}(?![\d]|[.,]\d)", sentence) if raw else None
    if not found:
        return sentence
    starts = [m.end() for m in _PIECE_END.finditer(sentence, 0, found.start())]
    end = _PIECE_END.search(sentence, found.end())
    return sentence[(starts[-1] if starts else 0) : end.start() if end else len(sentence)]


def narrowed(own: Side, same: list[Side]) -> list[Side]:
    """Of several figures counting the claim's thing with different values, the ones whose own piece of
    their sentence names what the claim's clause adds ("op het noodbed": 17, not the Xarah's 11); all of
    them when that does not single out one value."""
    if len({f.ref.value for f in same}) < 2:
        return same
    words = (own.label | own.around) - SOFT
    if not words:
        return same
    kept = [f for f in same if words & frozenset(normal(terms_of(piece(f.ref.sentence, f.ref.raw))))]
    if len({f.ref.value for f in kept}) == 1:
        return kept
    return closest_sentences(own, same)


def closest_sentences(own: Side, same: list[Side]) -> list[Side]:
    """Of several figures counting the claim's thing, those whose own piece of their sentence shares the
    most of the claim sentence's words, generic ones included ("meldingen ... over mensenhandel": the 139
    "meldingen betrekking op mensenhandel", not the 191 "contactmomenten in behandeling"); all of them
    when no one value shares more than the others."""
    said = own_clause(own.ref.sentence, own.ref.raw)
    ours = words_of(_without_number(said)) if own.ref.sentence else frozenset()
    shared = {id(f): len(ours & words_of(_without_number(piece(f.ref.sentence, f.ref.raw)))) for f in same}
    best = max(shared.values(), default=0)
    kept = [f for f in same if shared[id(f)] == best]
    return kept if best and len({f.ref.value for f in kept}) == 1 else same


def own_place(figure: FigureRef) -> str:
    """A stored figure's place when its own sentence or table labels name it (not one carried over from before)."""
    if not figure.place:
        return ""
    where = fold(f"{figure.sentence} {figure.row} {figure.column}")
    name = re.sub(r"^(?:de |het )?(?:regio|gemeente|eenheid|stad)\s+", "", fold(figure.place).strip())
    return figure.place if name and name in where else ""


def own_organisation(figure: FigureRef) -> str:
    """A stored text figure's organisation when its own sentence names it; others come from its section."""
    if figure.source != "text":
        return figure.organisation
    named = organisations(_without_others_agents(figure.sentence, figure.raw))
    if figure.organisation and figure.organisation in named:
        return figure.organisation
    return named[0] if len(set(named)) == 1 else ""  # "zo'n 170 personen geholpen door politiemedewerkers"


def _without_others_agents(sentence: str, raw: str) -> str:
    """The sentence without the "door de politie" of another number's piece: in "4.845 verkeersslachtoffers
    behandeld door de ambulance, in vergelijking met 1.196 door de politie" the police counted the 1.196.

    >>> _without_others_agents("Er zijn 4.845 slachtoffers behandeld, tegen 1.196 door de politie.", "4.845")
    'Er zijn 4.845 slachtoffers behandeld, tegen 1.196 .'
    """
    own = piece(sentence, raw)
    out = sentence
    for match in _NUMERAL.finditer(sentence):
        other = piece(sentence, match.group())
        if match.group() == raw or other == own:
            continue
        agent = _AGENT.search(other)
        if agent:
            out = out.replace(agent.group(), "")
    return out


_NUMERAL = re.compile(r"\d[\d.,]*\d|\d")
_AGENT = re.compile(r"\bdoor\s+(?:de|het)\s+[\w-]+(?:\s+[A-Z][\w-]*)*")


def same_distinctive_value(claim: FigureRef, figure: FigureRef) -> bool:
    """Exactly the same value of three or more significant digits (not rounded, not a range): with what is
    counted covered, that is enough where the words alone are too common to be specific.

    >>> from extract.model import Figure
    >>> from search.crosscheck.matching import ref
    >>> same_distinctive_value(ref(Figure(25_300_000, "25,3 miljoen")), ref(Figure(25_300_000, "25,3 miljoen")))
    True
    >>> same_distinctive_value(ref(Figure(25, "25")), ref(Figure(25, "25")))
    False
    """
    exact = abs(claim.value - figure.value) <= 1e-9 * max(1.0, abs(claim.value))
    return exact and _plain(claim.qualifier) and _plain(figure.qualifier) and distinctive(claim)


def _plain(qualifier: str) -> bool:
    return qualifier in ("", "exact")


def quoted(claim: FigureRef, figure: FigureRef) -> bool:
    """The claim quotes the figure: the same unit in the same sentence, or the same table cell (row and column)."""
    if claim.family != figure.family:
        return False
    if claim.source == figure.source == "table":
        return bool(claim.row) and (_words(claim.row), _words(claim.column)) == (
            _words(figure.row),
            _words(figure.column),
        )
    return len(claim.sentence) >= QUOTE_MIN and _words(claim.sentence) == _words(figure.sentence)


QUOTE_MIN = 25  # characters: a shorter "sentence" (a heading, a lone number) says too little to be a quote
_WORD = re.compile(r"\w+")


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(text)))


def transposed(a: float, b: float) -> bool:
    """Two integers whose digits are the same but two neighbours swapped (1013 and 1031).

    >>> transposed(1013, 1031), transposed(1013, 1013), transposed(120, 143)
    (True, False, False)
    """
    if a == b or a != int(a) or b != int(b):
        return False
    x, y = str(int(abs(a))), str(int(abs(b)))
    if len(x) != len(y) or len(x) < 2:
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]
