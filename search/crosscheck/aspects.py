"""An indicator is more than a label: what is counted, who counted, where, when, and in which unit.

A claim and a stored figure are each seen as a :class:`Side`: the counted thing (label terms, with
the words of its own clause as context), who counted it (named for it, or named in its section),
where (a place, and a level: landelijk or regio), when (a year written in the text or not), and
the unit and kind (a count, a share, a change).  :func:`differences` says which known parts differ,
in Dutch, so that a verdict can say why it did not decide; :func:`covers` and :func:`same_thing`
compare what is counted, with term weights from the archive itself (:func:`term_weights`).

>>> from extract.model import Figure
>>> from search.crosscheck.matching import ref
>>> a = side(ref(Figure(42, "42", label="minderjarige slachtoffers criminele uitbuiting", year=2024,
...          organisation="CoMensha", sentence="In 2024 meldde CoMensha landelijk 42 minderjarige slachtoffers.")))
>>> b = side(ref(Figure(5, "5", label="criminele uitbuiting 18-", year=2024, source="table")), section=("ESSM",))
>>> differences(a, b)
['andere bron: CoMensha (landelijk) tegenover ESSM (regio)']
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Protocol

from extract.fuzzy import ratio
from extract.numwords import word_value
from search.crosscheck.labels import (
    GENERIC,
    HEADS,
    ORGANISATIONS,
    SOFT,
    classes,
    ends_in,
    fold,
    organisations_in,
    terms_of,
    words_of,
)
from search.crosscheck.lexicon import (
    ACTS,
    CHANGE,
    CHANGE_WORDS,
    LEVEL_OF_ORGANISATION,
    LEVEL_OF_PLACE,
    NATIONAL,
    SAME_ACT,
    SCOPE_WORDS,
    SPLIT_CHANGE_AFTER,
    SPLIT_CHANGE_BEFORE,
    counted_by,
    is_attributive,
    is_participle,
)
from search.crosscheck.matching import FigureRef
from search.index.analysis import stem


class Weights(Protocol):
    """Term weights: a dict from :func:`term_weights`, or :class:`figure_index.TermWeights` read as asked."""

    def get(self, term: str, default: float = ..., /) -> float: ...


FUZZY_MIN = 88
LEVEL_KINDS = {"figure": "level", "implied": "level", "change": "change"}


@dataclass(frozen=True)
class Side:
    """One figure or claim, seen part by part."""

    ref: FigureRef
    label: frozenset[str]  # what is counted
    order: tuple[str, ...] = ()  # the label's terms in reading order: the first names the counted thing
    around: frozenset[str] = frozenset()  # the other words of its clause
    organisation: str = ""  # who counted it, named for it
    section: tuple[str, ...] = ()  # organisations named before it in its section (a figure) or paragraph
    place: str = ""
    level: str = ""  # landelijk, regio or unknown
    year: int | None = None
    dated: bool = False  # the year is written (sentence, table, paragraph or header)
    classes: dict = field(default_factory=dict, compare=False)  # of the label, and single ones of the clause
    named: frozenset = frozenset()  # the classes its label names itself

    @property
    def kind(self) -> str:
        return LEVEL_KINDS.get(self.ref.kind, self.ref.kind)

    @property
    def who(self) -> str:
        """The organisation it is known to be counted by: its own, else the only one its section names."""
        if self.organisation:
            return self.organisation
        return self.section[-1] if len(set(self.section)) == 1 else ""


def normal(terms, place: str = "") -> tuple[str, ...]:
    """Label terms with one form per act of counting, without words that only set a scope (who, where)."""
    where = set(terms_of(place)) if place else set()
    return tuple(
        dict.fromkeys(
            SAME_ACT.get(t, t)
            for t in terms
            if t not in SCOPE_WORDS
            and t not in GENERIC
            and t not in CHANGE_WORDS
            and t not in ORGANISATIONS
            and t not in where
            and not t.isdigit()
        )
    )


def states_change(r: FigureRef) -> bool:
    """ "steeg in 2024 met 76", "een toename van 52%", "76 meer dan een jaar eerder": the number is a change,
    whatever the extractor said.

    >>> from extract.model import Figure
    >>> from search.crosscheck.matching import ref
    >>> s = "CoMensha telde 944 slachtoffers, 76 meer dan een jaar eerder."
    >>> states_change(ref(Figure(76, "76", sentence=s))), states_change(ref(Figure(944, "944", sentence=s)))
    (True, False)
    """
    at = r.sentence.find(r.raw) if r.raw else -1
    if at < 0:
        return False
    before = fold(r.sentence[max(0, at - 80) : at])
    if CHANGE.search(before):
        return True
    after = fold(r.sentence[at + len(r.raw) : at + len(r.raw) + 60])
    if MORE_THAN_BEFORE.match(after):  # "944 slachtoffers, 76 meer dan een jaar eerder"
        return True
    return bool(SPLIT_CHANGE_BEFORE.search(before) and SPLIT_CHANGE_AFTER.match(after[:30]))


def estimated(r: FigureRef) -> bool:
    """The number is an estimate by its own words ("naar schatting 5.000", "vermoedelijk 40", "zouden er 5.000
    moeten zijn"): an estimate and a count of the same thing never contradict each other.

    >>> from extract.model import Figure
    >>> from search.crosscheck.matching import ref
    >>> estimated(ref(Figure(5000, "5.000", sentence="Elk jaar zijn er naar schatting 5.000 slachtoffers.")))
    True
    >>> estimated(ref(Figure(944, "944", sentence="CoMensha telde 944 slachtoffers.")))
    False
    """
    at = r.sentence.find(r.raw) if r.sentence and r.raw else -1
    if at < 0:
        return False
    return bool(_ESTIMATE.search(fold(r.sentence[max(0, at - 40) : at + len(r.raw) + 40])))


_ESTIMATE = re.compile(
    r"\b(?:naar schatting|geschat\w*|schatting\w*|schat|schatten|schatte\w*|vermoedelijk\w*|zouden)\b"
)


# "76 meer dan een jaar eerder", "41 minder dan in 2024": a difference with an earlier year, not a level
MORE_THAN_BEFORE = re.compile(
    r"^\s*(?:[\w%]+\s+){0,2}(?:meer|minder)\s+dan\s+(?:een\s+jaar\s+(?:eerder|daarvoor|ervoor)|"
    r"het\s+jaar\s+(?:ervoor|daarvoor|erop)|vorig\s+jaar|(?:in\s+)?(?:19|20)\d\d)\b"
)


def side(
    r: FigureRef,
    *,
    section: tuple[str, ...] = (),
    clause: str | None = None,
    organisation: str | None = None,
    place: str | None = None,
    year: int | None | bool = False,
    dated: bool | None = None,
    around: frozenset[str] | None = None,
    level: str | None = None,
) -> Side:
    """A Side of a figure or claim; the keywords override what the figure itself says (a claim's paragraph).

    ``around`` and ``level``: as read before (a stored figure's context, see figure_index.refresh)."""
    own_org = r.organisation if organisation is None else organisation
    own_place = r.place if place is None else place
    own_year = r.year if year is False else year
    if r.kind == "figure" and states_change(r):
        r = replace(r, kind="change")
    order = head_first(normal(r.terms, own_place), r.label)
    label = frozenset(order)
    text = r.sentence if clause is None else clause
    if around is None:
        clause = _RELATIVE_YEAR.sub(" ", own_clause(text, r.raw))
        around = frozenset(normal(terms_of(_without_number(clause)), own_place)) - label
    found = _classes(label)
    named = frozenset(found)
    for name, members in _classes(around).items():  # "120 ... van 18 jaar of ouder"
        if name not in found and len(members) == 1:
            found[name] = members
    if level is None:
        level = _level(r, own_org, own_place, text, section)
    return Side(
        r,
        label,
        order,
        around,
        own_org,
        tuple(section),
        own_place,
        level,
        own_year,
        r.dated if dated is None else dated,
        found,
        named,
    )


def head_first(order: tuple[str, ...], label: str) -> tuple[str, ...]:
    """The label's terms with the counted noun first: the adjectives before it ("nieuwe speelplekken",
    "Amsterdamse verkeersslachtoffers") move behind it, so that what must be counted is the noun.

    >>> head_first(("nieuw", "speelplek"), "nieuwe speelplekken"), head_first(("melding", "essm"), "meldingen ESSM")
    (('speelplek', 'nieuw'), ('melding', 'essm'))
    """
    leading: list[str] = []
    for word in _LABEL_WORD.findall(fold(label)):
        if not is_attributive(word):
            break
        leading.extend(terms_of(word))
    if not leading or len(leading) >= len(order):
        return order
    return tuple(t for t in order if t not in leading) + tuple(t for t in order if t in leading)


_LABEL_WORD = re.compile(r"[a-z0-9]+")


def _without_number(text: str) -> str:
    """The clause without numbers in words: "negenhonderdvierenveertig" is a value, not a word of what is
    counted.

    >>> _without_number("Naar schatting negenhonderdvierenveertig slachtoffers.")
    'Naar schatting   slachtoffers.'
    """
    return _NUMBER_WORD.sub(lambda m: " " if word_value(m.group().lower()) is not None else m.group(), text)


_NUMBER_WORD = re.compile(r"[^\W\d_]{3,}")


_RELATIVE_YEAR = re.compile(r"\b(?:een|het)\s+jaar\s+(?:later|eerder|erna|daarop|daarna|ervoor|daarvoor)\b", re.I)


def own_clause(sentence: str, raw: str) -> str:
    """What the sentence itself says about its number ``raw``: without who says it
    (:func:`without_attribution`) and without a later clause about something else (:func:`without_later_clause`).

    >>> own_clause("Volgens de monitor hielp het ESSM 208 mensen, van wie de meesten vrouw.", "208")
    'hielp het ESSM 208 mensen.'
    """
    return without_attribution(without_later_clause(sentence, raw))


def without_later_clause(text: str, raw: str) -> str:
    """The sentence without a subordinate clause that starts after the number and says something else about
    it (", van wie er maar een klein deel in beeld komt", ", maar dat is minder dan verwacht").

    >>> without_later_clause("Jaarlijks zijn er zo'n 5.000 slachtoffers, van wie maar een klein deel in beeld komt.", "5.000")
    "Jaarlijks zijn er zo'n 5.000 slachtoffers."
    """
    at = text.find(raw) if raw else -1
    if at < 0:
        return text
    found = _LATER_CLAUSE.search(text, at + len(raw))
    return text[: found.start()] + "." if found else text


_LATER_CLAUSE = re.compile(
    r",\s*(?:van wie|waarvan|maar|omdat|terwijl|zodat|hoewel|doordat|al is|wat|dat is|dit is)\b[^.;!?]*"
    r"|\s[–—]\s[^.;!?]*|\s-\s[^.;!?]*",  # "... 191 keer benaderd – meer dan verwacht"
    re.I,
)


def without_attribution(text: str) -> str:
    """The clause without who says it: ", blijkt uit de nieuwe monitor", "Volgens de politie,", ", aldus de
    burgemeester" name a source of the sentence, not what is counted (who counted is read from the whole
    sentence, see :func:`search.crosscheck.labels.organisations`).

    >>> without_attribution("Het ESSM hielp 208 mensen, blijkt uit de nieuwe monitor.")
    'Het ESSM hielp 208 mensen.'
    >>> without_attribution("In 2024 ging het om 115 slachtoffers, aldus burgemeester Schouten.")
    'In 2024 ging het om 115 slachtoffers.'
    """
    text = _ATTRIBUTION_AFTER.sub("", text)
    return _ATTRIBUTION_BEFORE.sub("", _REPORTED.sub("", text))


_ATTRIBUTION_AFTER = re.compile(
    r",\s*(?:zo\s+)?(?:blijkt\s+uit|blijkt|aldus|volgens|meldt|melden|schrijft|schrijven|zegt|zeggen|zei|stelt)\b"
    r"[^.;!?]*(?=[.;!?]|$)",
    re.I,
)
# "De wethouder schreef op 21 mei 2025 dat ...": who said it and when, before what was said
_REPORTED = re.compile(
    r"^[^,.;]{0,60}?\b(?:schreef|schrijft|zei|zegt|meldde|meldt|liet\s+weten|antwoordde|antwoordt|stelde|stelt|"
    r"verklaarde)\b[^,.;]{0,60}?\bdat\s+",
    re.I,
)
_ATTRIBUTION_BEFORE = re.compile(
    r"^\s*(?i:volgens|blijkens|aldus)\s+(?:[^,.;]{1,60},\s*|(?i:de|het|een)\s+(?:[A-Z][\w-]*\s+)?[\w-]+\s+)"
)  # "Volgens de cijfers, ...", "Volgens de monitor meldde CoMensha ...", "Volgens de Nationaal Rapporteur zijn ..."


def _classes(terms: frozenset[str]) -> dict[str, frozenset[str]]:
    found = classes(tuple(sorted(terms)))
    acts = terms & ACTS
    if len(acts) == 1:
        found["act"] = frozenset(acts)
    return found


def _level(r: FigureRef, organisation: str, place: str, text: str, section: tuple[str, ...]) -> str:
    if place:
        return LEVEL_OF_PLACE.get(fold(place).strip(), "regio")
    if NATIONAL.search(fold(text)):
        return "landelijk"
    who = organisation or (section[-1] if len(set(section)) == 1 else "")
    if who:
        return LEVEL_OF_ORGANISATION.get(who, "")
    levels = {LEVEL_OF_ORGANISATION.get(o, "") for o in section}
    return levels.pop() if len(levels) == 1 else ""  # EMM and CoMensha: both national


# -- who, where, when ---------------------------------------------------------
def _named(org: str) -> str:
    level = LEVEL_OF_ORGANISATION.get(org)
    return f"{org} ({level})" if level else org


def differences(claim: Side, figure: Side) -> list[str]:
    """The known parts in which claim and figure differ, each as a short Dutch phrase (empty: none)."""
    out = []
    if claim.ref.family != figure.ref.family:
        out.append(f"andere eenheid: {figure.ref.unit}")
    if claim.kind != figure.kind:
        out.append("ander soort cijfer: " + ("een verandering" if figure.kind == "change" else "een stand"))
    a, b = claim.who, figure.who
    if claim.organisation and not figure.organisation:  # the claim's body, if the figure's section names it
        b = claim.organisation if counted_by(claim.organisation, figure.section) else (figure.section or ("",))[-1]
    if a and b and not counted_by(a, (b,)):
        out.append(f"andere bron: {_named(a)} tegenover {_named(b)}")
    elif claim.level and figure.level and claim.level != figure.level:
        out.append(f"ander niveau: {claim.level} tegenover {figure.level}")
    if claim.place and figure.place and not same_area(claim.place, figure.place):
        out.append(f"andere plaats: {claim.place} tegenover {figure.place}")
    if claim.year is not None and figure.year is not None and claim.year != figure.year and claim.dated:
        out.append(f"ander jaar: {figure.year}")
    return out


def same_source(claim: Side, figure: Side) -> bool:
    """Who counted is known on both sides and the same (or named on neither side nor in the figure's section)."""
    if claim.organisation:
        return counted_by(claim.organisation, (figure.organisation,)) or (
            not figure.organisation and counted_by(claim.organisation, figure.section)
        )
    if figure.organisation:
        return False
    return not figure.section or bool(claim.level and claim.level == figure.level)


def place_named(claim: Side, figure: Side, page: str) -> bool:
    """A claim naming a place is judged only by figures of a place, or whose page names that place."""
    if not claim.place or figure.place or claim.level == "landelijk":
        return True
    return fold(claim.place) in fold(page)


def same_area(a: str, b: str) -> bool:
    """The same place at the same level: "Rotterdam" is the municipality, "regio Rotterdam" the region.

    >>> same_area("gemeente Rotterdam", "Rotterdam"), same_area("Rotterdam", "regio Rotterdam")
    (True, False)
    """
    return _area(a) == _area(b)


def _area(place: str) -> tuple[bool, str]:
    text = fold(place).strip()
    regional = bool(re.match(r"(?:de |het )?regio\b", text))
    return regional, re.sub(r"^(?:de |het )?(?:regio|gemeente|eenheid|stad)\s+", "", text)


def same_where(claim: Side, figure: Side) -> bool:
    """The same place, or no place on one side while the other names only the level both are at ("Nederland")."""
    if claim.place and figure.place:
        return same_area(claim.place, figure.place)
    named = claim.place or figure.place
    return not named or (fold(named).strip() in LEVEL_OF_PLACE and claim.level == figure.level)


# -- what is counted ----------------------------------------------------------
def _covered(term: str, pool: frozenset[str]) -> bool:
    """The term is in the pool, spelled a little differently (OCR), or as the head of a compound ("fietsrit")."""
    return term in pool or any(_alike(term, o) for o in pool)


@lru_cache(maxsize=1 << 18)
def _alike(term: str, other: str) -> bool:
    if ends_in(other, term, extra=4):  # "rit" in "fietsrit", not "buit" in "uitbuit"
        return True
    if abs(len(other) - len(term)) <= 2 and ratio(term, other) >= FUZZY_MIN:
        return True
    return other[:3] == term[:3] and one_verb(term, other)


@lru_cache(maxsize=1 << 16)
def one_verb(a: str, b: str) -> bool:
    """Two stems that are forms of one verb by the lemma table ("handhaaft" and "handhav" of "handhaven").

    >>> one_verb("handhaaft", "handhav"), one_verb("handhaaft", "handel")
    (True, False)
    """
    ia, ib = _infinitive_stem(a), _infinitive_stem(b)
    return bool(ia or ib) and (ia or a) == (ib or b)


@lru_cache(maxsize=1 << 16)
def _infinitive_stem(term: str) -> str:
    from extract.nlp import lemma

    found = lemma(term)
    return stem(found) if found != term and found.endswith("en") and len(found) > 4 else ""


def classes_agree(claim: Side, figure: Side, strict: bool) -> bool:
    """No class (form of exploitation, age, gender) differs; ``strict``: each side names the same classes."""
    for name in set(claim.classes) | set(figure.classes):
        if name in claim.classes and name in figure.classes:
            if claim.classes[name] != figure.classes[name]:
                return False
        elif strict and name != "act" and (name in claim.named or name in figure.named):
            return False  # one side's label says 18- and the other does not say it at all
    return True


def covers(claim: Side, figure: Side, weights: Weights) -> float:
    """How much of what the claim counts the figure names (0..1, by term weight); 0 when a class differs.

    Every term of the claim's label must be found in the figure's label or clause; a claim that
    counts only "slachtoffers" is covered through the words of its clause.
    """
    if not classes_agree(claim, figure, strict=False):
        return 0.0
    own = [t for t in claim.order if t not in SOFT]
    pool = figure.label | figure.around
    if _extra(figure, claim) > EXTRA_MAX:
        return 0.0
    if not own:  # "120 slachtoffers": what they are victims of is in the clause
        if SOFT & claim.label and not SOFT & figure.label and figure.label & HEADS:
            return 0.0  # victims are not the reports ("4 meldingen") or cases counted about them
        anchor = figure.label or figure.around  # a figure whose label says nothing is read by its clause
        narrower = distinctive(claim.ref)  # "25,3 miljoen voor verkeersveiligheidsmaatregelen": "maatregelen"
        if not (anchor & claim.label) and not (SOFT & claim.label & pool) and not (claim.around & anchor):
            if not (narrower and any(_head_of(t, anchor) for t in claim.around)):
                return 0.0
        words = sorted(t for t in claim.around if t not in SOFT)
        if not words:  # "Totaal slachtoffers ESSM 2023: 148": who and when must tell (see specific)
            return 1.0 if SOFT & (claim.label | claim.around) & figure.label else 0.0
        content = _content(pool)
        found = [t for t in words if _covered(t, content) or (narrower and _head_of(t, content))]
        return _weight(found, weights) / max(_weight(words, weights), 1e-9) if found else 0.0
    said = claim.label | claim.around

    narrower = distinctive(claim.ref) and says_nothing(figure.label)  # "25,3 miljoen voor deze maatregelen"

    def named(term: str) -> bool:  # in the figure's words, maybe in a compound ("busrit")
        if _covered(term, pool) or any(compound_with(term, o, said) for o in pool):
            return True
        return narrower and _head_of(term, _content(pool))  # "verkeersmaatregelen": a distinctive value

    if not named(own[0]):  # the counted thing itself ("113 daklozen") must be there
        return 0.0
    found = [t for t in own if named(t)]
    if not any(_covered(t, figure.label) for t in found) and not ((claim.label | claim.around) & figure.label):
        if not says_nothing(figure.label):  # a label of its own that names none of it: another thing
            return 0.0
    return _weight(found, weights) / max(_weight(own, weights), 1e-9)


def distinctive(r: FigureRef) -> bool:
    """A value with three or more significant digits that is not a year ("25,3 miljoen", "2.507", "139"):
    few figures share it by chance, so a claim may name its thing more narrowly than the figure's clause.

    >>> from extract.model import Figure
    >>> from search.crosscheck.matching import ref
    >>> [distinctive(ref(Figure(v, str(v)))) for v in (25_300_000, 2507, 139, 2024, 40, 5000)]
    [True, True, True, False, False, False]
    """
    if r.value == int(r.value) and 1900 <= r.value <= 2100:
        return False
    digits = f"{abs(r.value):.6g}".replace(".", "").lstrip("0").rstrip("0")
    return len(digits) >= 3


def _head_of(term: str, pool) -> bool:
    """A word of the pool is the head of the compound ``term`` ("maatregel" of "verkeersveiligheidsmaatregel")."""
    return any(ends_in(term, h, extra=4, shortest=5) for h in pool)


def says_nothing(label: frozenset[str]) -> bool:
    """A figure's label that names no counted thing: empty, or only what was done ("gestegen", "gemeten"),
    so that its clause says what it counts ("het oordeel over een fietsrit is gestegen naar een 7,3").

    >>> says_nothing(frozenset({"gesteg"})), says_nothing(frozenset()), says_nothing(frozenset({"fietsrit"}))
    (True, True, False)
    """
    return all(is_participle(t) or t in CHANGE_WORDS for t in label)


EXTRA_MAX = 0  # terms a figure's label may name beyond the claim ("Ambulante hulp" is a part of all help)


def _extra(figure: Side, claim: Side) -> int:
    """Terms of the figure's label the claim does not name (a part: "ambulante hulp", "18+")."""
    pool = claim.label | claim.around
    return sum(
        1
        for t in figure.label
        if t not in SOFT
        and t not in HEADS
        and t not in ACTS
        and not _covered(t, pool)
        and not compound_of(t, pool)
        and t not in _CLASS_TERMS
        and not is_participle(t)
    )


def compound_with(head: str, compound: str, words: frozenset[str]) -> bool:
    """``compound`` is ``head`` with a modifier that one of the claim's ``words`` starts with: "busrit" for
    the "rit" of "buspassagiers" (a short modifier needs that second word: "buit" is not "uitbuit").

    >>> compound_with("rit", "busrit", frozenset({"buspassagier"})), compound_with("rit", "busrit", frozenset())
    (True, False)
    """
    if not ends_in(compound, head):
        return False
    modifier = compound[: -len(head)]
    stems = {modifier, modifier.removesuffix("s")}
    return any(len(m) >= 3 and any(w != compound and w.startswith(m) for w in words) for m in stems)


def compound_of(term: str, pool: frozenset[str]) -> bool:
    """The term is a compound of two words of the pool: "fietsrit" for a claim about the "rit" of "fietsers".

    >>> compound_of("fietsrit", frozenset({"fietser", "rit"})), compound_of("fietsrit", frozenset({"rit"}))
    (True, False)
    """
    return any(compound_with(head, term, pool) for head in pool)


_CLASS_TERMS = frozenset({"18min", "18plus", "vrouw", "man", "ander", "onbekend"})


def _content(pool: frozenset[str]) -> frozenset[str]:
    return frozenset(t for t in pool if t not in SOFT)


def same_thing(claim: Side, figure: Side) -> bool:
    """Claim and figure count exactly the same thing: every term of either label is on the other side,
    and they name the same classes (18- is not all ages)."""
    if not classes_agree(claim, figure, strict=True):
        return False
    theirs = [t for t in figure.label if t not in SOFT and not is_participle(t)]  # "deelgenomen" is what was done
    ours = [t for t in claim.label if t not in SOFT and not is_participle(t)]
    if not ours and not theirs:  # neither label says it: the sentences may ("25,3 miljoen euro beschikbaar")
        said = claim.label or claim.around  # "Totaal slachtoffers ESSM 2023: 148": no label, its clause says it
        return bool(said & figure.label) or echoes(claim, figure)
    said, pool = claim.label | claim.around, figure.label | figure.around
    return all(_covered(t, said) or compound_of(t, said) for t in theirs) and all(
        _covered(t, pool) or any(compound_with(t, o, said) for o in pool) for t in ours
    )


def restates(claim: Side, figure: Side) -> bool:
    """The claim repeats the figure's own clause with another number: every content word of the claim is
    the figure's, which has at most :data:`RESTATE_EXTRA` more ("Naast de verkeersslachtoffers werden 595
    slachtoffers van een eenzijdig voetgangersongeval behandeld" against the page's 559).  Who, where and
    when the claim leaves unsaid are then the figure's.

    >>> from extract.model import Figure
    >>> from search.crosscheck.matching import ref
    >>> page = "Daarnaast zijn 559 slachtoffers van een eenzijdig voetgangersongeval behandeld."
    >>> a = side(ref(Figure(595, "595", label="slachtoffers", sentence=page.replace("559", "595"))))
    >>> restates(a, side(ref(Figure(559, "559", label="slachtoffers", sentence=page))))
    True
    >>> restates(a, side(ref(Figure(559, "559", label="slachtoffers", sentence="559 slachtoffers behandeld."))))
    False
    """
    ours = _content(claim.label | claim.around)
    theirs = _content(figure.label | figure.around)
    if len(ours) < RESTATE_MIN or not all(_covered(t, theirs) for t in ours):
        return echoes(claim, figure)
    return sum(1 for t in theirs if not _covered(t, ours)) <= RESTATE_EXTRA or echoes(claim, figure)


def echoes(claim: Side, figure: Side) -> bool:
    """The claim is the figure's sentence in other words, counting the words that alone say nothing
    ("Van de contactmomenten hadden 193 meldingen betrekking op mensenhandel" against the monitor's "Van het
    totaal aantal meldingen hadden 139 meldingen betrekking op mensenhandel"): every word of the claim's
    sentence is the figure's, which has at most :data:`RESTATE_EXTRA` more.

    >>> from extract.model import Figure
    >>> from search.crosscheck.matching import ref
    >>> page = "Van het totaal aantal meldingen hadden 139 meldingen betrekking op mensenhandel."
    >>> a = side(ref(Figure(193, "193", label="meldingen", sentence="Van de contactmomenten hadden 193 meldingen betrekking op mensenhandel.")))
    >>> echoes(a, side(ref(Figure(139, "139", label="meldingen", sentence=page))))
    True
    >>> echoes(a, side(ref(Figure(108, "108", label="meldingen", sentence="De meeste meldingen (108) hadden betrekking op Rotterdam."))))
    False
    """
    if figure.ref.source == "table" or not claim.ref.sentence or not figure.ref.sentence:
        return False
    return _rewords(own_clause(claim.ref.sentence, claim.ref.raw), own_clause(figure.ref.sentence, figure.ref.raw))


@lru_cache(maxsize=1 << 14)
def _rewords(ours_text: str, theirs_text: str) -> bool:
    """:func:`echoes` on the two sentences (asked several times per pair: restates, specific, same_thing)."""
    ours = words_of(_without_number(ours_text)) - {str(y) for y in years_in(ours_text)}
    theirs = words_of(_without_number(theirs_text))
    if len(ours) < RESTATE_MIN or not all(_covered(t, theirs) or _head_of(t, theirs) for t in ours):
        return False  # (a word may be narrower: "verkeersveiligheidsmaatregelen" for "deze maatregelen")
    return sum(1 for t in theirs if not _covered(t, ours)) <= RESTATE_EXTRA


RESTATE_MIN = 4  # content words a claim needs to be recognisably the figure's own clause
RESTATE_EXTRA = 2


def clause_agrees(claim: Side, figure: Side, weights: Weights) -> bool:
    """Most of what the claim's clause says (by weight) is also said around the figure: a label of one
    word ("beschikbaar") does not make "23,5 miljoen voor verkeersveiligheidsmaatregelen" the same thing
    as "1 miljoen voor groen"."""
    own = [t for t in claim.label if t not in SOFT]
    words = [t for t in claim.around if t not in SOFT and t not in ACTS]
    if len(own) != 1 or not words:  # only a label of one word leans on its clause
        return True
    pool = figure.label | figure.around
    found = [
        t
        for t in words
        if _covered(t, pool)
        or any(ends_in(t, o, extra=0, shortest=4) for o in pool)
        or any(compound_with(own[0], o, frozenset({t})) for o in pool)  # "buspassagiers" for the "busrit"
    ]
    return _weight(found, weights) >= CLAUSE_SHARE * _weight(words, weights)


CLAUSE_SHARE = 0.5


def specific(claim: Side, figure: Side, weights: Weights) -> bool:
    """Enough is known about what both count to let the same value support the claim.

    A label of one common word ("slachtoffers", "meldingen", "onderzoeken") is specific only
    together with the same organisation, or with a rare word both clauses share.
    """
    own = [t for t in claim.label if t not in SOFT]
    if len(own) >= 2 and not all(t in HEADS for t in own):
        return True
    if set(claim.classes) - {"act"} and SOFT & (claim.label | claim.around) & figure.label:
        return True  # "minderjarige slachtoffers", "slachtoffers van seksuele uitbuiting"
    telling = [t for t in claim.ref.terms if t not in SOFT and t not in HEADS and t not in GENERIC]
    if telling and max(weights.get(t, 0.0) for t in telling) >= RARE and _covered_any(telling, figure):
        return True
    if claim.organisation and same_source(claim, figure):
        return True
    if echoes(claim, figure):  # the claim is the figure's own sentence, reworded
        return True
    if claim.level == figure.level == "landelijk" and claim.classes.get("act") and _same_act(claim, figure):
        return True  # "in Nederland gemelde slachtoffers": the one national registration of what the act counts
    if claim.place and figure.place and same_area(claim.place, figure.place) and claim.label & figure.label:
        return True  # "44 meldingen uit de regio Rotterdam": the place tells it apart
    shared = [t for t in (claim.label | claim.around) & (figure.label | figure.around) if t not in SOFT]
    if own and own[0] not in HEADS and _weight(own, weights) >= RARE:
        return True
    return _weight(shared, weights) >= 2 * RARE


def _same_act(claim: Side, figure: Side) -> bool:
    """Both count the same act (gemeld, begeleid) of the same thing (both victims, or both not)."""
    acts = claim.classes.get("act")
    theirs = figure.classes.get("act") or frozenset(figure.label & ACTS)
    return bool(acts) and acts == theirs and bool(SOFT & (claim.label | claim.around)) == bool(SOFT & figure.label)


def _covered_any(terms, figure: Side) -> bool:
    pool = figure.label | figure.around | frozenset(figure.ref.terms)
    return any(_covered(t, pool) for t in terms)


RARE = 3.0  # idf of a term found in about one figure in twenty


def _weight(terms, weights: Weights) -> float:
    """Summed term weights; a word no figure's label has weighs as a rare one (it may be a verb of the clause)."""
    return sum(weights.get(t, RARE) for t in terms)


def term_weights(counts: dict[str, int], total: int) -> dict[str, float]:
    """Inverse document frequency of label terms over the archive's figures ("" is the weight of an unseen term).

    >>> w = term_weights({"slachtoffer": 500, "cosm": 2}, 1000)
    >>> w["slachtoffer"] < w["cosm"] < w[""]
    True
    """
    out = {t: math.log((total + 1) / (n + 0.5)) for t, n in counts.items()}
    out[""] = math.log((total + 1) / 0.5)
    return out


_YEAR = re.compile(r"(?<![\d/-])(19[5-9]\d|20[0-4]\d)(?![\d/-])")


def years_in(text: str) -> list[int]:
    """Years written in a text (not inside a date such as 23-04-2020)."""
    return [int(y) for y in _YEAR.findall(text)]


def organisations(text: str) -> tuple[str, ...]:
    return organisations_in(text)
