"""Parsing a user's search string into an engine-neutral query tree.

Syntax: every word is optional and ranks documents that have more of them
higher; a minimum number of the optional words must match, growing with
the query's length (:func:`min_should`).  ``+word`` (or ``a EN b``) makes
words required; ``"quoted words"`` is an exact phrase (required); ``-word``
or ``-"phrase"`` excludes; ``OF`` (or ``OR``) between two items makes either
one enough.  Question words ("hoeveel", "waarom", "mag", ...) are dropped
when other words remain.

>>> q = parse('meldingen "Koffer Verkeerd" -politie')
>>> [c.terms for c in q.should], [c.terms for c in q.must], [c.terms for c in q.must_not]
([('melding',)], [('koffer', 'verkeerd')], [('politie',)])
>>> q.must[0].phrase, q.min_should
(True, 0)
>>> [c.terms for c in parse("hoeveel slachtoffers 2024").should]
[('slachtoffer',), ('2024',)]

Every engine implements the same tree: a unit matches when it holds every
``must`` clause, at least ``min_should`` of the ``should`` clauses and no
``must_not`` clause (:func:`matches` is the reference).  A plain clause
holds when its stemmed term is in the unit's text or its head (title and
file name); a phrase only in the text's exact words.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from itertools import combinations

from search.index.analysis import QUESTION_WORDS, analysed, exact_terms, fold, terms

_PART = re.compile(r'([+-]?)"([^"]*)"|(\S+)')
_OR_WORDS = {"OF", "OR"}
_AND_WORDS = {"EN", "AND"}
_RUNS = re.compile(r"[^\W\d_]+|\d+")
_PLURAL_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’`]s$")  # scenario's, foto's: the plural of the word
MSM_SHARE = 0.5  # share of the optional words a unit must have (rounded up), from four words on


@dataclass(frozen=True)
class Clause:
    """One item of a query.

    A stemmed word (``terms`` of one) or an exact phrase (``phrase``); or
    ``alternatives``, any of which is enough ("a OF b", a typo's near
    words, a synonym); or ``parts``, all of which are needed (a compound's
    parts).  ``weight`` ranks expansions below what was typed; ``typed`` is
    the word as the user wrote it.
    """

    terms: tuple[str, ...] = ()
    phrase: bool = False
    alternatives: tuple["Clause", ...] = ()
    parts: tuple["Clause", ...] = ()
    weight: float = 1.0
    typed: str = ""

    def leaves(self) -> list["Clause"]:
        """The plain words and phrases inside this clause."""
        if self.alternatives or self.parts:
            return [leaf for c in self.alternatives + self.parts for leaf in c.leaves()]
        return [self]


@dataclass(frozen=True)
class Query:
    text: str
    must: tuple[Clause, ...] = ()
    must_not: tuple[Clause, ...] = ()
    should: tuple[Clause, ...] = ()
    min_should: int = 0

    @property
    def empty(self) -> bool:
        return not self.must and not self.should

    @property
    def clauses(self) -> tuple[Clause, ...]:
        """The clauses that find and rank (required first)."""
        return self.must + self.should

    def highlight_terms(self) -> tuple[set[str], list[tuple[str, ...]]]:
        """Stemmed words and exact phrases, for marking hits in snippets."""
        stems: set[str] = set()
        phrases: list[tuple[str, ...]] = []
        for clause in self.clauses:
            for leaf in clause.leaves():
                (phrases.append(leaf.terms) if leaf.phrase else stems.update(leaf.terms))
        return stems, phrases

    def required_form(self) -> "Query":
        """The same matches with ``min_should`` folded into one required clause (any k of the optional ones).

        For an engine with plain AND/OR/NOT only: it matches with ``must``
        (the folded clause among them) and ``must_not``, and ranks with
        ``should``, which are kept.

        >>> q = parse("seksuele uitbuiting minderjarigen regio")
        >>> folded = q.required_form()
        >>> len(folded.must[0].alternatives), folded.min_should, len(folded.should)
        (6, 0, 4)
        """
        if not self.should or not self.min_should:
            return self
        groups = combinations(self.should, self.min_should)
        any_of = Clause(alternatives=tuple(Clause(parts=group) if len(group) > 1 else group[0] for group in groups))
        return replace(self, must=self.must + (any_of,), min_should=0)

    def strict(self) -> "Query":
        """The same words, all required (the old AND semantics, for comparison)."""
        return replace(self, must=self.must + self.should, should=(), min_should=0)


def min_should(optional: int, required: int = 0) -> int:
    """How many of ``optional`` words a unit needs: one of up to three, half (rounded up) of more.

    With required clauses the optional words only rank.  (Tuned on the
    tune half of ``bench/relevance_set.json``: two of three lost recall.)

    >>> [min_should(n) for n in range(1, 8)], min_should(3, required=1)
    ([1, 1, 1, 2, 3, 3, 4], 0)
    """
    if required or not optional:
        return 0
    return 1 if optional <= 3 else math.ceil(optional * MSM_SHARE)


def parse(text: str) -> Query:
    """Parse a search string; stop words alone yield an empty query."""
    items = _items(text)
    content = [i for i in items if not i.question]
    if content:
        items = [i for i in items if not i.question or i.mode != "should"]
    must: list[Clause] = []
    should: list[Clause] = []
    must_not: list[Clause] = []
    for item in items:
        {"must": must, "should": should, "not": must_not}[item.mode].append(item.clause)
    return Query(text, tuple(must), tuple(must_not), tuple(should), min_should(len(should), len(must)))


@dataclass(frozen=True)
class _Item:
    clause: Clause
    mode: str  # "must", "should", "not"
    question: bool = False


def _items(text: str) -> list[_Item]:
    """The query's items in order, with OF/EN applied and code-like runs joined."""
    items: list[_Item] = []
    pending = ""
    for sign, quoted, bare in _tokens(text):
        if bare in _OR_WORDS | _AND_WORDS and items:
            pending = bare
            continue
        clause = _clause(quoted, bare)
        if clause is None:
            pending = ""
            continue
        mode = "not" if sign == "-" else "must" if sign == "+" or quoted is not None else "should"
        question = quoted is None and all(fold(w) in QUESTION_WORDS for w in (bare or "").split())
        item = _Item(clause, mode, question and mode == "should")
        if pending in _OR_WORDS and items[-1].mode != "not" and mode != "not":
            previous = items.pop()
            both = previous.clause.alternatives or (previous.clause,)
            item = _Item(Clause(alternatives=both + (clause,)), "must" if previous.mode == mode == "must" else "should")
        elif pending in _AND_WORDS and mode == "should":
            item = _Item(clause, "must")
            if items[-1].mode == "should":
                items[-1] = _Item(items[-1].clause, "must")
        items.append(item)
        pending = ""
    return items


