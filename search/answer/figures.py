"""Figure answers: a "hoeveel" question is a claim with its value left blank.

The question becomes a claim (:func:`search.crosscheck.matching.ref` of a
Figure without value) and the figure index finds its candidates
(:func:`search.crosscheck.figure_index.lookup`), the same matching that
verifies drafts.  A candidate answers only when the evidence holds all that
is asked:

- the year asked is the figure's own year (a table cell's year is its
  column's: the 2025 column's 143 never answers for 2024);
- the place and organisation asked are the figure's, or named on its page
  while the figure names no other;
- every word of what is counted stands in its label, row, column, table
  caption or sentence;
- the label names the same indicator (labels.similarity: seksuele is not
  criminele uitbuiting; a part "18-" ranks below the total).

Among the best candidates, one value per document: several documents with
different values are shown each with its source ("de bronnen verschillen");
one document giving several values for the question is ambiguous and no
answer.

>>> from search.answer.question import analyse
>>> claim_of(analyse("hoeveel slachtoffers van seksuele uitbuiting in 2024")).terms
('slachtoffer', 'seksuel', 'uitbuit')
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from extract.fuzzy import ratio
from extract.model import Figure
from search.answer.model import Answer, Source, Value
from search.answer.question import Asked
from search.answer.scope import PageTexts, organisation_fits, place_first, place_fits
from search.crosscheck.figure_index import figures_by_id, lookup, refresh
from search.crosscheck.labels import FUZZY_MIN, MISSING_CLASS_PENALTY, SOFT, classes, similarity, terms_of
from search.crosscheck.matching import UNIT_FAMILY, FigureRef, ref
from search.index.analysis import fold
from search.store.db import Store

ELSEWHERE = 0.75  # credit for a word asked that stands elsewhere in the figure's sentence (its frame)
MIN_SCORE = 0.75  # share of the words asked (in label and clause) below which a figure is no answer
BAND = 0.02  # within one document, candidates this close to its best one count as answers too
EXTRA_TERM, EXTRA_MAX = 0.03, 0.15  # per term the figure's label names beyond the question
DOC_BAND = 0.1  # documents whose best candidate is this close to the best one are sources too


@dataclass(frozen=True)
class Candidate:
    figure: FigureRef
    score: float


def claim_of(asked: Asked) -> FigureRef:
    """The question as a claim: what it counts, in its unit, period, place and organisation."""
    figure = Figure(
        value=0.0,
        raw="",
        unit=asked.unit,
        label=asked.subject,
        year=asked.year,
        place=asked.place,
        organisation=asked.organisation,
    )
    return ref(figure)


def figure_answer(archive, asked: Asked) -> Answer | None:
    """An answer from the stored figures, or None when no figure holds what is asked."""
    store = archive.store
    refresh(store)
    claim = claim_of(asked)
    if not claim.terms:
        return None
    candidates = [c for c in _scored(archive, asked, claim) if c.score >= MIN_SCORE]
    candidates = place_first(asked, candidates)
    if not candidates:
        return None
    if asked.kind == "trend" or asked.since or asked.year_end:
        return _series_answer(asked, candidates)
    if asked.year is None and _YEARLY.search(fold(asked.text)):
        # "hoeveel slachtoffers zijn er jaarlijks": a figure per year ("Elk jaar zijn er naar schatting 5.000"),
        # not the newest year's count
        candidates = [c for c in candidates if _YEARLY.search(fold(c.figure.sentence))] or candidates
    if asked.year is None:
        newest = max(c.figure.year or 0 for c in candidates)
        candidates = [c for c in candidates if (c.figure.year or 0) == newest]
    return _value_answer(asked, candidates)


def _scored(archive, asked: Asked, claim: FigureRef) -> list[Candidate]:
    """Candidates from the figure index (the claim's label terms) and from the pages the words asked
    are found on (labels are short: "113 slachtoffers" counts "tijdelijke opvang" only in its sentence)."""
    store = archive.store
    pages = PageTexts(store)
    wanted = terms_of(asked.subject)
    verbs = tuple(t for t in terms_of(asked.topic) if t not in wanted)
    head = head_term(asked.subject)
    seen: set[int] = set()
    kinds = ("figure", "change") if _CHANGE.search(fold(asked.text)) else ("figure",)
    totals = "totaal" in asked.words
    out = []
    about = terms_of(" ".join(asked.about))
    on_page: dict[tuple[int, int], tuple[str, ...]] = {}
    dated = asked.year is not None and not (asked.since or asked.year_end)
    found = [f for unit in asked.units for f in lookup(store, replace(claim, unit=unit), same_year=dated)]
    for figure in found + _on_pages(archive, asked, asked.units):
        if figure.id in seen or figure.kind not in kinds or not _in_period(asked, figure):
            continue
        seen.add(figure.id)
        own = _own_terms(figure)
        clause = terms_of(clause_of(figure)) + _about_on_page(about, figure, pages, on_page)
        if head and not _covered((head,), own + clause):
            continue  # "hoeveel daders": the figure itself must count daders, not onderzoeken
        if counts_another(asked, figure):
            continue  # "hoeveel personen": not "4-6 plekken" for slachtoffers
        if counts_a_part(wanted, figure):
            continue  # "hoeveel casussen": not "vijf casussen ... op seksuele uitbuiting"
        if not _covered(wanted, _evidence_terms(store, figure) + clause):
            continue
        if not place_fits(asked, figure, pages) or not organisation_fits(asked, figure, pages):
            continue
        if not _domain_holds(asked, pages(figure.doc_id, figure.page)):
            continue
        if opposite(asked.words, clause_of(figure) or figure.sentence):
            continue
        if not numbers_hold(asked, figure):
            continue  # "hoeveel inspecties had fase 3": not the 2 inspecties of fase 2
        score = _score(wanted, verbs, own + clause, own, terms_of(figure.sentence), terms_of(frame_of(figure)))
        if totals and re.match(r"(?i)totaal", figure.row or figure.label):
            score += 0.05  # "in totaal": the table's total row
        if score:
            out.append(Candidate(figure, score))
    return out


def _about_on_page(about: tuple[str, ...], figure: FigureRef, pages: PageTexts, cache: dict) -> tuple[str, ...]:
    """The terms of what the question is about ("over het ongeval op de rotonde Postjesweg") that the
    figure's page or its document's title names: a Woo decision's "Er zijn drie documenten gevonden"
    counts the documents about the subject its first page names."""
    if not about:
        return ()
    key = (figure.doc_id, figure.page)
    if key not in cache:
        cache[key] = tuple(set(terms_of(pages(*key))))
    return tuple(t for t in about if _covered((t,), cache[key]))


_YEARLY = re.compile(r"\b(?:jaarlijks\w*|elk jaar|ieder jaar|per jaar|elke jaar)\b")
DOMAIN_WORDS = frozenset({"mensenhandel"})  # asked words the label terms leave out as generic (labels.GENERIC)


def _domain_holds(asked: Asked, page: str) -> bool:
    """A domain word asked that labels leave out ("mensenhandel": nearly every label of the Rotterdam
    monitors is about it) still stands on the figure's page or in its document's title: "wat kostte
    het vaste mensenhandel" is not answered by the vast bedrag of a BIZ plan.

    >>> from search.answer.question import analyse
    >>> _domain_holds(analyse("wat kost mensenhandel"), "biz plan rozengracht vast bedrag"), _domain_holds(
    ...     analyse("wat kost mensenhandel"), "mensenhandelmonitor 2025")
    (False, True)
    """
    return all(word in page for word in asked.words if word in DOMAIN_WORDS)


_CHANGE = re.compile(
    r"\b(?:toe|toename|stijging|steeg|gestegen|stijgt|daling|daalde|gedaald|afname|nam|groei|"
    r"gegroeid|verschil)\b"
)
PAGE_HITS = 8


def _on_pages(archive, asked: Asked, families: tuple[str, ...]) -> list[FigureRef]:
    """The figures (of the unit family asked) on the pages where the words asked are found."""
    from search.answer.passages import LOOSE, query_of

    query = query_of(asked)
    if not query:
        return []
    try:
        hits = archive.search(query, kinds=("passage",), limit=PAGE_HITS, **LOOSE).hits
    except Exception:  # no index (a bare store): the figure index alone
        return []
    keys = list(dict.fromkeys((h.document, h.page) for h in hits))
    ids: list[int] = []
    for doc_id, page in keys:
        ids += [
            r[0]
            for r in archive.store.rows("SELECT id, unit FROM figures WHERE doc_id = ? AND page = ?", (doc_id, page))
            if _family(r[1]) in families
        ]
    return figures_by_id(archive.store, ids)


def _family(unit: str) -> str:
    unit = {"fraction": "percent", "ratio": "percent", "share": "percent"}.get(unit, unit)
    return UNIT_FAMILY.get(unit, unit)


def _own_terms(figure: FigureRef) -> tuple[str, ...]:
    """What the figure itself says it counts: its label terms (for a bare "Totaal" row, what the row
    totals, see :func:`search.crosscheck.matching.ref`), or its row and column."""
    return figure.terms or terms_of(f"{figure.row} {figure.column}")


_NUMBERISH = re.compile(
    r"\d+(?:[.,]\d+)*%?|\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf"
    r"|dertien|veertien|vijftien|twintig|dertig|honderd|duizend)\b",
    re.I,
)


def clause_of(figure: FigureRef) -> str:
    """The words of the figure's sentence that belong to it: up to the next number, and for the first
    number the words before it too ("70 internationale slachtoffers opgevangen in de COSM-opvang, 4 ...").

    >>> clause_of(ref(Figure(4, "4", sentence="Van hen 70 internationale slachtoffers in de COSM, 4 in de Tosca.")))
    ' in de Tosca.'
    """
    text = figure.sentence
    found = raw_in(figure)
    if figure.source == "table" or found is None:
        return ""
    at = found.start()
    before = [m.end() for m in _NUMBERISH.finditer(text, 0, at) if not _is_year(m.group())]
    after = [m.start() for m in _NUMBERISH.finditer(text, found.end()) if not _is_year(m.group())]
    lead = "" if before else text[:at]  # words before the first number belong to it ("In 2025 kregen")
    return lead + text[found.end() : after[0] if after else len(text)]


def raw_in(figure: FigureRef) -> re.Match | None:
    """Where the figure's own words stand in its sentence (a line break of the page is a space there).

    >>> raw_in(ref(Figure(80, "80\\nprocent", sentence="van de fietsen 80 procent wordt teruggevonden"))).start()
    15
    """
    if not figure.raw:
        return None
    pattern = r"\s+".join(re.escape(part) for part in figure.raw.split())
    return re.search(rf"(?<![\w.,]){pattern}(?![0-9A-Za-z])", figure.sentence)


def numbers_hold(asked: Asked, figure: FigureRef) -> bool:
    """Every number the question names (besides years) stands where the figure stands: its sentence,
    or its table row, column and label; the figure's own value does not count for it.

    >>> from search.answer.question import analyse
    >>> two = ref(Figure(2, "2", sentence="Fase 2 heeft bestaan uit 2 funderingsinspecties."))
    >>> numbers_hold(analyse("hoeveel inspecties had fase 2"), two), numbers_hold(
    ...     analyse("hoeveel inspecties had fase 3"), two)
    (True, False)
    >>> numbers_hold(analyse("hoeveel inspecties had fase 2"), ref(Figure(2, "2", sentence="Fase 3: 2 inspecties.")))
    False
    """
    if not asked.numbers:
        return True
    text = fold(f"{figure.sentence} {figure.row} {figure.column} {figure.label} {figure.context}")
    for number in asked.numbers:
        found = len(re.findall(rf"(?<![\d.,]){re.escape(number)}(?![\d])", text))
        own = 1 if figure.raw and fold(figure.raw) == number and figure.source != "table" else 0
        if found <= own:
            return False
    return True


def _is_year(token: str) -> bool:
    return bool(re.fullmatch(r"(19[5-9]\d|20[0-4]\d)", token))


def counted_terms(label: str) -> tuple[str, ...]:
    """The terms of the noun a figure's label counts: its first word that is no inflected adjective.

    >>> counted_terms("plekken aanbieden landelijke slachtoffers"), counted_terms("internationale slachtoffers")
    (('plek',), ('slachtoffer',))
    """
    for word in label.split():
        found = terms_of(word)
        if found and not (word.endswith("e") and not word.endswith("ee")):
            return found
    return ()


COUNTED_KINDS = frozenset({"hoeveel", "bedrag"})


def counts_another(asked: Asked, figure: FigureRef) -> bool:
    """A figure of running text counts another thing than asked: the noun its label counts stands
    nowhere in the question ("hoeveel personen begeleidde het essm": "4-6 plekken aanbieden voor
    slachtoffers" counts places).  Table cells count what their row and column say; amounts,
    shares and durations name their thing elsewhere.

    >>> from search.answer.question import analyse
    >>> counts_another(analyse("hoeveel personen begeleidde het essm"), ref(Figure(4, "4-6", label="plekken slachtoffers")))
    True
    >>> counts_another(analyse("hoeveel slachtoffers begeleidde het essm"), ref(Figure(167, "167", label="cliënten")))
    False
    """
    if figure.source == "table" or asked.kind not in COUNTED_KINDS or asked.unit not in ("count", "eur"):
        return False
    if _family(figure.unit) != asked.unit:
        return False
    counted = counted_terms(figure.label)
    asked_terms = terms_of(" ".join(asked.words))
    return bool(counted) and not any(_covered((t,), asked_terms) for t in counted)


NEAR_BEFORE = (
    8  # words before a figure that can qualify it ("binnen seksuele uitbuiting van één casus in 2024 naar vijf")
)
_CLAUSE_END = re.compile(r"[,;:()]|\b(?:waarvan|waarbij|waaronder|waarin|die|dat|terwijl|maar)\b")


def near_words(figure: FigureRef) -> str:
    """The words that qualify a figure of running text: the few before it and those after it up to
    the next number or the end of its clause ("binnen seksuele uitbuiting van één casus in 2024";
    "34 onderzoeken gestart" without the "waarvan ... seksuele uitbuiting" that follows).

    >>> s = "Er werden 34 onderzoeken gestart, waarvan het grootste aandeel seksuele uitbuiting betrof."
    >>> near_words(ref(Figure(34, "34", sentence=s)))
    'Er werden  onderzoeken gestart'
    """
    text = figure.sentence
    found = raw_in(figure)
    if figure.source == "table" or found is None:
        return ""
    before = re.split(r"[,;:()]", text[: found.start()])[-1].split()[-NEAR_BEFORE:]
    after = text[found.end() :]
    following = [m.start() for m in _NUMBERISH.finditer(after) if not _is_year(m.group())]
    after = after[: following[0]] if following else after
    end = _CLAUSE_END.search(after)
    return f"{' '.join(before)} {after[: end.start()] if end else after}".rstrip()


def counts_a_part(wanted: tuple[str, ...], figure: FigureRef) -> bool:
    """A figure of running text whose own clause names a form, age or gender the question does not
    ask counts a part: "hoeveel casussen had het riec" is not "vijf casussen ... op seksuele uitbuiting".

    >>> s = "In 2025 hadden vijf casussen betrekking op seksuele uitbuiting, twee op arbeidsuitbuiting."
    >>> counts_a_part(("casuss",), ref(Figure(5, "vijf", sentence=s))), counts_a_part(
    ...     ("casuss", "seksuel", "uitbuit"), ref(Figure(5, "vijf", sentence=s)))
    (True, False)
    """
    asked = classes(wanted)
    return any(name not in asked for name in classes(terms_of(near_words(figure))))


def head_term(subject: str) -> str:
    """The term of what is counted: the first word of the subject that is no inflected adjective
    ("tijdelijke", "minderjarige") and no soft word ("slachtoffers"), or "" when the subject counts
    only slachtoffers.

    >>> head_term("daders strafrechtelijke onderzoeken"), head_term("slachtoffers tijdelijke opvang")
    ('dader', '')
    """
    for word in subject.split():
        found = terms_of(word)
        if not found or (word.endswith("e") and not word.endswith("ee")) or classes(found):
            continue
        return "" if found[0] in SOFT else found[0]
    return ""


def _score(
    wanted: tuple[str, ...],
    verbs: tuple[str, ...],
    found: tuple[str, ...],
    own: tuple[str, ...],
    sentence: tuple[str, ...] = (),
    frame: tuple[str, ...] = (),
) -> float:
    """How well a figure answers: the share of the words asked in its label and clause (soft terms
    such as "slachtoffers" only break ties), 0 when a class disagrees (seksuele / criminele), lowered for each class only the
    figure names (the "18-" part of a total); the question's verbs ("gemeld") and a label like the
    question's break ties.  A word asked that stands only elsewhere in the figure's sentence counts
    for less (:func:`_credit`)."""
    if not wanted:
        return 0.0
    for name, members in classes(wanted).items():
        theirs = classes(found).get(name)
        if theirs and theirs != members:
            return 0.0
    hard = [t for t in wanted if t not in SOFT] or list(wanted)
    score = sum(_credit(t, found, frame, sentence) for t in hard) / len(hard)
    score += 0.02 * any(t in SOFT and _covered((t,), found) for t in wanted)  # soft words only break ties
    for name in classes(own):
        if name not in classes(wanted):
            score *= MISSING_CLASS_PENALTY
    extra = [t for t in own if t not in SOFT and not _covered((t,), wanted + verbs)]
    score -= min(EXTRA_MAX, EXTRA_TERM * len(extra))  # "buitenlandse slachtoffers" are a part
    if verbs:
        score += 0.04 * sum(1 for t in verbs if _covered((t,), found)) / len(verbs)
    return round(score + 0.03 * similarity(wanted, own), 4)


def _credit(term: str, found: tuple[str, ...], frame: tuple[str, ...], sentence: tuple[str, ...]) -> float:
    """What a word asked adds to a figure's score: 1 in its label or clause; :data:`ELSEWHERE` in the
    words before it, which set its frame ("tien strafrechtelijke onderzoeken naar arbeidsuitbuiting
    afgerond met in totaal 26 slachtoffers en negentien daders"); half further on, where the words
    belong to a later number ("8 informatieve gesprekken en 2 aangiftes van criminele uitbuiting",
    "Van de 11 casussen was de politie in 5 gevallen inbrenger van het signaal").

    >>> _credit("dader", ("dader",), (), ()), _credit("onderzoek", (), ("onderzoek",), ("onderzoek",))
    (1.0, 0.75)
    >>> _credit("inbrenger", (), (), ("inbrenger",)), _credit("riec", (), (), ())
    (0.5, 0.0)
    """
    if _covered((term,), found):
        return 1.0
    if _covered((term,), frame):
        return ELSEWHERE
    return 0.5 if _covered((term,), sentence) else 0.0


def frame_of(figure: FigureRef) -> str:
    """The words of the figure's sentence before its clause (see :func:`clause_of`)."""
    found = raw_in(figure)
    if figure.source == "table" or found is None:
        return ""
    before = [m.end() for m in _NUMBERISH.finditer(figure.sentence, 0, found.start()) if not _is_year(m.group())]
    return figure.sentence[: found.start()] if before else ""


_OPPOSITES = (
    ("minder", "meer"),
    ("hoger", "lager"),
    ("stijging", "daling"),
    ("toename", "afname"),
    ("gestegen", "gedaald"),
    ("binnen", "buiten"),
)


def opposite(words: tuple[str, ...], text: str) -> bool:
    """The figure's words say the opposite of the question's: "minder zichtbare sectoren" asked,
    "meer zichtbare sectoren" written.

    >>> opposite(("minder", "zichtbare"), "uitgebuit in meer zichtbare sectoren")
    True
    """
    found = set(re.findall(r"\w+", fold(text)))
    for a, b in _OPPOSITES:
        for asked, other in ((a, b), (b, a)):
            if asked in words and other in found and asked not in found:
                return True
    return False


def _in_period(asked: Asked, figure: FigureRef) -> bool:
    if figure.year is None:
        return False
    if asked.year is not None and asked.year_end:
        return asked.year <= figure.year <= asked.year_end
    if asked.since and asked.year is not None:
        return figure.year >= asked.year
    return asked.year is None or (figure.year == asked.year and (figure.year_end or figure.year) == asked.year)


def _evidence_terms(store: Store, figure: FigureRef) -> tuple[str, ...]:
    parts = [figure.label, figure.row, figure.column, figure.context, figure.sentence]
    if figure.source == "table" and figure.table_seq is not None:
        parts.append(_caption(store, figure.doc_id, figure.table_seq))
    return terms_of(" ".join(p for p in parts if p))


def _caption(store: Store, doc_id: int, seq: int) -> str:
    rows = list(store.rows("SELECT caption FROM tables WHERE doc_id = ? AND seq = ?", (doc_id, seq)))
    return rows[0][0] if rows else ""


def _covered(wanted: tuple[str, ...], found: tuple[str, ...]) -> bool:
    """Every term asked for stands in the evidence (a typo's worth of difference allowed)."""
    return all(
        term in found or any(ratio(term, other) >= FUZZY_MIN for other in found if abs(len(other) - len(term)) <= 2)
        for term in wanted
    )


def _best(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates within :data:`BAND` of the best score, best first."""
    top = max(c.score for c in candidates)
    kept = [c for c in candidates if c.score >= top - BAND]
    return sorted(kept, key=lambda c: (-c.score, c.figure.source != "table", c.figure.file, c.figure.page))


def _value_answer(asked: Asked, candidates: list[Candidate]) -> Answer | None:
    """One value per document (its best candidates; several different ones: unclear, no answer);
    every document within :data:`DOC_BAND` of the best counts, so a disagreement is never silent."""
    by_doc: dict[int, list[Candidate]] = defaultdict(list)
    for c in candidates:
        by_doc[c.figure.doc_id].append(c)
    top = max(c.score for c in candidates)
    per_doc: dict[int, Candidate] = {}
    for doc_id, found in sorted(by_doc.items(), key=lambda item: -max(c.score for c in item[1])):
        found = _best(found)
        if found[0].score < top - DOC_BAND:
            continue
        strongest = [c for c in found if c.score == found[0].score]
        if len({c.figure.value for c in strongest}) > 1:
            if found[0].score == top:
                return None  # the best document gives several values for the question: not clear what is asked
            continue  # a weaker document that is itself unclear is left out
        per_doc[doc_id] = strongest[0]
    chosen = _counts_over_estimates(asked, sorted(per_doc.values(), key=lambda c: (-c.score, c.figure.file)))
    values = list(dict.fromkeys(c.figure.value for c in chosen))
    first = chosen[0].figure
    name = _name(chosen)
    sources = tuple(_source(c.figure) for c in chosen)
    year = first.year
    if len(values) == 1:
        text = f"{_number(first)} {name} ({year})" if year else f"{_number(first)} {name}"
        return Answer(
            asked.text,
            asked.kind,
            Value(first.value, first.unit, name, year, text),
            sources,
            True if len(chosen) > 1 else None,
            _sources_say(chosen),
            "figures",
        )
    listed = "; ".join(f"{_number(c.figure)} ({_short(c.figure)})" for c in chosen)
    text = f"De bronnen verschillen: {listed}."
    return Answer(
        asked.text,
        asked.kind,
        Value(first.value, first.unit, name, year, text),
        sources,
        False,
        "De bronnen geven verschillende waarden; elke waarde staat hierboven met haar bron.",
        "figures",
    )


_ESTIMATE_ASKED = re.compile(r"\b(?:schatting|geschat|schat|schatten|vermoedelijk|vermoedelijke)\b")


def _counts_over_estimates(asked: Asked, chosen: list[Candidate]) -> list[Candidate]:
    """An estimate ("naar schatting 5.000") does not contradict a count: when some sources give the
    value exactly, sources that only estimate another value are left out, unless an estimate is asked.

    >>> from search.answer.question import analyse
    >>> exact = Candidate(FigureRef(id=1, value=944.0, qualifier="exact"), 1.0)
    >>> guess = Candidate(FigureRef(id=2, value=5000.0, qualifier="approx"), 0.9)
    >>> asked = analyse("hoeveel slachtoffers meldde comensha in 2024")
    >>> [c.figure.value for c in _counts_over_estimates(asked, [exact, guess])]
    [944.0]
    """
    exact = {c.figure.value for c in chosen if c.figure.qualifier == "exact"}
    if not exact or _ESTIMATE_ASKED.search(fold(asked.text)):
        return chosen
    return [c for c in chosen if c.figure.qualifier != "approx" or c.figure.value in exact]


def _series_answer(asked: Asked, candidates: list[Candidate]) -> Answer | None:
    """Per year the value of that year's best candidates (a year whose best candidates in one
    document differ is left out)."""
    top = max(c.score for c in candidates)
    by_year: dict[int, list[Candidate]] = defaultdict(list)
    for c in candidates:
        if c.figure.year is not None:
            by_year[c.figure.year].append(c)
    series = []
    sources = []
    for year in sorted(by_year):
        found = _best(by_year[year])
        if found[0].score < top - DOC_BAND:
            continue
        strongest = [c for c in found if c.score == found[0].score]
        if len({c.figure.value for c in strongest}) > 1:
            continue
        series.append((year, found[0].figure.value))
        sources += [_source(c.figure) for c in found if c.figure.value == found[0].figure.value]
    if not series:
        return None
    first = max(candidates, key=lambda c: c.score).figure
    text = "; ".join(f"{year}: {value:g}" for year, value in series)
    last_year, last_value = series[-1]
    return Answer(
        asked.text,
        asked.kind,
        Value(last_value, first.unit, first.name, last_year, f"{first.name}: {text}"),
        tuple(sources),
        None,
        f"{len(series)} jaren gevonden",
        "figures",
        tuple(series),
    )


def _name(chosen: list[Candidate]) -> str:
    """What the value counts, in the words of the source that says most about it."""
    return max((c.figure.name for c in chosen), key=lambda n: (len(terms_of(n)), len(n)))


def _source(figure: FigureRef) -> Source:
    table = figure.source == "table"
    return Source(
        figure.file,
        figure.page,
        figure.where(),
        figure.value,
        figure.row if table else "",
        figure.column if table else "",
        figure.doc_id,
        figure.id,
        year=figure.year,
        kind="table" if table else "figure",
    )


def _number(figure: FigureRef) -> str:
    return figure.raw.replace("\n", " ") or f"{figure.value:g}"


def _short(figure: FigureRef) -> str:
    return f"{figure.file}, p. {figure.page}"


def _sources_say(chosen: list[Candidate]) -> str:
    if len(chosen) == 1:
        return "Eén bron."
    return f"{len(chosen)} bronnen noemen dezelfde waarde."


def unknown_answer(archive, asked: Asked) -> Answer | None:
    """The archive's own "nog niet bekend" for the year asked, where the same indicator stands for
    other years ("2022 Nog niet bekend" in CoMensha's row of yearly totals)."""
    if asked.year is None or not asked.wants_figure:
        return None
    store = archive.store
    refresh(store)
    claim = claim_of(replace(asked, year=None))
    others = [c for c in _scored(archive, replace(asked, year=None), claim) if c.score >= MIN_SCORE]
    pages = PageTexts(store)
    said = re.compile(rf"(?<!\d){asked.year}(?!\d)\D{{0,40}}?\b(nog niet bekend|niet bekend|onbekend|niet beschikbaar)")
    for c in sorted(others, key=lambda c: -c.score):
        text = pages(c.figure.doc_id, c.figure.page)
        if found := said.search(text):
            sentence = f"{c.figure.name} {asked.year}: {found.group(1)}"
            source = Source(
                c.figure.file,
                c.figure.page,
                f"{c.figure.sentence}",
                None,
                document=c.figure.doc_id,
                year=asked.year,
                kind="figure",
            )
            return Answer(
                asked.text,
                asked.kind,
                Value(None, c.figure.unit, c.figure.name, asked.year, sentence[0].upper() + sentence[1:]),
                (source,),
                None,
                "Het archief zegt dat dit cijfer (nog) niet bekend is.",
                "unknown",
            )
    return None
