"""Subject checks: a passage sentence answers only when it speaks of every noun of what is asked.

Most of the words asked (passages.MIN_COVER) is not enough: "wanneer werd de
koffer fietsers gelanceerd" holds koffer and gelanceerd in "In 2024 is de koffer
verkeerd gelanceerd" and is still not answered by it.  So every noun of the
question's subject must stand in the sentence, the sentence before it or the
document's title (by stem, lemma, a typo, an ending, a small table of
equivalents), a longer compound not found in its shorter part
("mensenhandelzaken" is not "mensenhandel"), and the sentence itself may leave
at most one run of adjacent subject words to that context.  A table's rows
read as text are no sentence.

(The rules of branch ask5's 0263c7f, without its wider passage search.)

>>> from search.answer.question import analyse
>>> missing_words(analyse("wanneer werd de koffer fietsers gelanceerd"), "In 2024 is de koffer verkeerd gelanceerd.")
('fietsers',)
"""

from __future__ import annotations

import re

from extract.fuzzy import ratio
from extract.nlp import PARTIES, lemma
from search.answer.question import Asked
from search.crosscheck.labels import FUZZY_MIN
from search.index.analysis import fold, stem, terms

PARTY = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in PARTIES) + r")\b")
_VERBISH = re.compile(r"\b(?:ge\w+[dt]|\w+(?:t|de|te|den|ten|en))\b")


def lemma_stems(text: str) -> set[str]:
    """The stems of the lemmas of the verb-like words of ``text`` ("geregistreerd": registreer)."""
    return {stem(fold(lemma(w))) for w in _VERBISH.findall(text.lower())}


def missing_words(asked: Asked, text: str) -> tuple[str, ...]:
    """The words of the question's subject that ``text`` (an answering sentence with the sentence
    before it and the title) lacks, by stem, lemma or a typo apart.  Any one missing makes the
    sentence about something else: "wanneer verschijnt het rapport over de aanpak" is not answered
    by a sentence on the aanpak that names no rapport.  The verbs of the question may differ
    ("gestart", "begonnen"); its nouns may not.

    >>> from search.answer.question import analyse
    >>> q = analyse("wanneer verschijnt het rapport over de nederlandse aanpak")
    >>> missing_words(q, "Het OVSE-rapport over de Nederlandse aanpak verschijnt in 2026.")
    ()
    >>> missing_words(analyse("wanneer verschijnt het jaarverslag over de nederlandse aanpak"),
    ...     "Het OVSE-rapport over de Nederlandse aanpak verschijnt in 2026.")
    ('jaarverslag',)
    >>> missing_words(analyse("wanneer mailde de verzoeker"), "Op 11 november hebt u een e-mail gestuurd.")
    ()
    """
    found = set(terms(text)) | lemma_stems(text) | _compound_parts(text)
    if PARTY.search(text):
        found.add("partij")
    addressed = bool(_YOU.search(text))
    out = []
    for word in asked.subject.split():
        stems = terms(word) if fold(word) not in _LINKING else []
        if addressed and fold(word) in _ADDRESSEES:
            continue  # a decision letter calls its verzoeker "u"
        if stems and not any(_stands(t, found) for t in stems):
            out.append(word)
    return tuple(out)


_YOU = re.compile(r"\b(?:u|uw)\b", re.I)
_ADDRESSEES = frozenset("verzoeker verzoekster verzoekers aanvrager aanvrager indiener indieners vragensteller".split())
_LINKING = frozenset("en of tegen tijdens zonder na via zoals dan als".split())  # a subject's linking words


def missing_runs(asked: Asked, sentence: str) -> int:
    """How many runs of adjacent subject words the sentence itself lacks ("erotisch centrum" is one):
    the sentence may leave one thing to its context (the sentence before it, the title), not more.

    >>> from search.answer.question import analyse
    >>> q = analyse("welke locaties voor het erotisch centrum zijn afgevallen")
    >>> missing_runs(q, "Wat het college betreft zijn de twee andere locaties afgevallen.")
    1
    """
    missing = set(missing_words(asked, sentence))
    runs, inside = 0, False
    for word in asked.subject.split():
        if fold(word) in _LINKING:
            continue
        if word in missing and not inside:
            runs += 1
        inside = word in missing
    return runs


def names_nothing_asked(asked: Asked, sentence: str) -> bool:
    """The sentence itself holds none of the subject's words, not even a compound's head ("monitor"
    for "mensenhandelmonitor"): what it says is about something its title or neighbour names, not
    an answer ("wie maakt de mensenhandelmonitor" is not answered by "Het RIEC heeft bijgedragen aan
    een methodiek die het mogelijk maakt ..." on a page of the monitor).

    >>> from search.answer.question import analyse
    >>> q = analyse("wie maakt de mensenhandelmonitor")
    >>> names_nothing_asked(q, "Het RIEC heeft een methodiek ontwikkeld die dat mogelijk maakt."), names_nothing_asked(
    ...     q, "De monitor is een jaarlijks product van de VeiligheidsAlliantie.")
    (True, False)
    """
    words = [w for w in asked.subject.split() if fold(w) not in _LINKING and terms(w)]
    if not words:
        return False
    missing = set(missing_words(asked, sentence))
    if any(w not in missing for w in words):
        return False
    found = set(terms(sentence))
    return not any(len(f) >= 5 and t != f and t.endswith(f) for w in words for t in terms(w) for f in found)


