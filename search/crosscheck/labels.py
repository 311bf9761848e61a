"""What a figure counts, normalised so that labels from different documents can be compared.

A label becomes a tuple of terms: folded, stop words and generic words
dropped, domain synonyms and abbreviations mapped to one form, and stemmed
with the analyzer's Dutch stemmer.  Ages are kept as terms ("18-" →
``18min``, "minderjarige" → ``18min``) because they tell indicators apart.

>>> terms_of("115 cliënten op het gebied van seksuele uitbuiting")
('slachtoffer', 'seksuel', 'uitbuit')
>>> terms_of("Preventieve trajecten") == terms_of("Preventief traject")
True
>>> similarity(terms_of("slachtoffers seksuele uitbuiting"), terms_of("slachtoffers criminele uitbuiting"))
0.0
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.fuzzy import ratio
from search.index.analysis import STOP_WORDS, fold, stem

LABELS_VERSION = "labels-20"

# Phrases (folded) rewritten before tokenising: abbreviations, spelling
# variants and compounds split so that their parts compare.
PHRASES: tuple[tuple[str, str], ...] = (
    (r"expertise ?centrum seksualiteit,? seks(?:werk|work) en mensenhandel", "essm"),
    (r"afdeling vreemdelingenpolitie,? identificatie en mensenhandel", "avim"),
    (r"regionaal controle ?team(?: mensenhandel)?", "rctm"),
    (r"regionaal informatie- en expertise ?centrum(?: rotterdam)?", "riec"),
    (r"(?:landelijk )?co(?:o|ö)rdinatiecentrum (?:tegen )?mensenhandel", "comensha"),
    (r"nationaal rapporteur(?: mensenhandel)?(?: en seksueel geweld tegen kinderen)?", "nrm"),
    (r"openbaar ministerie", "om"),
    (r"\b(?:het )?grootste deel\b|\bhet merendeel\b|\bde (?:grote )?meerderheid\b", " "),  # a share, not a thing
    (r"veiligheidsalliantie(?: regio rotterdam)?", "var"),
    (r"(?:nederlandse )?arbeidsinspectie", "nla"),
    (r"arbeids-?\s?uitbuiting", "arbeid uitbuiting"),
    (r"\(arbeids-\)\s?uitbuiting", "arbeid uitbuiting"),
    (r"meld-? en adviespunt", "meldpunt"),
    (r"\b(seksue|crimine)el (?:(?:werden|worden|zijn|waren|is|was) )?uitgebuit\w*", r"\1le uitbuiting"),
    (r"\bmeerderjarig\w*", "18plus"),
    (r"\bminderjarig\w*", "18min"),
    (r"\bvolwassen\w*", "18plus"),
    (r"\b18 jaar (?:of|en) ouder\b", "18plus"),
    (r"\b(?:18 jaar|18) (?:of|en) jonger\b", "18min"),
    (r"\b18\s?\+", "18plus"),
    (r"\b18\s?-(?!\w)", "18min"),
    (r"\bjonger (?:dan )?18\b", "18min"),
    (r"\bgeslacht (?:is )?niet geregistreerd\b", "onbekend"),
    (r"\bgeslacht (?:is |was |werd )?(?:niet bekend|onbekend)\b", "onbekend"),
    (r"\b(jonger|ouder) dan (\d+)\b", r"\1\2"),
    (r"\b(jonger|ouder) (\d+)\b", r"\1\2"),  # a label keeps "jonger 23" (extract.labels)
)
# One literal each phrase cannot match without (any of them), so that most labels skip most patterns.
PHRASE_NEEDLES: tuple[tuple[str, ...], ...] = (
    ("expertise",),
    ("vreemdelingenpolitie",),
    ("controle",),
    ("informatie",),
    ("rdinatiecentrum",),
    ("rapporteur",),
    ("openbaar",),
    ("grootste", "merendeel", "meerderheid"),
    ("veiligheidsalliantie",),
    ("arbeidsinspectie",),
    ("arbeids",),
    ("arbeids",),
    ("adviespunt",),
    ("uitgebuit",),
    ("meerderjarig",),
    ("minderjarig",),
    ("volwassen",),
    ("18",),
    ("18",),
    ("18",),
    ("18",),
    ("jonger",),
    ("geslacht",),
    ("geslacht",),
    ("jonger", "ouder"),
    ("jonger", "ouder"),
)
assert len(PHRASE_NEEDLES) == len(PHRASES)
_PHRASES = tuple((re.compile(p), r, n) for (p, r), n in zip(PHRASES, PHRASE_NEEDLES))
_ANY_NEEDLE = re.compile("|".join(sorted({re.escape(n) for ns in PHRASE_NEEDLES for n in ns})))

# Stems mapped to one term: the care provider's clients are the victims it
# helps; "gemeld" is a melding; "trajecten" is a traject.
STEM_SYNONYMS: dict[str, str] = {
    "vakantiehuiz": "vakantiewon",  # vakantiehuizen, vakantiehuis, vakantiewoningen: one kind of place
    "vakantiehuis": "vakantiewon",
    "client": "slachtoffer",
    "cliënt": "slachtoffer",
    "clientent": "slachtoffer",
    "gemeld": "melding",
    "meld": "melding",
    "contactmoment": "melding",
    "trajec": "traject",
    "preventiev": "preventief",
    "vrouwelijk": "vrouw",
    "mannelijk": "man",
    "mann": "man",
    "vrouwen": "vrouw",
    "persoon": "slachtoffer",
    "mens": "slachtoffer",
    "person": "slachtoffer",
    "onbek": "onbekend",
    "controles": "control",
    "controle": "control",
    "uitbuitingsvorm": "uitbuit",
    "uitgebuit": "uitbuit",  # "die seksueel werden uitgebuit": victims of sexual exploitation
    "opgevang": "opvang",
    "controleteam": "rctm",
    "adviespunt": "meldpunt",  # the "Meld- en Adviespunt", its label cut to its last word
}

# Words that say nothing about *what* is counted in this domain.
GENERIC = frozenset(
    "aantal totaal totale keer maal x per jaar jaarlijks alle overig overige gebied "
    "mensenhandel wel nog circa ongeveer zo'n zon ruim bijna minimaal maximaal ten "
    "minste meer minder dan ca bv alleen sprake betrekking hadden gedaan opzicht terecht uitkwam vorig afgelop".split()
)

# Words (not stems: "vaak" and "gaat" would stem to the nouns "vak" and "gat") that a label picks up
# from its clause but that never say what is counted: verb forms and pronominal or linking adverbs
# ("22 miljoen euro om daarmee waterleidingen", "slachtoffers zat op de fiets", "aangifte doet").
FUNCTION_WORDS = frozenset(
    "daarmee hiermee waarmee daarvan hiervan waarvan ervan daarbij hierbij waarbij daarin hierin waarin "
    "daardoor hierdoor daarvoor hiervoor daarop hierop daarna hierna erbij erin erop ermee "
    "vervolgens tevens eveneens inmiddels echter namelijk terwijl bijvoorbeeld steeds weer verder via "
    "doet doen deed deden zat zit zitten zaten ging gingen kwam kwamen komt komen kreeg kregen krijgt krijgen "
    "gaf gaven geeft geven blijft blijven bleef bleven bleek blijkt lijkt stond stonden staat staan "
    "ligt liggen lag lagen duurt duurde telt tellen werden beschikbaar "
    "trekt trekken trok uitgetrokken uittrekken "  # "trekt 25,3 miljoen euro uit": an amount set aside
    "eerder hen tegenover vergeleken".split()
)

# Words that say how much, not what: hedges and shares ("ruim een derde (34%)", "bijna de helft").
NUMBER_WORDS = frozenset(
    "ruim bijna circa ongeveer zo'n zon ca ca. minimaal maximaal ten minste meer minder dan tot "
    "derde helft kwart vijfde procent percent".split()
)

# Terms that nearly every label of this domain could carry.
SOFT = frozenset({"slachtoffer"})

# Count nouns that alone do not say what is counted ("meldingen", "gevallen"):
# a norm's actual named by only one of these needs the norm's organisation.
HEADS = frozenset(
    "melding gevall casus casuss gemeent onderzoek zak traject plek vorm opgav signal control niveaus kwartal".split()
)

# Terms of one class exclude each other: "seksuele" and "criminele"
# uitbuiting are different indicators, so are 18- and 18+; mensensmokkel is another crime than either.
DISCRIMINATORS: dict[str, frozenset[str]] = {
    "vorm": frozenset({"seksuel", "criminel", "arbeid", "preventief", "orgaanverwijder", "mensensmokkel"}),
    "leeftijd": frozenset({"18min", "18plus"}),
    "gender": frozenset({"vrouw", "man", "ander", "onbekend"}),
}
_CLASS_OF = {term: name for name, members in DISCRIMINATORS.items() for term in members}

ORGANISATIONS: dict[str, str] = {
    "essm": "ESSM",
    "humanitas": "ESSM",
    "avim": "AVIM",
    "politie": "Politie",
    "riec": "RIEC",
    "om": "OM",
    "rctm": "RCTM",
    "comensha": "CoMensha",
    "nrm": "NRM",
    "var": "VAR",
    "nla": "NLA",
    "emm": "EMM",
    "ind": "IND",
    "fier": "FIER",
    "wodc": "WODC",
}

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
FUZZY_MIN = 88  # rapidfuzz ratio for two terms to count as the same word (OCR: uitbuitting)
MISSING_CLASS_PENALTY = 0.8


def _rewrite(text: str) -> str:
    text = fold(text)
    if not _ANY_NEEDLE.search(text):  # most labels and clauses hold no phrase at all
        return text
    for pattern, replacement, needles in _PHRASES:
        if any(n in text for n in needles):
            text = pattern.sub(f" {replacement} ", text)
    return text


@lru_cache(maxsize=1 << 16)
def terms_of(text: str) -> tuple[str, ...]:
    """Normalised terms of a label, in order, without repeats (function words and generic words dropped).

    >>> terms_of("investeringskrediet om daarmee waterleidingen"), terms_of("slachtoffers zat op de fiets")
    (('investeringskrediet', 'waterleid'), ('slachtoffer', 'fiet'))
    """
    out: list[str] = []
    for word in _WORD.findall(_rewrite(text)):
        if word in STOP_WORDS or word in GENERIC or word in FUNCTION_WORDS or word.isdigit():
            continue
        term = word if word in ("18min", "18plus") else stem(word)
        term = STEM_SYNONYMS.get(term, term)
        if term in GENERIC or len(term) < 2 and term not in ("om",):
            continue
        if term not in out:
            out.append(term)
    return tuple(out)


def ends_in(compound: str, head: str, *, extra: int = 3, shortest: int = 3) -> bool:
    """``compound`` is ``head`` with at least ``extra`` letters before it ("fietsrit" ends in "rit"), a head
    of at least ``shortest`` letters: the one test for a compound and its last part everywhere.

    >>> ends_in("fietsrit", "rit"), ends_in("uitbuit", "buit", extra=4), ends_in("rit", "rit")
    (True, False, False)
    """
    return len(head) >= shortest and len(compound) >= len(head) + extra and compound.endswith(head)


def without_dangling(label: str) -> str:
    """A label without the preposition it ends on, the start of a phrase it cut off ("plekken voor
    sekswerkers buiten [de binnenstad]"); a table's row "Buiten regio" keeps its word.

    >>> without_dangling("plekken sekswerkers buiten"), without_dangling("buiten regio")
    ('plekken sekswerkers', 'buiten regio')
    """
    words = label.split()
    return " ".join(words[:-1]) if len(words) > 1 and fold(words[-1]) in DANGLING else label


DANGLING = frozenset("buiten binnen langs rond rondom tijdens sinds vanaf zonder naast".split())


@lru_cache(maxsize=1 << 16)
def words_of(text: str) -> frozenset[str]:
    """The terms of a sentence with the generic words kept ("betrekking", "mensenhandel", "hadden"): what
    two wordings of one sentence share even where neither names a specific thing.

    >>> sorted(words_of("Van de contactmomenten hadden 139 meldingen betrekking op mensenhandel."))
    ['betrekking', 'hadden', 'melding', 'mensenhandel']
    """
    out = set()
    for word in _WORD.findall(_rewrite(text)):
        if word in STOP_WORDS or word in FUNCTION_WORDS or word in NUMBER_WORDS or word.isdigit() or len(word) < 2:
            continue
        out.add(word if word in GENERIC else STEM_SYNONYMS.get(stem(word), stem(word)))
    return frozenset(out)


@lru_cache(maxsize=1 << 14)
def organisation_of(text: str) -> str:
    """The canonical name of the first organisation a text names, or "".

    >>> organisation_of("Expertisecentrum Seksualiteit, Sekswerk en Mensenhandel")
    'ESSM'
    >>> organisation_of("het Regionaal Controleteam")
    'RCTM'
    """
    for word in _WORD.findall(_rewrite(text)):
        if word in ORGANISATIONS:
            return ORGANISATIONS[word]
    return ""


@lru_cache(maxsize=1 << 14)
def organisations_in(text: str) -> tuple[str, ...]:
    """The canonical names of all organisations a text names, in order (repeats kept).

    >>> organisations_in("De AVIM en het Openbaar Ministerie; de AVIM en de politiemedewerkers")
    ('AVIM', 'OM', 'AVIM', 'Politie')
    """
    if not _ANY_ORGANISATION.search(fold(text)):
        return ()
    found = tuple(
        ORGANISATIONS[w] if w in ORGANISATIONS else "Politie"
        for w in _WORD.findall(_rewrite(text))
        if w in ORGANISATIONS or w.startswith("politie")
    )  # "politiemedewerkers", "politie-eenheid"
    if "OM" in found and not _CASED_OM.search(text):  # "om ... te" is a conjunction, not the OM
        found = tuple(o for o in found if o != "OM")
    return found


_ANY_ORGANISATION = re.compile(
    r"\b(?:" + "|".join(ORGANISATIONS) + r"|politie|expertise|vreemdelingenpolitie|controle|"
    r"informatie|co(?:o|ö)rdinatiecentrum|rapporteur|openbaar|veiligheidsalliantie|"
    r"arbeidsinspectie)"
)
_CASED_OM = re.compile(r"\bOM\b|[Oo]penbaar [Mm]inisterie")


def classes(terms: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """The discriminating terms of a label by class."""
    found: dict[str, set[str]] = {}
    for term in terms:
        name = _CLASS_OF.get(term)
        if name:
            found.setdefault(name, set()).add(term)
    return {name: frozenset(members) for name, members in found.items()}


def _matched(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    matched = 0
    for term in a:
        if term in b or any(ratio(term, other) >= FUZZY_MIN for other in b if abs(len(other) - len(term)) <= 2):
            matched += 1
    return matched


def similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """How surely two normalised labels name the same thing, 0..1.

    Dice overlap with fuzzy term matching; 0 when a discriminating class
    disagrees; lowered when only one side names a class (a part against a total).

    >>> similarity(("slachtoffer", "seksuel", "uitbuit"), ("seksuel", "uitbuit", "slachtoffer"))
    1.0
    """
    if not a or not b:
        return 0.0
    ca, cb = classes(a), classes(b)
    score = 1.0
    for name in set(ca) | set(cb):
        if name in ca and name in cb:
            if ca[name] != cb[name]:
                return 0.0
        else:
            score *= MISSING_CLASS_PENALTY
    matched = (_matched(a, b) + _matched(b, a)) / 2
    return round(score * 2 * matched / (len(a) + len(b)), 4)


def same_terms(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The labels name exactly the same thing: no term on one side only (besides "slachtoffer").

    Used where a wrong match costs most (conflicts): "slachtoffers arbeidsuitbuiting COSM"
    is a part of "slachtoffers arbeidsuitbuiting", not another value for it.

    >>> same_terms(("criminel", "uitbuit"), ("slachtoffer", "criminel", "uitbuit"))
    True
    >>> same_terms(("arbeid", "uitbuit", "cosm"), ("arbeid", "uitbuit"))
    False
    """
    a = tuple(t for t in a if t not in SOFT)
    b = tuple(t for t in b if t not in SOFT)
    return bool(a) and _matched(a, b) == len(a) and _matched(b, a) == len(b)


def same_organisation(a: str, b: str) -> bool:
    """Organisations agree when either is unknown or both name the same body."""
    if not a or not b:
        return True
    return (organisation_of(a) or fold(a)) == (organisation_of(b) or fold(b))


def same_place(a: str, b: str) -> bool:
    """Places agree when either is unknown or they name the same place ("Rotterdam" / "gemeente Rotterdam").

    >>> same_place("Rotterdam", "regio Rotterdam"), same_place("Rotterdam", "regio Rotterdam-Rijnmond")
    (True, False)
    """
    if not a or not b:
        return True
    return _place(a) == _place(b)


def _place(text: str) -> str:
    return re.sub(r"^(?:de |het )?(?:regio|gemeente|eenheid|stad)\s+", "", fold(text).strip())
