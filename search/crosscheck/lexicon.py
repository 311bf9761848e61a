"""The domain lexicon, kept as data: who counts at which level, words that set a scope, word forms.

Extend these tables rather than the code that reads them (:mod:`search.crosscheck.aspects`).

>>> LEVEL_OF_ORGANISATION["CoMensha"], LEVEL_OF_ORGANISATION["ESSM"]
('landelijk', 'regio')
"""

from __future__ import annotations

import re
from functools import lru_cache

# Units that are part of a larger organisation: a claim naming the police is about the AVIM's figures too.
PART_OF: dict[str, str] = {"AVIM": "Politie"}


def counted_by(organisation: str, named: tuple[str, ...] | list[str]) -> bool:
    """``organisation`` is one of ``named``, or a unit of it is ("Politie" for a section naming the AVIM).

    >>> counted_by("Politie", ("AVIM",)), counted_by("AVIM", ("Politie",)), counted_by("ESSM", ("ESSM",))
    (True, False, True)
    """
    return organisation in named or any(PART_OF.get(o) == organisation for o in named)


# Who counts at which level: a national registration is never judged by a regional one.
LEVEL_OF_ORGANISATION: dict[str, str] = {
    "CoMensha": "landelijk",
    "NRM": "landelijk",
    "WODC": "landelijk",
    "NLA": "landelijk",
    "EMM": "landelijk",
    "IND": "landelijk",
    "ESSM": "regio",
    "AVIM": "regio",
    "RCTM": "regio",
    "RIEC": "regio",
    "VAR": "regio",
}

# Words in a sentence that set its level (folded text).
NATIONAL = re.compile(r"\b(?:landelijk\w*|nationa\w*|in nederland|heel nederland|ons land|het land)\b")
REGIONAL = re.compile(r"\b(?:regio(?:naal|nale)?|in de regio|regio rotterdam)\b")

# Places that name a level rather than a municipality.
LEVEL_OF_PLACE: dict[str, str] = {"nederland": "landelijk"}

# Words that say where or who, not what is counted: they never make two labels differ.
SCOPE_WORDS = frozenset(
    "landelijk nationaal nederland land regio regional regionaal gemeent stad bron volgen "
    "aldus blijkt schrijft meldt binn kwam kwamen kreg werd ging war stond stonden woond woont wonend "
    "teld geteld tell noteerd genoteerd zag kend "  # "telde", "noteerde", "zag", "kende": counting, not what
    "lag ligt ligg hoger lager "  # "lag hoger": a comparison, not what is counted
    "vermoed mogelijk "  # "vermoedelijke slachtoffers", "mogelijk betrekking op": how sure, not what
    "samenwerkingsverband "  # "het RIEC-samenwerkingsverband": who, not what
    "procent euro miljoen miljard kilometer km uur meter watt "  # units: the figure's unit says them
    "duizend".split()
)

# Words of change ("steeg", "een stijging van"): they say what kind of figure it is, not what is counted.
CHANGE_WORDS = frozenset(
    "steg steeg stijging gestegen toenam toename toegenom daling daald gedaald afnam afname "
    "groei groeid nam toe af".split()
)

# Verb and noun forms (stems) that name the same act of counting: "gemeld", "meldde",
# "registreerde", "aangemeld", "binnen" around an organisation all say it was reported there.
SAME_ACT: dict[str, str] = {
    "registreerd": "melding",
    "geregistreerd": "melding",
    "aangemeld": "melding",
    "ontving": "melding",
    "benaderd": "melding",
    "meldpunt": "melding",
    "contactmoment": "melding",
    "geholp": "begeleid",
    "hielp": "begeleid",
    "hulp": "begeleid",
    "hulpverlening": "begeleid",
    "hulpverlen": "begeleid",
    "mensenhandelzak": "zak",
    "schat": "schatting",  # "de rapporteur schat", "geschat op": "naar schatting"
    "schatt": "schatting",
    "geschat": "schatting",
    "aangift": "aangifte",
    "volwassen": "18plus",
    # starting something (an investigation, a trajectory) is one act however it is written
    "begon": "gestart",
    "begonn": "gestart",
    "beginn": "gestart",
    "begint": "gestart",
    "start": "gestart",
    "opgestart": "gestart",
}

# Change words: a claim whose number follows one of these states a change, not a level.
CHANGE = re.compile(
    r"\b(?:steeg|stegen|stijging|toename|nam\w*\s+(?:\w+\s+){0,4}toe|toegenomen|daalde|daling|"
    r"afname|nam\w*\s+(?:\w+\s+){0,4}af|groei(?:de)?|gestegen|gedaald)\b[^.;]{0,40}?\bmet\s*$"
)

# "nam uitbuiting in hotels met zeventig procent toe": the verb before the number, its particle after it
SPLIT_CHANGE_BEFORE = re.compile(r"\b(?:nam|namen|neemt|nemen)\b[^.;]{0,60}\bmet\s*$")
SPLIT_CHANGE_AFTER = re.compile(r"^\s*(?:[\w%]+\s+){0,2}(?:toe|af)\b")

# The act a count records: a reported victim is not a guided one.  A side naming one act and a
# side naming another count different things.
ACTS = frozenset({"melding", "begeleid", "aangifte", "opvang"})

# A past participle ("deelgenomen", "uitgevoerd") in a label says what was done, not what is counted.
PARTICIPLE = re.compile(
    r"^(?:aan|af|bij|deel|door|in|mee|na|om|op|over|terug|toe|uit|vast|voor|weg|plaats|samen|tegen|vrij|goed|open)?"
    r"ge[a-z]{3,}$"
)  # "plaatsgevonden", "samengewerkt", "goedgekeurd" too
NOT_PARTICIPLES = frozenset(
    "gesprek geweld gevall gebied gemeent gebouw gezin geld gevang gevaar gegeven gegevens "
    "geslacht gezondheid gedrag geval gezag".split()
)


def is_participle(term: str) -> bool:
    """
    >>> is_participle("deelgenom"), is_participle("uitgevoerd"), is_participle("gesprek"), is_participle("plaatsgevond")
    (True, True, False, True)
    """
    return term not in NOT_PARTICIPLES and bool(PARTICIPLE.match(term))


@lru_cache(maxsize=1 << 15)
def is_attributive(word: str) -> bool:
    """An inflected adjective before a noun ("nieuwe", "seksuele", "kansrijke", "preventieve"): its form
    without the -e (vowel doubled, v/z as f/s, double consonant single) is a Dutch word, or a participle.
    Nouns ending in -e ("gemeente", "aangifte", "controle") are not.

    >>> [w for w in "nieuwe nationale preventieve dikke gemiddelde gemeente aangifte controle".split() if is_attributive(w)]
    ['nieuwe', 'nationale', 'preventieve', 'dikke', 'gemiddelde']
    """
    if len(word) < 4 or not word.endswith("e") or word.endswith("ee"):
        return False
    base = word[:-1]
    forms = {base, base[:-1] + {"v": "f", "z": "s"}.get(base[-1], base[-1])}  # preventieve: preventief
    if len(base) >= 3 and base[-1] == base[-2]:
        forms.add(base[:-1])  # dikke: dik
    if len(base) >= 3 and base[-2] in "aeou" and base[-3] not in "aeiou" and base[-1] not in "aeiou":
        forms.add(base[:-1] + base[-2] + base[-1])  # nationale: nationaal, grote: groot
    known = _lexicon()
    return any(f in known for f in forms) or bool(PARTICIPLE.match(base) and base not in NOT_PARTICIPLES)


def _lexicon() -> frozenset[str]:
    from extract.nlp import lexicon

    return lexicon()
