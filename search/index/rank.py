"""Ranking an engine's candidates the same way whatever the engine.

An engine finds the units that match the query tree and orders them by its
own BM25-like score; the top candidates are then scored here on what
people notice: how many of the query's words a unit has (coverage), whether
they stand close together (proximity), and whether the document's title or
file name has them (head).  The engine's score, scaled to the best
candidate's, keeps term rarity and length in.

>>> from search.index.query import parse
>>> q = parse("seksuele uitbuiting minderjarigen")
>>> f = features(q, "Seksuele uitbuiting van minderjarigen neemt toe.", "")
>>> f.coverage, round(f.proximity, 2), f.head
(1.0, 0.67, 0.0)
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Sequence

from search.index.analysis import fold, term_positions, terms
from search.index.engine import EngineHit
from search.index.query import Clause, Query, holds

RERANK = 50  # candidates scored here; the rest keep the engine's order below them
WEIGHTS = {"engine": 0.5, "coverage": 2.0, "proximity": 0.4, "head": 0.25}  # tuned on the tune half;
# coverage 0.5 scored 0.016 nDCG more there, but let units with fewer of the words outrank ones with all


@dataclass(frozen=True)
class Features:
    coverage: float  # weighted share of the query's clauses the unit (text or head) holds
    proximity: float  # 0..1: the matched words' tightest window, (k - 1) / span
    head: float  # share of the clauses the title or file name holds


@dataclass(frozen=True)
class Reading:
    """What the ranking reads of one unit, tokenised once (the archive keeps them per unit).

    >>> r = reading("De meldingen", "Monitor")
    >>> r.stemmed, sorted(r.stems), sorted(r.head)
    ((None, 'melding'), ['melding', 'monitor'], ['monitor'])
    """

    stemmed: tuple[str | None, ...]  # per token position its stemmed term (None for a stop word)
    words: tuple[str | None, ...]  # ... and its exact (folded) word
    stems: frozenset[str]  # the text's and the head's stems
    head: frozenset[str]  # the title's and file name's stems


def reading(text: str, head: str) -> Reading:
    stemmed, words = term_positions(text)
    head_stems = _head_stems(head)
    return Reading(stemmed, words, frozenset(t for t in stemmed if t is not None) | head_stems, head_stems)


def features(query: Query, text: str, head: str, rarity: Sequence[float] = ()) -> Features:
    """What the ranking weighs, for one unit; ``rarity`` weighs each clause (default: all alike)."""
    return features_of(query, reading(text, head), rarity)


def features_of(query: Query, unit: Reading, rarity: Sequence[float] = ()) -> Features:
    """:func:`features` of a unit already read."""
    clauses = query.clauses
    if not clauses:
        return Features(0.0, 0.0, 0.0)
    rarity = rarity or [1.0] * len(clauses)
    total = sum(c.weight * r for c, r in zip(clauses, rarity))
    coverage = sum(c.weight * r * credit(c, unit.stems, unit.words) for c, r in zip(clauses, rarity)) / total
    in_head = [c for c in clauses if not c.phrase and holds(c, unit.head, [])]
    return Features(coverage, _proximity(clauses, unit.stemmed, unit.words), len(in_head) / len(clauses))


def coverage(query: Query, units: Sequence[Reading], rarity: Sequence[float] = ()) -> float:
    """The weighted share of the query's clauses that the units hold together (a phrase within one unit).

    >>> from search.index.query import parse
    >>> q = parse("179 meldingen mensenhandel")
    >>> a, b = reading("Het meldpunt: 179 meldingen.", ""), reading("Mensenhandel in de regio", "")
    >>> round(coverage(q, [a]), 2), coverage(q, [a, b])
    (0.67, 1.0)
    """
    clauses = query.clauses
    if not clauses or not units:
        return 0.0
    rarity = rarity or [1.0] * len(clauses)
    stems = frozenset().union(*(u.stems for u in units))
    words: list[str | None] = []
    for unit in units:
        words.extend(unit.words)
        words.append(None)  # no phrase runs from one unit into the next
    total = sum(c.weight * r for c, r in zip(clauses, rarity))
    return sum(c.weight * r * credit(c, stems, words) for c, r in zip(clauses, rarity)) / total


def credit(clause: Clause, stems: set | frozenset, words: list | tuple) -> float:
    """How much of a clause a unit holds: 1 for the typed word, an expansion's weight for a near word or parts.

    >>> from search.index.query import parse
    >>> c = Clause(alternatives=(Clause(("mensenhandl",)), Clause(("mensenhandel",), weight=0.8)))
    >>> credit(c, {"mensenhandel"}, []), credit(c, {"mensenhandl"}, []), credit(c, set(), [])
    (0.8, 1.0, 0.0)
    """
    if clause.alternatives:
        return max((option.weight * credit(option, stems, words) for option in clause.alternatives), default=0.0)
    return 1.0 if holds(clause, stems, words) else 0.0


@lru_cache(maxsize=4096)
def _head_stems(head: str) -> frozenset[str]:
    return frozenset(terms(head))


def _proximity(clauses: Sequence[Clause], stemmed: Sequence[str | None], words: Sequence[str | None]) -> float:
    """(k - 1) / span of the smallest window holding one position of each of k matched clauses."""
    positions: list[tuple[int, int]] = []  # (token position, clause number)
    by_stem: dict[str, list[int]] = {}
    for pos, term in enumerate(stemmed):
        if term is not None:
            by_stem.setdefault(term, []).append(pos)
    for number, clause in enumerate(clauses):
        for leaf in clause.leaves():
            if leaf.phrase:
                size = len(leaf.terms)
                positions += [
                    (i, number)
                    for i in range(len(words) - size + 1)
                    if words[i] == leaf.terms[0] and tuple(words[i : i + size]) == leaf.terms
                ]
            else:
                positions += [(p, number) for p in by_stem.get(leaf.terms[0], ())]
    kinds = {n for _, n in positions}
    if len(kinds) < 2:
        return 0.0
    return (len(kinds) - 1) / max(len(kinds) - 1, _window(sorted(positions), len(kinds)))


def _window(positions: list[tuple[int, int]], wanted: int) -> int:
    """The smallest span (last - first position) covering ``wanted`` different clauses."""
    best = positions[-1][0] - positions[0][0]
    seen: dict[int, int] = {}
    start = 0
    for pos, number in positions:
        seen[number] = seen.get(number, 0) + 1
        while len(seen) == wanted:
            first, n = positions[start]
            best = min(best, pos - first)
            seen[n] -= 1
            if not seen[n]:
                del seen[n]
            start += 1
    return best


def score(f: Features, engine: float) -> float:
    return (
        WEIGHTS["engine"] * engine
        + WEIGHTS["coverage"] * f.coverage
        + WEIGHTS["proximity"] * f.proximity
        + WEIGHTS["head"] * f.head
    )


def rarity(query: Query, counts: dict[str, int]) -> list[float]:
    """Each clause's weight by how rare its words are in the archive (an idf; 1.0 without counts).

    A phrase or a compound's parts are as rare as their rarest word, a clause
    with alternatives as its most common one (:func:`_held`).

    >>> from search.index.query import parse
    >>> [round(r, 2) for r in rarity(parse("gemeente Rozengracht"), {"gemeente": 9000, "rozengracht": 90})]
    [0.69, 4.6]
    >>> [round(r, 2) for r in rarity(parse("E-Caliptus"), {"e": 9000, "caliptus": 2})]
    [8.01]
    """
    if not counts:
        return [1.0] * len(query.clauses)
    most = max(counts.values())
    return [math.log(1 + most / (_held(clause, counts) + 1)) for clause in query.clauses]


def _held(clause: Clause, counts: dict[str, int]) -> int:
    """About how many units hold a clause: alternatives the most, parts and phrases the fewest of theirs."""
    if clause.alternatives:
        return max(_held(option, counts) for option in clause.alternatives)
    if clause.parts:
        return min(_held(part, counts) for part in clause.parts)
    words = [fold(clause.typed)] if clause.typed and not clause.phrase else list(clause.terms)
    held = [counts.get(w, 0) for w in words]
    return min(held, default=0) if clause.phrase else max(held, default=0)


def rerank(
    query: Query,
    hits: Sequence[EngineHit],
    body: Callable[[EngineHit], Reading | None],
    weights: Sequence[float] = (),
) -> list[tuple[float, EngineHit]]:
    """The hits best first: the top ``RERANK`` by :func:`score`, the rest after them in engine order.

    ``body(hit)`` gives the unit's :class:`Reading` (None for a unit the store lost: dropped);
    ``weights`` are the clauses' :func:`rarity`.
    """
    top = max((h.score for h in hits), default=0.0) or 1.0
    scored = []
    for hit in hits[:RERANK]:
        found = body(hit)
        if found is not None:
            scored.append((score(features_of(query, found, weights), hit.score / top), hit))
    scored.sort(key=lambda pair: (-pair[0], pair[1].unit_id))
    floor = scored[-1][0] if scored else 0.0
    return scored + [(floor - 1 - i * 1e-6, h) for i, h in enumerate(hits[RERANK:])]
