"""What a figure counts: a short normalised label from the words around the number.

The label is the noun phrase after the number ("115 slachtoffers van
seksuele uitbuiting" → "slachtoffers seksuele uitbuiting"), else the one
before it ("De meeste meldingen (108)" → "meldingen"), lower case, without
stop words, verbs or quantity words.  :func:`same_label` compares labels with
rapidfuzz on their lemmas.

>>> label_after("slachtoffers van seksuele uitbuiting gemeld.")
'slachtoffers seksuele uitbuiting'
>>> label_after("niet vergunde sekswerkers en")
'niet vergunde sekswerkers'
>>> label_before("Het aantal minderjarige slachtoffers nam toe met ")
'minderjarige slachtoffers'
"""
from __future__ import annotations

import re
from functools import lru_cache

from .fuzzy import sorted_words_ratio
from .nlp import lemma

_WORD = re.compile(r"[A-Za-zÀ-ÿ][\w’'-]*|\d[\d.,]*|[^\w\s]")
STOP = frozenset("""
de het een en van voor in op bij met aan uit naar over door tot om te als dan of dat die dit deze
zijn haar hun ons onze mijn er daar hier ook nog al wel wat wie waarvan waarbij waarin
waarmee waardoor zowel per nu
""".split())
QUANTITY = frozenset("""
aantal totaal meeste overige overig alle totale ongeveer circa ruim bijna meer minder minimaal maximaal
slechts zo’n zo'n ca. keer maal x procent % de helft kwart deel jaarlijks naar schatting
""".split())
CONNECTORS = frozenset("van voor naar tegen".split())
VERBS = frozenset("""
is zijn was waren wordt worden werd werden heeft hebben had hadden kan kunnen kon konden zal zullen
zou zouden moet moeten komt komen kwam kwamen gaat gaan ging gingen blijkt bleek staat staan stond
ligt lag kreeg kregen krijgt krijgen nam namen neemt nemen steeg stegen daalde daalden verbleven
verbleef identificeren betrof betreft zien ziet zag vallen valt liep liepen loopt bieden biedt gaf
gaven geeft leverde werkt werkte kampte identificeerde betrokken bekend mogelijk opnieuw waarvan
gedaan gezien gegeven gekomen genomen gebleven geweest gevonden gesproken geholpen aangetroffen
opgevangen ontvangen geschreven afgesloten opgenomen doorverwezen behandeld begeleid benaderd
bereikbaar bijeen uit af toe samen ingezet betrekking
""".split())
_PARTICIPLE = re.compile(r"^(?:aan|op|uit|in|af|toe|door|over|mee|na|vast|bij|terug)?ge\w{2,}[dt]$|^(?:be|ver|ont|her)\w{3,}[dt]$")
_NOT_PARTICIPLE = re.compile(r"(?:heid|beleid|gebied|verband|bedrijf|verlet|gezicht|gericht|gevecht|geld|getal|bezit"
                             r"|geweld|gezin|bestand|verhaal|gesprek)$")
MAX_WORDS = 5
# A property after a copula that says which part of a group is counted ("een kwart van de slachtoffers
# is jonger dan 23 jaar"), and "gemeld" after a bare noun ("944 slachtoffers gemeld": reported victims).
PROPERTIES = frozenset("jonger ouder minderjarig meerderjarig".split())
COPULAS = frozenset("is zijn was waren".split())
REPORTED = frozenset({"gemeld"})


def words(text: str) -> list[str]:
    return _WORD.findall(text)


@lru_cache(maxsize=16384)
def is_verb(word: str) -> bool:
    low = word.lower()
    return low in VERBS or (bool(_PARTICIPLE.match(low)) and not _NOT_PARTICIPLE.search(low))


