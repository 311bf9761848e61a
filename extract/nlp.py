"""Dutch language data: lookup lemmas and the organisations, places and parties of a text.

No model is downloaded and spaCy is not imported for either: the lemmas are
spacy-lookups-data's Dutch lookup table (read with gzip + json), and the
entities are phrase patterns of organisations (abbreviation and full name),
municipalities and regions (from ``data/gemeenten.txt``) and political parties,
matched on the tokens of :mod:`extract.dutch_tokens` (spaCy's Dutch tokenizer
rules in pure Python) the way spaCy's EntityRuler matches them.  spaCy itself
stays behind :func:`pipeline` (this module is still the only one importing it):
the oracle ``tests/test_dutch_tokens.py`` compares the two.

>>> [(e.label, e.canonical) for e in entities(["Het ESSM en de Nationaal Rapporteur in Capelle a/d IJssel"])[0]]
[('ORG', 'ESSM'), ('ORG', 'NRM'), ('PLACE', 'Capelle aan den IJssel')]
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import dutch_tokens
from .numwords import ordinal_value, word_value

DATA = Path(__file__).with_name("data")

# canonical abbreviation → full names and other spellings
ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "ESSM": (
        "Expertisecentrum Seksualiteit, Sekswerk en Mensenhandel",
        "Expertisecentrum Seksualiteit Sekswerk en Mensenhandel",
        "Expertise Centrum Seksualiteit Sekswerk en Mensenhandel",
        "Expertisecentrum Seksualiteit Sekswork en Mensenhandel",
        "Humanitas Expertisecentrum Seksualiteit Sekswerk en Mensenhandel",
    ),
    "AVIM": (
        "Afdeling Vreemdelingenpolitie, Identificatie en Mensenhandel",
        "Afdeling Vreemdelingenpolitie Identificatie en Mensenhandel",
    ),
    "RIEC": (
        "Regionaal Informatie- en Expertisecentrum",
        "Regionaal Informatie- en Expertise Centrum",
        "Regionaal Informatie- en Expertisecentrum Rotterdam",
        "Regionaal Informatie- en Experticeentrum",
    ),
    "OM": ("Openbaar Ministerie",),
    "RCTM": ("Regionaal Controleteam Mensenhandel", "Regionaal Controle Team Mensenhandel", "Regionaal Controleteam"),
    "CoMensha": (
        "Coördinatiecentrum tegen Mensenhandel",
        "Coördinatiecentrum Mensenhandel",
        "Comensha",
        "landelijk coördinatiecentrum tegen mensenhandel",
    ),
    "NRM": (
        "Nationaal Rapporteur Mensenhandel",
        "Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen",
        "Nationaal Rapporteur",
    ),
    "VAR": ("VeiligheidsAlliantie regio Rotterdam", "VeiligheidsAlliantie Rotterdam", "Veiligheidsalliantie"),
    "NLA": ("Nederlandse Arbeidsinspectie", "Arbeidsinspectie", "Inspectie SZW"),
    "EMM": ("Expertisecentrum Mensenhandel en Mensensmokkel",),
    "KMar": ("Koninklijke Marechaussee", "Koninklijke Marachaussee", "Marechaussee"),
    "WODC": ("Wetenschappelijk Onderzoek- en Documentatiecentrum",),
    "CCV": ("Centrum voor Criminaliteitspreventie en Veiligheid",),
    "VNG": ("Vereniging van Nederlandse Gemeenten",),
    "RVO": ("Regionaal Veiligheidsoverleg",),
    "IND": ("Immigratie- en Naturalisatiedienst",),
    "Politie": ("politie", "politie-eenheid Rotterdam", "Nationale Politie"),
    "Humanitas": ("Stichting Humanitas",),
    "Fier": ("FIER",),
    "FairWork": (),
    "GGD": (),
}
PARTIES = (
    "VVD",
    "PvdA",
    "GroenLinks",
    "GroenLinks-PvdA",
    "D66",
    "CDA",
    "SP",
    "PVV",
    "ChristenUnie",
    "SGP",
    "Partij voor de Dieren",
    "PvdD",
    "DENK",
    "Leefbaar Rotterdam",
    "JA21",
    "FvD",
    "Forum voor Democratie",
    "Volt",
    "BBB",
    "50PLUS",
    "NIDA",
    "BIJ1",
)


@dataclass(frozen=True)
class Entity:
    start: int  # character offsets in the text given
    end: int
    label: str  # ORG, PLACE, PARTY
    canonical: str


def municipalities() -> tuple[tuple[str, ...], dict[str, str], tuple[str, ...], frozenset[str]]:
    """(names, aliases, regions, the 23 of the Rotterdam region) from ``data/gemeenten.txt``.

    >>> names, aliases, regions, region = municipalities()
    >>> len(names), len(set(names)), len(region), {"Den Helder", "Hillegom", "Tytsjerksteradiel"} <= set(names)
    (342, 342, 23, True)
    """
    names, regions, region23 = [], [], set()
    aliases: dict[str, str] = {}
    for line in (DATA / "gemeenten.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("alias:"):
            alias, _, name = line[6:].partition("=")
            aliases[alias.strip()] = name.strip()
        elif line.startswith("regio:"):
            regions.append(line[6:].strip())
        else:
            name = line.rstrip(" *")
            names.append(name)
            if line.endswith("*"):
                region23.add(name)
    return tuple(names), aliases, tuple(regions), frozenset(region23)


@lru_cache(maxsize=1)
def pipeline():
    """spaCy's blank Dutch pipeline with the two EntityRulers :func:`entities` reproduces, built once.

    Only the oracle (``tests/test_dutch_tokens.py``, :func:`spacy_entities`) uses it: spaCy is
    imported here and nowhere else, and no extraction or CLI job imports it."""
    nlp = _blank_dutch()
    exact = nlp.add_pipe("entity_ruler", name="abbreviations", config={"phrase_matcher_attr": "ORTH"})
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER", "overwrite_ents": False})
    nlp.initialize()
    patterns = _patterns()
    exact.add_patterns([{k: v for k, v in p.items() if k != "exact"} for p in patterns if p.get("exact")])
    ruler.add_patterns([p for p in patterns if not p.get("exact")])
    return nlp


def _blank_dutch():
    """``spacy.blank("nl")`` without the Dutch tokenizer exceptions.

    The exceptions (4,670 special cases such as "bijv.", "o.a.", "m.b.t.")
    only decide how abbreviations split into tokens; the rulers match names
    of organisations and places, tokenised by the same tokenizer, so the
    entities found are the same (checked: ``bench/extract_oracle.py`` gives
    byte-identical extractions on the corpus, realdocs, seeds and the 603
    Amsterdam documents).  Loading them was a quarter of a worker's start-up.
    """
    from spacy.lang.nl import Dutch

    class Defaults(Dutch.Defaults):  # type: ignore[valid-type,misc]
        tokenizer_exceptions: dict = {}

    class DutchNames(Dutch):
        lang = "nl"

    DutchNames.Defaults = Defaults
    return DutchNames()


def _patterns() -> list[dict]:
    """Phrase patterns; ``exact`` ones (abbreviations, parties) are matched case-sensitively."""
    patterns = []
    for abbreviation, names in ORGANISATIONS.items():
        case_sensitive = abbreviation.isupper() or abbreviation in ("CoMensha", "KMar")
        if case_sensitive:
            patterns.append({"label": "ORG", "pattern": abbreviation, "id": abbreviation, "exact": True})
        for name in names if case_sensitive else names + (abbreviation,):
            patterns.append({"label": "ORG", "pattern": name, "id": abbreviation})
    names, aliases, regions, _ = municipalities()
    for name in names + regions:
        patterns.append({"label": "PLACE", "pattern": name, "id": name})
    for alias, name in aliases.items():
        patterns.append({"label": "PLACE", "pattern": alias, "id": name})
    for party in PARTIES:
        patterns.append({"label": "PARTY", "pattern": party, "id": party, "exact": True})
    return patterns


def entities(texts: list[str]) -> list[list[Entity]]:
    """Entities of each text: spaCy's tokens (:mod:`extract.dutch_tokens`), then both rulers' phrases.

    What :func:`pipeline`'s two EntityRulers find, without importing spaCy
    (``tests/test_dutch_tokens.py`` compares the two on corpus, seeds and
    Amsterdam sentences).  Texts without any word that can start a pattern
    are not tokenised at all (figure windows are short and many).
    """
    starts = _pattern_starts()
    exact, lower = _phrases()
    out: list[list[Entity]] = [[] for _ in texts]
    for i, text in enumerate(texts):
        if not starts.intersection(_WORDS.findall(text.lower())):
            continue
        spans = dutch_tokens.spans(text)
        words = [text[a:b] for a, b in spans]
        taken: set[int] = set()
        found = _annotate(exact.matches(words), taken)
        found += _annotate(lower.matches([w.lower() for w in words]), taken)
        out[i] = [Entity(spans[s][0], spans[e - 1][1], label, key) for s, e, label, key in sorted(found)]
    return out


@dataclass(frozen=True)
class Phrases:
    """One ruler's phrase patterns: token tuple -> (label, id), and the pattern lengths per first token.

    >>> Phrases.of([("ORG", "OM", ("Openbaar", "Ministerie"))]).matches(["het", "Openbaar", "Ministerie"])
    [(1, 3, 'ORG', 'OM')]
    """

    patterns: dict[tuple[str, ...], tuple[str, str]]
    lengths: dict[str, tuple[int, ...]]

    @classmethod
    def of(cls, patterns: list[tuple[str, str, tuple[str, ...]]]) -> Phrases:
        table: dict[tuple[str, ...], tuple[str, str]] = {}
        for label, key, words in patterns:
            if table.setdefault(words, (label, key)) != (label, key):
                raise ValueError(f"two patterns tokenise alike: {words}; give them one id")
        lengths: dict[str, set[int]] = {}
        for words in table:
            lengths.setdefault(words[0], set()).add(len(words))
        return cls(table, {first: tuple(sorted(n)) for first, n in lengths.items()})

    def matches(self, words: list[str]) -> list[tuple[int, int, str, str]]:
        """Every (start, end, label, id) of a pattern in ``words``, overlapping ones included."""
        found = []
        for start, word in enumerate(words):
            for n in self.lengths.get(word, ()):
                hit = start + n <= len(words) and self.patterns.get(tuple(words[start : start + n]))
                if hit:
                    found.append((start, start + n, *hit))
        return found


def _annotate(matches: list[tuple[int, int, str, str]], taken: set[int]) -> list[tuple[int, int, str, str]]:
    """``EntityRuler.set_annotations`` (``overwrite_ents`` False): longest first, then leftmost;
    a match touching an earlier ruler's entity (``taken``) or whose first or last token this
    ruler already used is dropped.  ``taken`` gains the tokens of the entities kept."""
    kept: list[tuple[int, int, str, str]] = []
    seen: set[int] = set()
    for start, end, label, key in sorted(matches, key=lambda m: (m[0] - m[1], m[0])):
        if taken.intersection(range(start, end)) or start in seen or end - 1 in seen:
            continue
        kept.append((start, end, label, key))
        seen.update(range(start, end))
    taken.update(seen)
    return kept


@lru_cache(maxsize=1)
def _phrases() -> tuple[Phrases, Phrases]:
    """The case-sensitive (ORTH) and the lower-case (LOWER) rulers' patterns, tokenised like the texts."""

    def words(pattern: str, lower: bool) -> tuple[str, ...]:
        found = tuple(pattern[a:b] for a, b in dutch_tokens.spans(pattern))
        return tuple(w.lower() for w in found) if lower else found

    patterns = _patterns()
    return (
        Phrases.of([(p["label"], p["id"], words(p["pattern"], False)) for p in patterns if p.get("exact")]),
        Phrases.of([(p["label"], p["id"], words(p["pattern"], True)) for p in patterns if not p.get("exact")]),
    )