def _tokens(text: str) -> list[tuple[str, str | None, str | None]]:
    """(sign, quoted, bare) per item; runs of short code pieces ("25 bo 005539") become one bare item."""
    raw = []
    for match in _PART.finditer(text):
        sign, quoted, bare = match.group(1), match.group(2), match.group(3)
        if bare is not None and bare[:1] in "+-" and len(bare) > 1 and bare not in ("+", "-"):
            sign, bare = bare[0], bare[1:]
        raw.append((sign or "", quoted, bare))
    out: list[tuple[str, str | None, str | None]] = []
    i = 0
    while i < len(raw):
        j = i
        while j < len(raw) and j - i < 4 and not raw[j][0] and raw[j][2] is not None and _code_piece(raw[j][2]):
            j += 1
        end = next((k for k in range(j, i + 1, -1) if _is_code([r[2] for r in raw[i:k]])), None)
        if end:
            out.append(("", None, "-".join(r[2] for r in raw[i:end])))
            i = end
        else:
            out.append(raw[i])
            i += 1
    return out


def _code_piece(word: str) -> bool:
    return word.isalnum() and len(word) <= 8


def _is_code(run: list[str]) -> bool:
    """Pieces of a kenmerk typed apart: two numbers (one long) with short letters, or a long number after one or two letters.

    >>> _is_code(["25", "bo", "005539"]), _is_code(["Z", "19", "39054"]), _is_code(["BO", "005539"])
    (True, True, True)
    >>> _is_code(["slachtoffers", "2024"]), _is_code(["RIB", "2023"]), _is_code(["ADO", "2019"]), _is_code(["2024", "2025"])
    (False, False, False, False)
    """
    digits = [w for w in run if w.isdigit()]
    letters = [w for w in run if w.isalpha()]
    if len(digits) + len(letters) != len(run) or not digits or any(len(w) > 3 for w in letters):
        return False
    if len(digits) >= 2:
        return bool(letters) and any(len(w) >= 4 for w in digits)  # two years are not a kenmerk
    return len(letters) == 1 and len(letters[0]) <= 2 and len(digits[0]) >= 5 and run[0] == letters[0]


