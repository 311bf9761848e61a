"""Expanding a parsed query with the archive's own words: typos, compounds, synonyms.

``counts`` is the index's vocabulary: every folded word with the number of
units holding it (``Engine.term_counts``).  Each typed word may grow
alternatives, all ranked below the word itself (``Clause.weight``):

- a word the archive lacks (or holds a few times, against a near word it
  holds far more often) gets its near words: edit distance 1 from five
  letters, 2 from nine, the most frequent first;
- a compound gets its two parts, both known words, as an alternative
  ("mensenhandelzaken" also finds "zaken over mensenhandel"), and two typed
  words the archive writes as one ("helm plicht") the joined word;
- a word of :data:`SYNONYMS` gets its other forms (RIB, raadsinformatiebrief).

When a typo was corrected, the suggestion is the query with the better
spelling ("Bedoelde u: mensenhandel?").

>>> counts = {"mensenhandel": 120, "zaken": 40, "mensen": 300, "handel": 30}
>>> query, suggestion = expand("mensenhandl", counts)
>>> [leaf.terms for leaf in query.should[0].leaves()], suggestion
([('mensenhandl',), ('mensenhandel',), ('mens',), ('handel',)], 'mensenhandel')
>>> query, _ = expand("mensenhandelzaken", counts)
>>> [[p.terms for p in alt.parts] for alt in query.should[0].alternatives if alt.parts]
[[('mensenhandel',), ('zak',)]]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache

from extract.fuzzy import near
from search.index.analysis import exact_terms, fold, stem, terms
from search.index.query import Clause, Query, min_should, parse

# Words people use for the same thing; each row is one group (a form may be several words).
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("raadsvragen", "schriftelijke vragen"),
    ("raadsvraag", "schriftelijke vraag"),
    ("rib", "raadsinformatiebrief", "raadsbrief"),
    ("wob", "woo"),
    ("wob-verzoek", "woo-verzoek"),
    ("wob-besluit", "woo-besluit"),
    ("apv", "algemene plaatselijke verordening"),
    ("om", "openbaar ministerie"),
    ("b&w", "college van burgemeester en wethouders"),
    ("ec", "erotisch centrum"),
    ("boa", "handhaver"),
)
# Endings that make a word of a word (vrouw-elijk, leesbaar); a compound's last part is never one of them,
# though OCR noise may hold them as words of their own ("lijke").
NOT_PARTS = frozenset(
    "lijk lijke lijks lijken lijkheid baar bare baars heid heden achtig achtige loos loze schap schappen zaam zame"
    " isch ische ing ingen erij erijen".split()
)
TYPO_WEIGHT = 0.8  # a near word counts this much of the typed word
PLURAL_WEIGHT = 0.9  # scenarios for scenario's and back
ADJECTIVE_ENDINGS = ("elijke", "elijk", "lijke", "lijk")  # vrouwelijke -> vrouw, gemeentelijke -> gemeente
PART_WEIGHT = 0.7  # a compound's parts together
SYNONYM_WEIGHT = 0.8
RARE = 5  # a word held by fewer units than this may be a typo ...
FAR_MORE = 10  # ... when a near word is held this many times more often
MIN_PART = 4  # letters of the shortest compound part
NEAR_WORDS = 3  # near words added per typo
JOINED = 1  # units that must hold two typed words written as one ("handhavings registraties")
MIN_COMPOUND_WORD = 6  # letters of a word looked up inside the archive's compounds ...
COMMON = 50  # ... when fewer units than this hold it on its own


def max_edits(word: str) -> int:
    """Edits allowed for a typo of ``word``: none under five letters, one up to eight, then two.

    >>> [max_edits(w) for w in ("raad", "fatbiks", "mensenhandl")]
    [0, 1, 2]
    """
    return 0 if len(word) < 5 else 1 if len(word) < 9 else 2


def expand(text: str, counts: dict[str, int]) -> tuple[Query, str | None]:
    """The parsed query with typos, compounds and synonyms as weighted alternatives, and a suggestion."""
    query = parse(text)
    if not counts or query.empty:
        return query, None
    corrections: dict[str, str] = {}
    must = tuple(_expanded(c, counts, corrections) for c in query.must)
    should = tuple(_expanded(c, counts, corrections) for c in _joined(list(query.should), counts))
    query = replace(query, must=must, should=should, min_should=min_should(len(should), len(must)))
    return query, _suggestion(text, corrections)


def _expanded(clause: Clause, counts: dict[str, int], corrections: dict[str, str]) -> Clause:
    word = fold(clause.typed)
    if clause.phrase or clause.alternatives or clause.parts or not word.isalpha():
        return clause
    options = [clause]
    near_words = _near(word, counts)
    if near_words:
        corrections[clause.typed] = _cased(near_words[0], clause.typed)
        options += [Clause((stem(w),), weight=TYPO_WEIGHT, typed=w) for w in near_words]
        parts = split_compound(near_words[0], counts)  # a misspelt compound: the parts of the right one
        if parts:
            options.append(
                Clause(parts=tuple(Clause((stem(p),), typed=p) for p in parts), weight=TYPO_WEIGHT * PART_WEIGHT)
            )
    options += [Clause((stem(w),), weight=PLURAL_WEIGHT, typed=w) for w in plural_forms(word, counts)]
    options += [Clause((stem(w),), weight=PART_WEIGHT, typed=w) for w in adjective_base(word, counts)]
    options += _synonyms(word)
    parts = split_compound(word, counts)
    if parts:
        options.append(Clause(parts=tuple(Clause((stem(p),), typed=p) for p in parts), weight=PART_WEIGHT))
    options += [Clause((stem(w),), weight=PART_WEIGHT, typed=w) for w in compounds_with(word, counts)]
    unique = list(dict.fromkeys(options))
    return clause if len(unique) == 1 else Clause(alternatives=tuple(unique), typed=clause.typed)


def _cased(word: str, typed: str) -> str:
    """``word`` with the typed word's capital: ``_cased("rozengracht", "Rozegracht") == "Rozengracht"``."""
    return word[:1].upper() + word[1:] if typed[:1].isupper() else word