def label_after(text: str) -> str:
    """The noun phrase at the start of ``text`` (the words after a number).

    >>> label_after(" van de slachtoffers is jonger dan 23 jaar."), label_after(" slachtoffers gemeld, een stijging")
    ('slachtoffers jonger 23', 'slachtoffers gemeld')
    """
    out: list[str] = []
    tokens = words(text)
    i = 0
    while i < len(tokens) and (tokens[i].lower() in ("is", "zijn", "was", "waren", "keer", "maal")
                               or tokens[i].lower() in STOP):
        i += 1
    for n, token in enumerate(tokens[i:], start=i):
        low = token.lower()
        if token == "(" or token == ")":
            continue
        if len(out) == 1 and low in REPORTED:  # only a bare noun: "944 slachtoffers gemeld"
            out.append(low)
            break
        if out and low in COPULAS and n + 1 < len(tokens) and tokens[n + 1].lower() in PROPERTIES:
            out.append(tokens[n + 1].lower() + _age_bound(tokens, n + 2))
            break
        if out and low in PROPERTIES:  # "34% van de slachtoffers jonger dan 23 jaar"
            out.append(low + _age_bound(tokens, n + 1))
            break
        if not token[0].isalpha() or is_verb(token):
            break
        if low in ("niet", "geen"):  # "27 niet vergunde sekswerkers" keeps its negation
            if out:
                break
            out.append(low)
            continue
        if low in CONNECTORS:
            out.append(low)
            continue
        if low in STOP or (token[0].isupper() and out):
            break
        out.append(low)
        if len([w for w in out if w not in CONNECTORS]) >= MAX_WORDS:
            break
    return normalise(" ".join(out))


_CLAUSE = re.compile(r"[,;:.?!]\s")
_CLAUSE_OR_BRACKET = re.compile(r"[,;:.?!]\s|\(")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_SUPERSCRIPTS = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_LABEL_WORD = re.compile(r"\d+\s?[+-](?![\w+-])|[\w’'-]+")  # "18+" and "18-" (age groups) keep their sign
_EDGE_DASH = re.compile(r"^[\s-]+|(?<!\d)[\s-]+$|\s+$")
_YEAR_HEADER = re.compile(r"\s(?:Jaartal|Jaar|Periode)\s+(?:[A-Z]\w*\s+)?(?:aantal\s+)?\w+(?:\s+\d[\d.]*)*\s*$")


def _age_bound(tokens: list[str], at: int) -> str:
    """" 23" after "jonger"/"ouder" when "dan 23" follows: the age tells groups apart."""
    if at + 1 < len(tokens) and tokens[at].lower() == "dan" and tokens[at + 1].isdigit():
        return f" {tokens[at + 1]}"
    return ""


def label_before(text: str) -> str:
    """The noun phrase at the end of ``text`` (the clause before a number)."""
    clause = _CLAUSE_OR_BRACKET.split(text)[-1] if not text.rstrip().endswith("(") else _CLAUSE.split(text)[-1]
    header = _YEAR_HEADER.search(clause)
    if header and _ASCII_LETTER.search(clause, 0, header.start()):  # "... CoMensha Jaartal Totaal aantal meldingen 2019"
        clause = clause[:header.start()]  # the words before a year column's header are the table's caption
    out: list[str] = []
    for token in reversed(words(clause)):
        low = token.lower()
        if token in "()":
            continue
        if not token[0].isalpha():
            if out:
                break
            continue
        if is_verb(token) or low in STOP or low in QUANTITY or low in ("niet", "geen"):
            if out and low not in CONNECTORS and low not in QUANTITY:
                break
            continue
        out.append(low)
        if len(out) >= MAX_WORDS - 1:
            break
    return normalise(" ".join(reversed(out)))


def normalise(label: str) -> str:
    """Lower case, stop and quantity words out, single spaces; an age group keeps its sign.

    >>> normalise("Het aantal slachtoffers van Seksuele uitbuiting")
    'slachtoffers seksuele uitbuiting'
    >>> normalise("Seksuele uitbuiting 18+"), normalise("Seksuele uitbuiting 18-"), normalise("- zorg -")
    ('seksuele uitbuiting 18+', 'seksuele uitbuiting 18-', 'zorg')
    """
    label = _SUPERSCRIPTS.sub("", label.lower())
    kept = [w.replace(" ", "") for w in _LABEL_WORD.findall(label) if w not in STOP and w not in QUANTITY]
    return _EDGE_DASH.sub("", " ".join(kept))


def lemmas(label: str) -> str:
    """The label with each word's lookup lemma: "meldingen meldpunt" → "melding meldpunt"."""
    return " ".join(lemma(w) for w in label.split())


def same_label(a: str, b: str, threshold: float = 85.0) -> bool:
    """Do two labels count the same thing?  Compared on lemmas, word order free.

    >>> same_label("slachtoffers seksuele uitbuiting", "seksuele uitbuiting slachtoffer")
    True
    >>> same_label("meldingen", "controles")
    False
    """
    if not a or not b:
        return False
    return sorted_words_ratio(lemmas(a), lemmas(b)) >= threshold