def spacy_entities(texts: list[str]) -> list[list[Entity]]:
    """:func:`entities` the spaCy way (:func:`pipeline`'s rulers): the oracle of ``tests/test_dutch_tokens.py``."""
    nlp = pipeline()
    rulers = (nlp.get_pipe("abbreviations"), nlp.get_pipe("entity_ruler"))
    out: list[list[Entity]] = []
    for text in texts:
        doc = nlp.make_doc(text)
        for ruler in rulers:
            matches = {(m, start, end) for m, start, end in ruler.phrase_matcher(doc) if start != end}
            if matches:
                ruler.set_annotations(doc, sorted(matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True))
        out.append([Entity(e.start_char, e.end_char, e.label_, e.ent_id_ or e.text) for e in doc.ents])
    return out


_WORDS = re.compile(r"[\w'’]+")


@lru_cache(maxsize=1)
def _pattern_starts() -> frozenset[str]:
    """The lower-case first word of every pattern: a cheap pre-check before spaCy."""
    return frozenset(_WORDS.findall(p["pattern"].lower())[0] for p in _patterns())


@lru_cache(maxsize=1)
def _lemma_table() -> dict[str, str]:
    """spacy-lookups-data's Dutch lookup lemmas (what spaCy's lookup lemmatizer reads), as a plain dict.

    Read with gzip + json rather than through a lemmatizer pipe or
    ``spacy.util.load_language_data`` (the same dict, checked by
    ``tests/test_dutch_tokens.py``): spaCy's ``Table`` hashes all ~200,000
    keys on load, and importing spaCy alone took 0.4-0.7 s.
    """
    import spacy_lookups_data

    path = Path(spacy_lookups_data.nl["lemma_lookup"])  # the package ships it gzipped: nl_lemma_lookup.json.gz
    with gzip.open(path.with_name(path.name + ".gz"), "rt", encoding="utf-8") as data:
        table: dict[str, str] = json.load(data)
    return table


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The lookup lemma of one lower-case word: ``lemma("meldingen") == "melding"``."""
    return _lemma_table().get(word, word)


def region23() -> frozenset[str]:
    """The 23 municipalities of the Rotterdam region."""
    return municipalities()[3]


@lru_cache(maxsize=1)
def lexicon() -> frozenset[str]:
    """The lemmas of the lookups table (its inflected forms are looked up in the table itself)."""
    return frozenset(_lemma_table().values())


_FUNCTION_WORDS = frozenset(
    "en van is in op de het een te voor met aan bij uit naar om als dan of dat die er "
    "zijn was wordt werd niet ook nog al wel tot tussen over door na per tegen onder sinds "
    "vanaf zonder binnen buiten later eerder vroeger daarna toen nu ooit".split()
)


@lru_cache(maxsize=131072)
def known_word(word: str) -> bool:
    """Is ``word`` a Dutch word (or a long lower-case compound such as "mensenhandelzaken")?

    >>> known_word("slachtoffers"), known_word("daders"), known_word("mensenhandelzaken"), known_word("rr")
    (True, True, True, False)
    >>> known_word("eerste"), known_word("twintigste"), known_word("drie")
    (True, True, True)
    """
    low = word.lower()
    if low in _FUNCTION_WORDS or (len(low) >= 2 and (low in lexicon() or low in _lemma_table())):
        return True
    if len(low) >= 7 and word[1:].islower() and sum(ch in "aeiouyë" for ch in low) >= len(low) // 4:
        return True
    stem = low[:-2] if low.endswith("en") else low[:-1] if low.endswith(("s", "e")) else ""
    if (len(low) >= 5 and bool(stem) and stem in lexicon()) or low in _VERB_FORMS or _participle(low):
        return True
    return word_value(low) is not None or ordinal_value(low) is not None  # "eerste", "drie", "twintigste"


# Frequent verb forms the lookup table lacks ("werden", "gedaan"): a sentence of a draft is Dutch with them.
_VERB_FORMS = frozenset(
    "werden gedaan geweest gehad gekomen gegaan gezien gestaan gebleven gegeven gevonden "
    "gekregen genomen gebracht gedacht gezocht gekocht gesproken geschreven gelegen "
    "gestegen gedaald gebleken verdwenen ontvangen".split()
)


def _participle(low: str) -> bool:
    """A regular past participle of a known verb: "gemeld" (melden), "geteld" (tellen), "gestopt" (stoppen).

    >>> _participle("gemeld"), _participle("geteld"), _participle("gestopt"), _participle("gebouw")
    (True, True, True, False)
    """
    if len(low) < 6 or not low.startswith("ge") or low[-1] not in "dt":
        return False
    stem = low[2:-1]
    return any(verb in lexicon() for verb in (stem + low[-1] + "en", stem + "en", stem + stem[-1:] + "en"))