def _near(word: str, counts: dict[str, int]) -> list[str]:
    """Near words the archive holds far more often than ``word`` (none if ``word`` is common)."""
    held = counts.get(word, 0)
    edits = max_edits(word)
    if held >= RARE or not edits:
        return []
    choices = _by_length(_frozen(counts), len(word), edits)
    enough = FAR_MORE * held if held else 1  # a word the archive lacks takes any near word it has
    found = [(w, d) for w, d in near(word, choices, edits) if counts.get(w, 0) >= enough]
    found.sort(key=lambda pair: (pair[1], -counts[pair[0]]))
    return [w for w, _ in found[:NEAR_WORDS]]


class _Vocabulary:
    """A vocabulary frozen for caching (hashable by identity)."""

    def __init__(self, counts: dict[str, int]):
        self.counts = counts


_last_vocabulary: list = [None, None]


def _frozen(counts: dict[str, int]) -> _Vocabulary:
    if _last_vocabulary[0] is not counts:
        _last_vocabulary[:] = [counts, _Vocabulary(counts)]
    return _last_vocabulary[1]


@lru_cache(maxsize=64)
def _by_length(vocabulary: _Vocabulary, length: int, edits: int) -> tuple[str, ...]:
    """Alphabetic words of about ``length`` letters (the typo candidates)."""
    return tuple(w for w in vocabulary.counts if abs(len(w) - length) <= edits and w.isalpha())


def plural_forms(word: str, counts: dict[str, int]) -> list[str]:
    """The other spelling of a plural of a word ending in a vowel: "scenarios" for "scenario('s)" and back.

    (The analyzer reads "scenario's" as "scenario" and "s"; file names write "scenarios".)

    >>> plural_forms("scenarios", {"scenario": 9}), plural_forms("scenario", {"scenarios": 3}), plural_forms("bus", {"bu": 4})
    (['scenario'], ['scenarios'], [])
    """
    if len(word) >= 5 and word[-1] == "s" and word[-2] in "aiouy" and counts.get(word[:-1]):
        return [word[:-1]]
    if len(word) >= 4 and word[-1] in "aiouy" and counts.get(word + "s"):
        return [word + "s"]
    return []


def adjective_base(word: str, counts: dict[str, int]) -> list[str]:
    """The noun an adjective in -lijk(e) is made of, when the archive holds it: "142 vrouwelijke" finds "142 vrouw".

    >>> adjective_base("vrouwelijke", {"vrouw": 40, "vrouwe": 1}), adjective_base("gemeentelijke", {"gemeente": 90})
    (['vrouw'], ['gemeente'])
    """
    bases = [word[: -len(end)] for end in ADJECTIVE_ENDINGS if word.endswith(end)]
    bases = [b for b in bases if len(b) >= MIN_PART and counts.get(b, 0) >= 3]
    return sorted(bases, key=lambda b: -counts[b])[:1]


def split_compound(word: str, counts: dict[str, int], minimum: int = 3) -> tuple[str, str] | None:
    """The two known words a compound is made of (with a linking -s- or -e-), the most frequent split.

    >>> split_compound("verkeersveiligheid", {"verkeer": 50, "veiligheid": 80, "verkeers": 2})
    ('verkeer', 'veiligheid')
    >>> split_compound("gemeente", {"gem": 5, "eente": 5}) is None
    True
    >>> split_compound("vrouwelijke", {"vrouw": 90, "lijke": 9}) is None  # an ending, not a word
    True
    """
    best, best_score = None, 0
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head, tail = word[:cut], word[cut:]
        for first in (head, head[:-1] if head[-1] in "se" else None, head[:-2] if head.endswith("en") else None):
            if not first or len(first) < MIN_PART:
                continue
            if tail in NOT_PARTS:
                continue
            a, b = counts.get(first, 0), counts.get(tail, 0)
            if a >= minimum and b >= minimum and min(a, b) > best_score:
                best, best_score = (first, tail), min(a, b)
    return best