def _clause(quoted: str | None, bare: str | None) -> Clause | None:
    if quoted is not None:
        words = tuple(exact_terms(quoted))
        return Clause(words, phrase=True, typed=quoted) if words else None
    bare = _PLURAL_APOSTROPHE.sub("", bare or "")
    words = tuple(terms(bare))
    if not words:
        return None
    if len(words) > 1 or _mixed(bare):  # "M2504-854", "e-bikers", "25bo005539": however it is written
        return _code_clause(bare)
    return Clause(words, typed=bare)


def _mixed(word: str) -> bool:
    return bool(re.search(r"\d", word)) and bool(re.search(r"[^\W\d_]", word)) and len(word) >= 5


def _code_clause(bare: str) -> Clause:
    """A word written with separators or mixing letters and digits, any way it may be written.

    >>> c = _code_clause("M2504-854")
    >>> [(a.terms, a.phrase) for a in c.alternatives]
    [(('m2504', '854'), True), (('m2504854',), False), (('m', '2504', '854'), True)]
    """
    exact = tuple(exact_terms(bare))
    joined = fold("".join(re.findall(r"[^\W_]+", bare)))
    runs = tuple(exact_terms(" ".join(_RUNS.findall(bare))))
    options: list[Clause] = []
    for option in (Clause(exact, phrase=True), Clause(tuple(terms(joined)) or (joined,)), Clause(runs, phrase=True)):
        if option.terms and option not in options:
            options.append(option)
    if len(options) == 1:
        return replace(options[0], typed=bare)
    return Clause(alternatives=tuple(options), typed=bare)


def matches(query: Query, text: str, head: str = "") -> bool:
    """Whether ``text`` (with its ``head``) on its own satisfies ``query``.

    An engine finds a bundle (say, all figures of a page); this picks the
    parts that match by themselves, with the same analyzer the index uses.

    >>> q = parse('slachtoffers "arbeidsuitbuiting in" -Nederland')
    >>> matches(q, "5.000 slachtoffers van arbeidsuitbuiting in Rotterdam")
    True
    >>> matches(q, "5.000 slachtoffers van arbeidsuitbuiting in Nederland"), matches(q, "5.000 slachtoffers")
    (False, False)
    """
    stemmed, exact = analysed(text)
    stems = {t.term for t in stemmed} | set(terms(head))
    words = [t.term for t in exact]
    return (
        all(holds(c, stems, words) for c in query.must)
        and sum(holds(c, stems, words) for c in query.should) >= query.min_should
        and not any(holds(c, stems, words) for c in query.must_not)
    )


def holds(clause: Clause, stems: set | frozenset, words: list | tuple) -> bool:
    """Whether one clause holds for a unit's stems (text and head) and exact words."""
    if clause.alternatives:
        return any(holds(c, stems, words) for c in clause.alternatives)
    if clause.parts:
        return all(holds(c, stems, words) for c in clause.parts)
    if not clause.phrase:
        return all(t in stems for t in clause.terms)
    size, first = len(clause.terms), clause.terms[0]
    return any(words[i] == first and tuple(words[i : i + size]) == clause.terms for i in range(len(words) - size + 1))