# Words of a question a sentence may say otherwise (each row one group).
EQUIVALENT: tuple[tuple[str, ...], ...] = (
    ("nieuwe", "aanvullende", "extra"),
    ("documenten", "stukken"),
    ("wob", "woo"),
    ("partij", "fractie"),
    ("mail", "email"),
    ("gemeenteraad", "raad"),
    ("maximaal", "maximale", "maximum", "max"),  # "max. 250 watt"
    ("minimaal", "minimale", "minimum", "min"),
    (
        "invoeren",
        "ingevoerd",
        "invoering",
        "implementatie",
        "implementeren",
        "geïmplementeerd",
    ),  # "uw raad wordt geïnformeerd" in a letter to the gemeenteraad
)
_GROUPS = tuple(frozenset(t for w in group for t in terms(w)) for group in EQUIVALENT)


def _stands(term: str, found: set[str]) -> bool:
    """``term`` (a stem) or a word of its group stands in ``found``."""
    return term in found or _near_word(term, found) or equivalent(term, found)


def equivalent(term: str, found: set[str]) -> bool:
    """A word of ``term``'s group of :data:`EQUIVALENT` stands in ``found`` ("raad" for "gemeenteraad").

    >>> from search.index.analysis import terms
    >>> equivalent(terms("gemeenteraad")[0], set(terms("naar uw raad"))), equivalent("raad", {"college"})
    (True, False)
    """
    return any(term in group and group & found for group in _GROUPS)


_ENDINGS = frozenset("e en er s st t d ing ingen ig lijk isch".split())


def _near_word(term: str, found: set[str]) -> bool:
    """A word of ``found`` is ``term`` inflected or longer ("meld": "melding"), a typo apart, or at
    most an ending shorter; not a shorter word that drops part of a compound: "mensenhandelzaken"
    is not found in "mensenhandel".

    >>> _near_word("mensenhandelzak", {"mensenhandel"}), _near_word("slachtofer", {"slachtoffer"})
    (False, True)
    """
    return any(
        (len(term) >= 4 and f.startswith(term))
        or (len(f) >= 4 and term.startswith(f) and term[len(f) :] in _ENDINGS)
        or (abs(len(f) - len(term)) <= 2 and ratio(term, f) >= FUZZY_MIN)
        for f in found
    )


def head_of(term: str, found: set[str]) -> bool:
    """``term`` is the head of a closed compound of ``found`` ("bevest" in "ontvangstbevestig",
    an ending allowed): the compound is a kind of what is asked; its first part is not ("ontvangst"
    is found by :func:`_near_word` as a prefix).

    >>> head_of("bevest", {"ontvangstbevestig"}), head_of("stand", {"afstand"}), head_of("plan", {"planning"})
    (True, False, False)
    """
    if len(term) < 5:
        return False
    for f in found:
        at = f.find(term, 3)
        while at > 0:
            if f[at + len(term) :] in _ENDINGS or at + len(term) == len(f):
                return True
            at = f.find(term, at + 1)
    return False


def tabular(sentence: str) -> bool:
    """A table's rows read as text: "|" cells, a third of its tokens numbers or dashes, or a register's
    row stamped to the second ("SIA-373027 6-1-2020 23:49:23 Overig ...").

    >>> tabular("Albrandswaard - - - 1 Barendrecht 3 - - - Capelle a/d IJssel 3 1 1 -"), tabular(
    ...     "In 2024 zijn 26 preventieve trajecten gestart.")
    (True, False)
    >>> tabular("SIA-373027 6-1-2020 23:49:23 Overig Overige dienstverlening Mijn tekst was te lang voor het formulier.")
    True
    """
    if sentence.count("|") >= 3 or _LOGGED.search(sentence):
        return True
    tokens = sentence.split()
    cells = sum(1 for t in tokens if re.fullmatch(r"[-–]|\d+(?:[.,]\d+)*%?", t))
    return len(tokens) >= 8 and cells >= len(tokens) / 3


_HEADER_FIELD = re.compile(
    r"\b(?:Datum|Portefeuille\(s\)|Portefeuillehouder\(s\)|Behandeld door|Onderwerp|Ons kenmerk|Uw kenmerk|"
    r"Kenmerk|Bijlage\(n\)|Retouradres|Aan:)"
)
_ABOUT_A_LETTER = re.compile(
    r"\b(?:brief|raadsinformatiebrief|raadsbrief|beantwoording|beantwoord\w*|besluit|portefeuille\w*|kenmerk|gestuurd|stuurde|"
    r"verstuurd|verstuurde|verzonden|gedateerd|geschreven|schreef|behandeld|behandelt)\b"
)


def header_not_asked(asked: Asked, sentence: str) -> bool:
    """A letter's header run into a sentence ("Aan ... Datum 19-9-2022 Portefeuille(s) ... Behandeld
    door ...") says when the letter is dated, who holds the portfolio and what it is about; it answers
    a question about the letter itself, not "wanneer ontving het bestuur de vragen" that the letter answers.

    >>> from search.answer.question import analyse
    >>> head = "Gemeente Amsterdam Aan de stadsdeelcommissie Datum 19-9-2022 Portefeuille(s) Zuidas Behandeld door Zuid"
    >>> header_not_asked(analyse("wanneer ontving het bestuur de vragen over zuidas"), head), header_not_asked(
    ...     analyse("wanneer is de brief over zuidas verstuurd"), head)
    (True, False)
    """
    if len(_HEADER_FIELD.findall(sentence)) < 2:
        return False
    return not _ABOUT_A_LETTER.search(fold(asked.text))


# A register's row: a date with a clock time to the second ("SIA-373027 6-1-2020 23:49:23 Overig ...").
_LOGGED = re.compile(r"\b\d{1,2}-\d{1,2}-\d{4}\s+\d{1,2}:\d{2}:\d{2}\b")


def _compound_parts(text: str) -> set[str]:
    """The stems of the parts of hyphenated words ("OVSE-rapport": ovse, rapport)."""
    return {t for w in re.findall(r"\w+(?:-\w+)+", text) for part in w.split("-") for t in terms(part)}
