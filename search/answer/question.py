"""Question analysis: what a Dutch question asks, for whom, where and when.

A question becomes an :class:`Asked`: its kind (hoeveel, hoe vaak, procent,
bedrag, wanneer, wie, waar, welke, wat, waarom, hoe, trend), the counted
thing (the words left once question words, verbs and the named period,
place and organisation are taken out), and what the evidence must hold for
an answer to count: the year, the place, the organisation, numbers and
names it names.  Typed as people type: no question mark, lower case, a typo
in the question word ("hoevel") is read the same.

>>> q = analyse("Hoeveel slachtoffers van seksuele uitbuiting begeleidde het ESSM in 2024?")
>>> q.kind, q.year, q.organisation, q.subject
('hoeveel', 2024, 'ESSM', 'slachtoffers seksuele uitbuiting')
>>> analyse("hoevel meldingen kwamen er uit rotterdam in 2025").place
'Rotterdam'
>>> analyse("Waar kunnen slachtoffers zich melden?").kind
'waar'
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache

from extract.fuzzy import best_match
from extract.nlp import ORGANISATIONS, lemma, municipalities
from search.crosscheck.labels import organisation_of
from search.index.analysis import fold

# Question openers, longest first: (words, kind).  Kinds that ask for a figure are in FIGURE_KINDS.
OPENERS: tuple[tuple[str, str], ...] = (
    ("hoe ontwikkelde", "trend"),
    ("hoe ontwikkelt", "trend"),
    ("hoe verliep", "trend"),
    ("hoe veranderde", "trend"),
    ("hoeveel procent", "procent"),
    ("welk percentage", "procent"),
    ("wat is het percentage", "procent"),
    ("welk deel", "procent"),
    ("hoe groot is het aandeel", "procent"),
    ("hoeveel kost", "bedrag"),
    ("hoeveel kostte", "bedrag"),
    ("hoeveel kosten", "bedrag"),
    ("hoeveel kostten", "bedrag"),
    ("hoeveel geld", "bedrag"),
    ("wat kost", "bedrag"),
    ("wat kostte", "bedrag"),
    ("wat kosten", "bedrag"),
    ("wat kostten", "bedrag"),
    ("wat zijn de kosten", "bedrag"),
    ("wat waren de kosten", "bedrag"),
    ("hoe hoog", "bedrag"),
    ("hoeveel euro", "bedrag"),
    ("welk bedrag", "bedrag"),
    ("hoe vaak", "hoe vaak"),
    ("hoeveel keer", "hoe vaak"),
    ("hoeveel maal", "hoe vaak"),
    ("hoeveel", "hoeveel"),
    ("wat is het aantal", "hoeveel"),
    ("wat was het aantal", "hoeveel"),
    ("om hoeveel", "hoeveel"),
    ("aantal", "hoeveel"),
    ("tot hoe laat", "wanneer"),
    ("hoe laat", "wanneer"),
    ("vanaf hoe laat", "wanneer"),
    ("hoe oud", "leeftijd"),
    ("wanneer", "wanneer"),
    ("sinds wanneer", "wanneer"),
    ("per wanneer", "wanneer"),
    ("tot wanneer", "wanneer"),
    ("vanaf wanneer", "wanneer"),
    ("uiterlijk wanneer", "wanneer"),
    ("in welke maand", "wanneer"),
    ("op welke datum", "wanneer"),
    ("in welk jaar", "wanneer"),
    ("wie", "wie"),
    ("door wie", "wie"),
    ("van wie", "wie"),
    ("met wie", "wie"),
    ("aan wie", "wie"),
    ("bij wie", "wie"),
    ("voor wie", "wie"),
    ("welke organisatie", "wie"),
    ("waar", "waar"),
    ("waarom", "waarom"),
    ("welke", "welke"),
    ("welk", "welke"),
    ("wat", "wat"),
    ("hoe", "hoe"),
    ("waardoor", "waarom"),
    ("is", "ja/nee"),
    ("zijn", "ja/nee"),
    ("heeft", "ja/nee"),
    ("kan", "ja/nee"),
    ("kunt", "ja/nee"),
    ("wordt", "ja/nee"),
    ("worden", "ja/nee"),
)
FIGURE_KINDS = frozenset({"hoeveel", "hoe vaak", "procent", "bedrag", "leeftijd", "trend"})
QUESTION_WORDS = frozenset(w for words, _ in OPENERS for w in words.split()) | {"hoelang", "hoeveelheid"}
_OPENER_WORDS = sorted({words.split()[0] for words, _ in OPENERS if len(words.split()[0]) >= 5})

# Words of a question that say how it is asked, not what about (folded).  Verbs are recognised by
# :func:`verbish` besides these.
FILLER = frozenset(
    """
