"""Abstention: does a piece of evidence hold everything the question names?

Score thresholds alone do not tell answerable from unanswerable
questions: the archive is full of passages about *another* year, city or
organisation.  So an answer is refused when a year, number, place,
organisation or name asked for is absent from its evidence.

>>> from search.answer.question import analyse
>>> holds(analyse("hoeveel meldingen in 2024"), "In 2024 is 179 keer het meldpunt benaderd.")
True
>>> holds(analyse("hoeveel meldingen in 2019"), "In 2024 is 179 keer het meldpunt benaderd.")
False
>>> holds(analyse("waar melden in Amsterdam"), "Rotterdammers kunnen terecht bij het meldpunt")
False
"""

from __future__ import annotations

import re

from extract.fuzzy import ratio
from extract.nlp import lemma
from search.answer.question import Asked, _organisations, organisation_in, place_in, verbish
from search.crosscheck.labels import FUZZY_MIN
from search.index.analysis import fold, stem, terms

_NOT_KNOWN = re.compile(
    r"\b(?:nog )?niet bekend\b|\bonbekend\b|\bniet beschikbaar\b|\bnog geen (?:cijfers|gegevens)\b", re.I
)


def holds(asked: Asked, text: str) -> bool:
    """Every year, number, place, organisation and name of the question stands in ``text``."""
    folded = fold(text)
    if asked.year and not _years_hold(asked, folded):
        return False
    if any(not re.search(rf"(?<![\d.,]){re.escape(n)}(?![\d])", folded) for n in asked.numbers):
        return False
    if asked.place and not _place_holds(asked.place, text, folded):
        return False
    if asked.organisation and not _organisation_holds(asked.organisation, text, folded):
        return False
    return all(fold(name) in folded for name in asked.names)


def specifics_hold(asked: Asked, text: str) -> bool:
    """The year, numbers, organisation and names asked stand in ``text`` (an answering sentence with
    its context): a passage that names 2024 (or the politie) somewhere does not make each of its
    sentences about 2024 (or about what the politie does).

    >>> from search.answer.question import analyse
    >>> specifics_hold(analyse("wanneer opende het meldpunt in 2024"), "Het meldpunt opende in maart 2023.")
    False
    >>> specifics_hold(analyse("wat doet de politie bij signalen"), "Dordrecht promootte het meldpunt.")
    False
    """
    folded = fold(text)
    if asked.organisation and not _organisation_holds(asked.organisation, text, folded):
        return False
    if asked.year and not _years_hold(asked, folded):
        return False
    if any(not re.search(rf"(?<![\d.,]){re.escape(n)}(?![\d])", folded) for n in asked.numbers):
        return False
    return all(fold(name) in folded for name in asked.names)


_A_YEAR = re.compile(r"(?<![\d.,])(?:19[5-9]\d|20[0-4]\d)(?![\d])")


def year_answered(asked: Asked, answer: str, question: str = "") -> bool:
    """A figure answer is for the year asked: the answer names that year, or names no year while the
    question it answers does.  An earlier council question "hoeveel meldingen in 2024?" answered
    with "In 2023 waren het er 40" does not answer for 2024.

    >>> from search.answer.question import analyse
    >>> q = analyse("hoeveel meldingen waren er in 2024")
    >>> year_answered(q, "In 2023 waren het er 40."), year_answered(q, "Het waren er 40.", "Hoeveel in 2024?")
    (False, True)
    """
    if asked.year is None:
        return True
    years = {int(y) for y in _A_YEAR.findall(answer)}
    if years:
        return _years_hold(asked, " ".join(str(y) for y in sorted(years)))
    return _years_hold(asked, fold(question))


def _years_hold(asked: Asked, folded: str) -> bool:
    if asked.year is not None and asked.year_end:
        return any(str(y) in folded for y in range(asked.year, asked.year_end + 1))
    return str(asked.year) in folded


def _place_holds(place: str, text: str, folded: str) -> bool:
    spelling = fold(place)
    core = re.sub(r"^(?:regio|gemeente|eenheid) ", "", spelling)
    return core in folded or place_in(text) == place


def _organisation_holds(organisation: str, text: str, folded: str) -> bool:
    spellings = {fold(organisation)} | {s for s, key in _organisations() if key == organisation}
    if any(re.search(rf"(?<![\w-]){re.escape(s)}(?![\w-])", folded) for s in spellings):
        return True
    return organisation_in(text) == organisation


def wanted_terms(asked: Asked, verbs: bool = True) -> tuple[str, ...]:
    """The stems of what the question is about (question words and facets left out; verbs too
    unless ``verbs``: "wie beheert de koffer" is about beheren as much as about the koffer)."""
    out: list[str] = []
    for word in (asked.topic if verbs else asked.subject).split():
        out += [stem(fold(lemma(word)))] if verbs and verbish(word) else terms(word)
    return tuple(dict.fromkeys(out))


def coverage(wanted: tuple[str, ...], text: str) -> float:
    """The share of ``wanted`` stems that stand in ``text`` (a typo's worth of difference allowed).

    >>> coverage(("melding", "slachtoffer"), "Slachtoffers kunnen zich melden")
    1.0
    """
    if not wanted:
        return 0.0
    found = set(terms(text))
    hits = sum(1 for t in wanted if t in found or _near(t, found))
    return hits / len(wanted)


def _near(term: str, found: set[str]) -> bool:
    """One stem the prefix of the other ("meld" / "melding"), or one typo apart ("slachtofers")."""
    return any(
        (len(f) >= 4 and len(term) >= 4 and (term.startswith(f) or f.startswith(term)))
        or (abs(len(f) - len(term)) <= 2 and ratio(term, f) >= FUZZY_MIN)
        for f in found
    )


def says_not_known(text: str) -> bool:
    """The archive says the figure is not (yet) known: "nog niet bekend"."""
    return bool(_NOT_KNOWN.search(text))
