"""Parsing a user's search string into engine-neutral clauses.

Syntax: words are ANDed; ``"quoted words"`` is an exact phrase; ``-word``
or ``-"phrase"`` excludes; ``OF`` (or ``OR``) between two items makes either
one enough.

>>> q = parse('meldingen "Koffer Verkeerd" -politie')
>>> [c.terms for c in q.must], [c.terms for c in q.must_not]
([('melding',), ('koffer', 'verkeerd')], [('politie',)])
>>> q.must[1].phrase
True
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from search.index.analysis import analysed, exact_terms, terms

_PART = re.compile(r'(-?)"([^"]*)"|(\S+)')
_OR_WORDS = {"OF", "OR"}


@dataclass(frozen=True)
class Clause:
    """One item of a query: a stemmed word (or words) or an exact phrase."""

    terms: tuple[str, ...]
    phrase: bool = False
    alternatives: tuple["Clause", ...] = ()  # set for "a OF b": any of them


@dataclass(frozen=True)
class Query:
    text: str
    must: tuple[Clause, ...] = ()
    must_not: tuple[Clause, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.must

    def highlight_terms(self) -> tuple[set[str], list[tuple[str, ...]]]:
        """Stemmed words and exact phrases, for marking hits in snippets."""
        stems: set[str] = set()
        phrases: list[tuple[str, ...]] = []
        for clause in self.must:
            for item in clause.alternatives or (clause,):
                (phrases.append(item.terms) if item.phrase else stems.update(item.terms))
        return stems, phrases


def parse(text: str) -> Query:
    """Parse a search string; stop words alone yield an empty query."""
    must: list[Clause] = []
    must_not: list[Clause] = []
    pending_or = False
    for match in _PART.finditer(text):
        negate, quoted, bare = match.group(1), match.group(2), match.group(3)
        if bare in _OR_WORDS and must:
            pending_or = True
            continue
        if bare is not None and bare.startswith("-") and len(bare) > 1:
            negate, bare = "-", bare[1:]
        clause = _clause(quoted, bare)
        if clause is None:
            continue
        if negate:
            must_not.append(clause)
        elif pending_or:
            previous = must.pop()
            must.append(Clause((), alternatives=(previous.alternatives or (previous,)) + (clause,)))
        else:
            must.append(clause)
        pending_or = False
    return Query(text, tuple(must), tuple(must_not))


def _clause(quoted: str | None, bare: str | None) -> Clause | None:
    if quoted is not None:
        words = tuple(exact_terms(quoted))
        return Clause(words, phrase=True) if words else None
    words = tuple(terms(bare or ""))
    if not words:
        return None
    if len(words) > 1:  # "M2504-854" or "zorg-en": keep the parts together
        return Clause(tuple(exact_terms(bare or "")), phrase=True)
    return Clause(words)


def matches(query: Query, text: str) -> bool:
    """Whether ``text`` on its own satisfies ``query`` (for units that bundle several things).

    An engine finds a bundle (say, all figures of a page); this picks the
    parts that match by themselves, with the same analyzer the index uses.

    >>> q = parse('slachtoffers "arbeidsuitbuiting in" -Nederland')
    >>> matches(q, "5.000 slachtoffers van arbeidsuitbuiting in Rotterdam")
    True
    >>> matches(q, "5.000 slachtoffers van arbeidsuitbuiting in Nederland"), matches(q, "5.000 slachtoffers")
    (False, False)
    """
    stemmed, exact = analysed(text)
    stems = {t.term for t in stemmed}
    words = [t.term for t in exact]
    return (all(_holds(c, stems, words) for c in query.must)
            and not any(_holds(c, stems, words) for c in query.must_not))


def _holds(clause: Clause, stems: set[str], words: list[str]) -> bool:
    if clause.alternatives:
        return any(_holds(c, stems, words) for c in clause.alternatives)
    if not clause.phrase:
        return all(t in stems for t in clause.terms)
    size = len(clause.terms)
    return any(tuple(words[i:i + size]) == clause.terms for i in range(len(words) - size + 1))