er ik je we wij jullie zij ze men u uw het de een der den dit dat deze die daar hier welke welk wat
is zijn was waren wordt worden werd werden zal zullen zou zouden kan kun kunt kunnen kon konden mag mogen
moet moeten heeft hebben had hadden hebt doet doen deed deden gaat gaan ging gingen komt komen kwam kwamen
staat staan stond stonden krijgt krijgen kreeg kregen geeft geven gaf gaven vindt vinden vond vonden
totaal in totaal ongeveer precies eigenlijk nou nu toen dan al nog ook wel niet geen alle allemaal
jaar jaarlijks per sinds vanaf tot met van voor door bij op aan uit over naar om onder tussen binnen en of
volgens bekend gebeurd gebeurt gedaan gegeven gekregen gehad geweest geworden plaatsgevonden
eens even graag weten vertel vertellen zeg zeggen noem noemen please aub
hoeveelheid aantal getal cijfer cijfers college stelt stellen vast t/m
mocht mochten moest moesten wil wilt wilde wilden willen te ligt liggen lag lagen bevindt bevinden zit zat
""".split()
)

_UNIT_WORDS = {
    "procent": "percent",
    "percentage": "percent",
    "%": "percent",
    "euro": "eur",
    "euros": "eur",
    "geld": "eur",
    "subsidie": "eur",
    "krediet": "eur",
    "bedrag": "eur",
    "budget": "eur",
    "kosten": "eur",
    "bijdrage": "eur",
    "miljoen": "eur",
    "jaren": "years",
    "dagen": "days",
    "weken": "weeks",
    "maanden": "months",
    "uur": "hours",
    "uren": "hours",
    "kilometer": "km",
    "km": "km",
    "meter": "m",
}
_ABOUT = frozenset("over inzake betreffende omtrent aangaande".split())
_PERIOD_WORDS = frozenset("week weken maand maanden dag dagen kwartaal".split())
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")
_SINCE = re.compile(r"\b(?:sinds|vanaf|sedert)\s+(19[5-9]\d|20[0-4]\d)\b")
_RANGE = re.compile(
    r"\b(?:tussen\s+(?=\d{4} en )|(?=\d{4}\s*(?:-|–|t/m|tot)))(19[5-9]\d|20[0-4]\d)\s*(?:-|–|t/m|tot en met|tot|en)\s*"
    r"(19[5-9]\d|20[0-4]\d)\b"
)
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")
_WORD = re.compile(r"[\w'’\-/]+", re.UNICODE)
_NAME = re.compile(r"(?<![.?!]\s)(?<!^)\b([A-Z][a-zà-ÿ]+(?:\s(?:van|de|der|den|ten|ter)?\s?[A-Z][a-zà-ÿ]+)*)")
_RELATIVE = (
    ("vorig jaar", -1),
    ("afgelopen jaar", -1),
    ("dit jaar", 0),
    ("vorige jaar", -1),
    ("twee jaar geleden", -2),
    ("het jaar ervoor", -2),
)


@dataclass(frozen=True)
class Asked:
    """A question taken apart (see the module docstring)."""

    text: str
    kind: str
    subject: str  # the counted or asked-about thing, question words, verbs and facets removed
    topic: str  # the words asked about with their verbs ("wie beheert de koffer": "beheert koffer")
    words: tuple[str, ...]  # content words of the question (folded), facets included
    year: int | None = None
    year_end: int | None = None  # "2023-2025", "sinds 2020" (then year_end = year of the newest figure)
    since: bool = False
    place: str = ""
    organisation: str = ""
    numbers: tuple[str, ...] = ()  # numbers named in the question (besides years)
    names: tuple[str, ...] = ()  # capitalised names that are no place or organisation

    @property
    def about(self) -> tuple[str, ...]:
        """The words after "over", "inzake" or "betreffende": what the documents counted are about,
        which their page or title names rather than the sentence of the number.

        >>> analyse("hoeveel documenten werden gevonden over het ongeval op de rotonde postjesweg").about
        ('ongeval', 'rotonde', 'postjesweg')
        """
        for at, word in enumerate(self.words):
            if word in _ABOUT and at:
                return tuple(w for w in self.words[at + 1 :] if w in self.subject.split())
        return ()

    @property
    def wants_figure(self) -> bool:
        return self.kind in FIGURE_KINDS

    @property
    def unit(self) -> str:
        """The unit family a figure answer must have: by the question word, else by what is counted
        ("hoeveel subsidie" is an amount, "hoeveel jaren" a duration, "hoeveel procent" a share).

        >>> analyse("hoeveel subsidie kreeg de stichting").unit, analyse("hoeveel dagen per week open").unit
        ('eur', 'days')
        """
        if self.kind in ("procent", "bedrag", "leeftijd"):
            return {"procent": "percent", "bedrag": "eur", "leeftijd": "years_of_age"}[self.kind]
        for word in self.words:
            if word in _UNIT_WORDS:
                return _UNIT_WORDS[word]
            if re.match(r"(?:procent|percentage)$", word):
                return "percent"
        return "count"

    @property
    def units(self) -> tuple[str, ...]:
        """The unit families that answer: "hoe vaak" is a count or a rate ("minimaal 12x per jaar")."""
        return (self.unit, "times_per_period") if self.kind == "hoe vaak" and self.unit == "count" else (self.unit,)


def is_question(text: str) -> bool:
    """A search string that asks something: ends with "?" or starts with a question word.

    >>> is_question("hoeveel meldingen 2024"), is_question("meldingen 2024"), is_question("meldpunt?")
    (True, False, True)
    """
    text = text.strip()
    if text.endswith("?"):
        return True
    first = fold(text.split()[0]) if text.split() else ""
    return _opener_word(first) in {"hoeveel", "hoe", "wanneer", "wie", "waar", "waarom", "welke", "welk", "wat"}


def analyse(text: str, today: _dt.date | None = None) -> Asked:
    """The :class:`Asked` of a question (``today`` dates "vorig jaar")."""
    folded = _normalised(text)
    kind, rest = _kind(folded)
    year, year_end, since = _period(folded, today or _dt.date.today())
    place = place_in(text)
    organisation = organisation_in(text)
    numbers = tuple(n for n in _NUMBER.findall(folded) if not _YEAR.fullmatch(n))
    names = _names(text, place, organisation)
    words, infinitives = _infinitives(tuple(w for w in _WORD.findall(rest) if w not in QUESTION_WORDS))
    if kind in ("wat", "welke", "hoe") and any(_UNIT_WORDS.get(w) == "eur" for w in words[:4]):
        kind = "bedrag"  # "wat is het budget", "welke kosten": an amount is asked
    subject = " ".join(w for w in words if w not in infinitives and _content(w, place, organisation))
    topic = " ".join(w for w in words if w in infinitives or _content(w, place, organisation) or _verb_of_topic(w))
    if not subject and organisation:  # "wat doet het rctm": the organisation is what is asked about
        subject = " ".join(w for w in words if w not in infinitives and _content(w, place, ""))
        topic = " ".join(w for w in words if w in infinitives or _content(w, place, "") or _verb_of_topic(w))
    return Asked(text.strip(), kind, subject, topic, words, year, year_end, since, place, organisation, numbers, names)


def _infinitives(words: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    """The words with each "te" infinitive joined to its particle ("aan te wijzen": aanwijzen), and
    the infinitives: verbs, not what is asked about ("om de orde te herstellen").

    >>> _infinitives(("gebied", "aan", "te", "wijzen", "als", "veiligheidsrisicogebied"))
    (('gebied', 'aanwijzen', 'als', 'veiligheidsrisicogebied'), frozenset({'aanwijzen'}))
    """
    out: list[str] = []
    found: set[str] = set()
    i = 0
    while i < len(words):
        if words[i] == "te" and i + 1 < len(words) and len(words[i + 1]) > 3:
            verb = words[i + 1]
            if out and out[-1] in _PARTICLES:
                verb = out.pop() + verb
            out.append(verb)
            found.add(verb)
            i += 2
            continue
        out.append(words[i])
        i += 1
    return tuple(out), frozenset(found)


_PARTICLES = frozenset(
    "aan af in op uit mee toe door over terug vast weg na bij voor samen".split()
)  # not "om": "om te"


def _normalised(text: str) -> str:
    """Folded, punctuation at the end gone, a mistyped first question word repaired."""
    folded = fold(text.strip().rstrip("?!. ").strip())
    parts = folded.split()
    if parts:
        parts[0] = _opener_word(parts[0])
    return " ".join(parts)


@lru_cache(maxsize=4096)
def _opener_word(word: str) -> str:
    """A first word one typo away from a question word is that word ("hoevel", "hoeveell", "wanner")."""
    if word in QUESTION_WORDS or len(word) < 5:
        return word
    found = best_match(word, _OPENER_WORDS, cutoff=80)
    return found[0] if found else word


def _kind(folded: str) -> tuple[str, str]:
    for words, kind in OPENERS:
        if folded == words or folded.startswith(words + " "):
            return kind, folded[len(words) :].strip()
    for words, kind in OPENERS:  # "en in 2024 hoeveel ..." or "slachtoffers 2024 hoeveel"
        if len(words) > 3 and re.search(rf"\b{re.escape(words)}\b", folded) and kind in FIGURE_KINDS:
            return kind, re.sub(rf"\b{re.escape(words)}\b", " ", folded).strip()
    return "wat", folded


def _period(folded: str, today: _dt.date) -> tuple[int | None, int | None, bool]:
    if found := _RANGE.search(folded):
        return int(found.group(1)), int(found.group(2)), False
    if found := _SINCE.search(folded):
        return int(found.group(1)), None, True
    years = [int(y) for y in _YEAR.findall(folded)]
    if years:
        return years[0], None, False
    for phrase, offset in _RELATIVE:
        if phrase in folded:
            return today.year + offset, None, False
    return None, None, False


@lru_cache(maxsize=1)
def _places() -> tuple[tuple[str, str], ...]:
    """(folded spelling, canonical name) of every municipality, region and alias, longest first."""
    names, aliases, regions, _ = municipalities()
    pairs = [(fold(n), n) for n in names + regions] + [(fold(a), n) for a, n in aliases.items()]
    pairs += [("nederland", "Nederland"), ("landelijk", "Nederland")]
    return tuple(sorted(set(pairs), key=lambda p: -len(p[0])))


def place_in(text: str) -> str:
    """The first municipality, region or "Nederland" a text names (canonical), or "".

    >>> place_in("meldingen uit capelle a/d ijssel"), place_in("in de regio Rotterdam"), place_in("meldingen")
    ('Capelle aan den IJssel', 'regio Rotterdam', '')
    """
    folded = f" {fold(text)} "
    for spelling, name in _places():
        if re.search(rf"(?<![\w-]){re.escape(spelling)}(?![\w-])", folded):
            return name
    return ""


@lru_cache(maxsize=1)
def _organisations() -> tuple[tuple[str, str], ...]:
    pairs = [(fold(n), key) for key, names in ORGANISATIONS.items() for n in names]
    pairs += [(fold(key), key) for key in ORGANISATIONS]
    return tuple(sorted(set(pairs), key=lambda p: -len(p[0])))


def organisation_in(text: str) -> str:
    """The organisation a question names (canonical abbreviation), or "".

    >>> organisation_in("hoeveel controles deed het regionaal controleteam"), organisation_in("de politie")
    ('RCTM', 'Politie')
    """
    known = organisation_of(text)
    if known:
        return known
    folded = f" {fold(text)} "
    for spelling, key in _organisations():
        if len(spelling) >= 2 and re.search(rf"(?<![\w-]){re.escape(spelling)}(?![\w-])", folded):
            return key
    return ""


def _names(text: str, place: str, organisation: str) -> tuple[str, ...]:
    """Capitalised words inside the question that are no place, organisation or question word."""
    body = text.strip()
    out = []
    for match in _NAME.finditer(body):
        name = match.group(1)
        folded = fold(name)
        if match.start() == 0 or folded in QUESTION_WORDS or folded in FILLER:
            continue
        if place and fold(place).endswith(folded) or place_in(name) or organisation_in(name):
            continue
        out.append(name)
    return tuple(out)


def verbish(word: str) -> bool:
    """A folded word that is a Dutch verb form rather than what is counted.

    The lookup lemmas (:func:`extract.nlp.lemma`) turn a conjugated verb into
    its infinitive ("begeleidde" → "begeleiden", "uitgevoerd" → "uitvoeren");
    participles the table lacks and common infinitives are listed.

    >>> [verbish(w) for w in ("begeleidde", "gemeld", "uitgevoerd", "slachtoffers", "meldingen", "verdachten")]
    [True, True, True, False, False, False]
    >>> verbish("begeleidden"), verbish("noodbedden"), verbish("vrachtwagens")
    (True, False, False)
    """
    if word in _VERBS:
        return True
    if len(word) < 4:
        return False
    root = lemma(word)
    if word.endswith("s") and root == word[:-1]:
        return False  # a plural noun ("vrachtwagens", "examens"): no verb form ends in -ens
    if word in _VERBS or re.fullmatch(r"\w+(?:dde|tte|dden|tten)", word) and root != word:
        return True  # a past tense the lemmas know ("begeleidde"); "noodbedden" is a noun
    return root != word and root.endswith("en") and not root.endswith("ingen")


_VERBS = frozenset(
    """
