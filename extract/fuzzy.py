"""Fuzzy string matching: the only module importing rapidfuzz.

Used for OCR-damaged words (month names such as "AUYUStUs") and for
comparing question texts.

>>> best_match("auyustus", ["juli", "augustus"])
('augustus', 88)
>>> similarity("Hoeveel meldingen waren er?", "Hoeveel meldingen waren er in 2024?") > 70
True
"""
from __future__ import annotations

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein


def best_match(word: str, choices: list[str] | tuple[str, ...], cutoff: int = 75) -> tuple[str, int] | None:
    """The closest choice to ``word`` with its score (0-100), or None below ``cutoff``."""
    found = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
    return (found[0], round(found[1])) if found else None


def similarity(a: str, b: str) -> float:
    """How alike two texts are (0-100), insensitive to word order and extra words."""
    return float(fuzz.token_set_ratio(a.lower(), b.lower()) * 0.5 + fuzz.ratio(a.lower(), b.lower()) * 0.5)


def ratio(a: str, b: str) -> float:
    """rapidfuzz's plain edit-distance ratio (0-100).

    >>> ratio("uitbuitting", "uitbuiting") > 88
    True
    """
    return fuzz.ratio(a, b)


def sorted_words_ratio(a: str, b: str) -> float:
    """Edit-distance ratio of the two texts with their words sorted (0-100), so word order does not count.

    >>> sorted_words_ratio("meldingen slachtoffers", "slachtoffers meldingen")
    100.0
    """
    return fuzz.token_sort_ratio(a, b)


def near(word: str, choices, max_distance: int, limit: int = 20) -> list[tuple[str, int]]:
    """Choices within ``max_distance`` edits (Levenshtein) of ``word``, closest first.

    >>> near("mensenhandl", ["mensenhandel", "mensen", "handel"], 2)
    [('mensenhandel', 1)]
    """
    found = process.extract(word, choices, scorer=Levenshtein.distance, score_cutoff=max_distance, limit=limit)
    return [(choice, int(distance)) for choice, distance, _ in found]