def compounds_with(word: str, counts: dict[str, int], limit: int = 3) -> list[str]:
    """Compounds the archive holds that begin or end with a rare ``word`` (loverboy: loverboymethodiek).

    >>> compounds_with("loverboys", {"loverboys": 2, "loverboymethodiek": 4, "methodiek": 9, "loverboyx": 5})
    ['loverboymethodiek']
    """
    if len(word) < MIN_COMPOUND_WORD or counts.get(word, 0) >= COMMON:
        return []
    vocabulary = _frozen(counts)
    found = []
    for probe in dict.fromkeys((word, stem(word))):
        for candidate in _starting(vocabulary, probe):
            rest = candidate[len(probe) :]
            if _known_part(rest.removeprefix("s") if rest[:1] == "s" and len(rest) > MIN_PART else rest, counts):
                found.append(candidate)
        for candidate in _ending(vocabulary, probe):
            first = candidate[: -len(probe)]
            if _known_part(first, counts) or (first[-1:] in ("s", "e") and _known_part(first[:-1], counts)):
                found.append(candidate)
    found = list(dict.fromkeys(found))
    found.sort(key=lambda w: -counts[w])
    return found[:limit]


def _known_part(part: str, counts: dict[str, int]) -> bool:
    return len(part) >= MIN_PART and counts.get(part, 0) >= 3


@lru_cache(maxsize=4)
def _sorted(vocabulary: _Vocabulary, reverse: bool) -> list[str]:
    return sorted(w[::-1] if reverse else w for w in vocabulary.counts if w.isalpha())


def _starting(vocabulary: _Vocabulary, word: str) -> list[str]:
    words = _sorted(vocabulary, False)
    i = bisect.bisect_left(words, word)
    out: list[str] = []
    while i < len(words) and words[i].startswith(word) and len(out) < 50:
        out.append(words[i])
        i += 1
    return out


def _ending(vocabulary: _Vocabulary, word: str) -> list[str]:
    return [w[::-1] for w in _starting_reversed(vocabulary, word[::-1])]


def _starting_reversed(vocabulary: _Vocabulary, backwards: str) -> list[str]:
    words = _sorted(vocabulary, True)
    i = bisect.bisect_left(words, backwards)
    out: list[str] = []
    while i < len(words) and words[i].startswith(backwards) and len(out) < 50:
        out.append(words[i])
        i += 1
    return out


def _joined(clauses: list[Clause], counts: dict[str, int]) -> list[Clause]:
    """Two typed words the archive writes as one ("helm plicht" -> helmplicht) become one clause: that word, or both.

    Held once is enough (``JOINED``): "handhavings registraties" finds "handhavingsregistraties".

    >>> [c.typed for c in _joined(list(parse("helm plicht boete").should), {"helmplicht": 1})]
    ['helm plicht', 'boete']
    """
    out: list[Clause] = []
    i = 0
    while i < len(clauses):
        a = clauses[i]
        b = clauses[i + 1] if i + 1 < len(clauses) else None
        joined = _join(a, b, counts) if b is not None else None
        if joined and b is not None:
            out.append(
                Clause(
                    alternatives=(Clause((stem(joined),), typed=joined), Clause(parts=(a, b))),
                    typed=f"{a.typed} {b.typed}",
                )
            )
            i += 2
        else:
            out.append(a)
            i += 1
    return out


def _join(a: Clause, b: Clause, counts: dict[str, int]) -> str | None:
    if a.phrase or b.phrase or a.alternatives or b.alternatives or not a.typed.isalpha() or not b.typed.isalpha():
        return None
    for joined in (fold(a.typed + b.typed), fold(a.typed + "s" + b.typed)):
        if counts.get(joined, 0) >= JOINED:
            return joined
    return None


@lru_cache(maxsize=1)
def _synonym_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, tuple[str, ...]] = {}
    for group in SYNONYMS:
        for form in group:
            index[" ".join(exact_terms(form))] = tuple(f for f in group if f != form)
    return index


def _synonyms(word: str) -> list[Clause]:
    out = []
    for form in _synonym_index().get(word, ()):
        words = tuple(exact_terms(form))
        if len(words) == 1:
            out.append(Clause(tuple(terms(form)) or words, weight=SYNONYM_WEIGHT, typed=form))
        else:
            out.append(Clause(words, phrase=True, weight=SYNONYM_WEIGHT, typed=form))
    return out


def _suggestion(text: str, corrections: dict[str, str]) -> str | None:
    """``text`` with each corrected word replaced by its better spelling, or None."""
    if not corrections:
        return None
    out = text
    for typed, better in corrections.items():
        out = re.sub(rf"(?<!\w){re.escape(typed)}(?!\w)", better, out)
    return out if out != text else None