begeleid begeleidt begeleiden benaderd benaderen gemeld melden meldt gestart starten start startte gestegen
gedaald stijgen dalen steeg daalde ontvangen ontving ontvingen behandeld behandelen opgevangen opvangen
geholpen helpen hielp hielpen uitgevoerd uitvoeren voerde voerden geregistreerd registreren registreerde
geteld telde telden verleend verleende aangetroffen aantreffen trof troffen geïdentificeerd geidentificeerd
identificeerde bezocht bezoeken bezochten gehouden hield hielden georganiseerd organiseerde organiseren
vastgesteld vaststellen besloten besluiten besloot genomen nemen nam namen betaald betalen betaalde
kost kosten kostte kostten bedraagt bedroeg bedragen begroot verwacht verwachten zitten zat zaten
gaat loopt liep liepen telt tellen omvat omvatten bevat bevatten bereikt terecht kregen gesteld stellen
aangesteld aangewezen verschijnt verscheen ingezet inzetten gebruikt gebruiken ingediend gepubliceerd
maakte maakten gemaakt schreef schreven geschreven gaf gaven gegeven kwam kwamen gekomen zag zagen vond vonden
gevonden koos kozen gekozen sloot sloten gesloten bood boden ging gingen stond stonden lag lagen bleef bleven
begon begonnen won wonnen trok trokken viel vielen droeg droegen sprak spraken verschenen ontstond ontstonden
besprak bespraken onderzocht onderzochten verzocht verzochten bracht brachten deed deden ingevoerd gewijzigd
gestuurd opgesteld vastgelegd afgeschaft verboden toegestaan verbieden
""".split()
)


def _verb_of_topic(word: str) -> bool:
    """A verb that says what is asked ("beheert", "melden"), not an auxiliary ("wordt", "heeft")."""
    return verbish(word) and word not in FILLER and word not in QUESTION_WORDS


def _content(word: str, place: str, organisation: str) -> bool:
    """A word that says what is asked about (not a filler, verb, year, place or organisation)."""
    if (
        word in FILLER
        or word in QUESTION_WORDS
        or _YEAR.fullmatch(word)
        or verbish(word)
        or word in _UNIT_WORDS
        or word in _PERIOD_WORDS
    ):
        return False
    if place and word in fold(place).split() or organisation and organisation_of(word) == organisation:
        return False
    if organisation and fold(organisation) == word:
        return False
    return len(word) > 1 or word.isdigit()
