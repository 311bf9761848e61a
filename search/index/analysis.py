"""The one Dutch analyzer, used for indexing and for querying.

Tokens are folded (lower case, accents removed: "cliënten" = "cliénten" =
"clienten"), Dutch stop words are dropped, and words are stemmed with the
*classic* Snowball Dutch stemmer (``dutch_porter``; snowballstemmer runs
PyStemmer's C version of it when installed, which it is: same stems, checked
in ``tests/test_analysis.py``, 25 times faster).  The newer Snowball
Dutch stemmer conflates "gemeente" with "menen" and "geweld" with "wel";
the test table in ``tests/test_analysis.py`` pins this choice.

Numbers written the Dutch way become one canonical token, so "5.000" and
"5000" are the same term and "165,41" is one number (``165.41``), not two.

This module is engine-neutral: the whoosh adapter and any other engine
call :func:`terms` / :func:`exact_terms`; to index, engines call
:func:`indexed`, the fast path (the same terms without character spans).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

import snowballstemmer

ANALYZER_VERSION = "nl-porter-fold-num-plural-s-underscore-3"

# letters and digits; underscores (OCR glue: "__WOB23-01486", file names) separate words
_TOKEN = re.compile(r"[^\W_]+(?:[.,]\d+)*", re.UNICODE)
_DUTCH_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_PLAIN_NUMBER = re.compile(r"\d+(?:,\d+)?")
_POINT_DECIMAL = re.compile(r"\d+\.\d{1,2}|\d+\.\d{4,}")

STOP_WORDS = frozenset(
    """
de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan
zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft
hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al waren veel meer doen toen
moet ben zonder kan hun dus alles onder ja eens hier wie werd altijd doch wordt wezen kunnen ons
zelf tegen na reeds wil kon niets uw iemand geweest andere
""".split()
)

# Words that make a typed question a question; dropped from a query when content words remain
# ("hoeveel slachtoffers 2024" searches slachtoffers 2024).  Folded forms; stop words are dropped anyway.
QUESTION_WORDS = frozenset(
    """
hoeveel hoevaak hoelang hoezo waarom waardoor waarvoor waarmee waarover waaruit welke welk wanneer waar wat wie hoe
mag mogen doet doen deed deden wordt worden werd werden er is zijn zijnde kan kun kunt kunnen moet moeten
gaat gaan ging gingen komt komen zal zullen zou zouden wil willen heeft hebben had hadden je jij jullie we wij ik
u men ooit eigenlijk nog al gebeurt gebeurde gebeurd klopt het de een van voor op in over met bij
tegen te aan om dan dit dat die deze
""".split()
)

_stemmer = snowballstemmer.stemmer("dutch_porter")


class Token(NamedTuple):
    """A term with its position (token number) and character span (a tuple: made by the million)."""

    term: str
    pos: int
    start: int
    end: int


@functools.lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lower case without accents.

    >>> fold("Cliénten"), fold("cliënten"), fold("Ĳssel")
    ('clienten', 'clienten', 'ijssel')
    """
    if word.isascii():  # most text: nothing to decompose
        return word.lower()
    word = word.lower().replace("ĳ", "ij")
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def number_term(raw: str) -> str | None:
    """The canonical term of a number written the Dutch way, or None.

    >>> number_term("5.000"), number_term("5000"), number_term("165,41"), number_term("1.250.000")
    ('5000', '5000', '165.41', '1250000')
    """
    if _DUTCH_THOUSANDS.fullmatch(raw):
        value = raw.replace(".", "").replace(",", ".")
    elif _PLAIN_NUMBER.fullmatch(raw):
        value = raw.replace(",", ".")
    elif _POINT_DECIMAL.fullmatch(raw):
        value = raw
    else:
        return None
    if "." in value:
        value = value.rstrip("0").rstrip(".")
    return value.lstrip("0") or "0"


@functools.lru_cache(maxsize=200_000)  # a corpus repeats its words: stemming was half of indexing time
def stem(word: str) -> str:
    """Classic Dutch stem of a folded word: ``stem("meldingen") == "melding"``."""
    return _stemmer.stemWord(_plural_s(word))


def _plural_s(word: str) -> str:
    """Drop the plural -s after a final -e, which classic Snowball keeps.

    Council texts are full of such plurals ("locaties", "controles",
    "fatbikes"); singular words ending in -es ("proces", "adres", "advies",
    "precies", "Europees") keep their s.

    >>> [_plural_s(w) for w in ("locaties", "controles", "fatbikes", "proces", "adres", "advies")]
    ['locatie', 'controle', 'fatbike', 'proces', 'adres', 'advies']
    """
    if len(word) < 6 or not word.endswith("es") or word.endswith(_SINGULAR_ES):
        return word
    before = word[-3]
    if before not in "aeiouy" or (before == "i" and word[-4] not in "aeiouy"):
        return word[:-1]
    return word


_SINGULAR_ES = ("ces", "dres", "gres", "vies", "cies", "lies")


@lru_cache(maxsize=200_000)
def word_term(raw: str, stemmed: bool) -> str | None:
    """The term of one raw token, or None for a stop word (stemmed mode).

    Cached: a council archive has a small vocabulary and the pure-Python
    stemmer was most of the indexing time.

    >>> word_term("Cliënten", True), word_term("Cliënten", False), word_term("het", True)
    ('client', 'clienten', None)
    """
    term = number_term(raw) if raw[0].isdigit() else None
    if term is None:
        term = fold(raw).replace(".", "").replace(",", "")
        if stemmed:
            if term in STOP_WORDS:
                return None
            if not term.isdigit():
                term = stem(term)
    return term


def tokens(text: str, *, stemmed: bool = True) -> list[Token]:
    """Split text into terms with positions and spans.

    Stemmed mode drops stop words (positions still count them, so phrase
    distances stay honest); exact mode keeps every word, folded.

    >>> [t.term for t in tokens("De meldingen over 5.000 cliënten")]
    ['melding', '5000', 'client']
    >>> [t.term for t in tokens("De meldingen", stemmed=False)]
    ['de', 'meldingen']
    """
    return analysed(text)[0 if stemmed else 1]


def analysed(text: str) -> tuple[list[Token], list[Token]]:
    """Stemmed and exact tokens of ``text`` in one pass (callers must not change the lists).

    An index analyses every unit's text twice in a row (the stemmed ``text``
    and the unstemmed ``exact`` field), and a search analyses its candidates
    for ranking and again for their snippets: the last texts are kept
    (``functools.lru_cache`` is thread-safe), so the second call is free.
    """
    return _analysed(text)


@lru_cache(maxsize=128)
def _analysed(text: str) -> tuple[list[Token], list[Token]]:
    stemmed, exact = [], []
    for pos, match in enumerate(_TOKEN.finditer(text)):
        raw, start, end = match.group(0), match.start(), match.end()
        term = word_term(raw, True)
        if term is not None:
            stemmed.append(Token(term, pos, start, end))
        exact.append(Token(word_term(raw, False) or "", pos, start, end))  # exact mode never gives None
    return stemmed, exact


Pair = tuple  # (stemmed term or None for a stop word, exact term): one per token position
_PAIRS: dict[str, Pair] = {}  # raw token -> its pair; the indexing fast path's whole vocabulary
_PAIRS_MAX = 1_000_000  # OCR noise makes vocabularies grow without end: start over past this
_last_indexed: tuple = (None, [])  # the last text indexed and its pairs, swapped whole


def indexed(text: str) -> list[Pair]:
    """Per token position, the stemmed term (None for a stop word) and the exact term.

    The indexing fast path: one ``findall`` and one dict lookup per token
    (no match objects, no spans, no per-token tuples), so several times
    less CPU than :func:`analysed` for exactly its terms and positions
    (``tests/test_analysis.py`` compares both over the corpus and the
    Amsterdam texts).  The position of a term is its index in the list.
    Like :func:`analysed`, the last text's result is kept, because an index
    reads each unit's text twice in a row (stemmed and exact field).

    >>> indexed("De meldingen over 5.000 cliënten")
    [(None, 'de'), ('melding', 'meldingen'), (None, 'over'), ('5000', '5000'), ('client', 'clienten')]
    """
    global _last_indexed
    last = _last_indexed
    if last[0] is text or last[0] == text:
        return last[1]
    pairs = _PAIRS
    if len(pairs) > _PAIRS_MAX:
        pairs.clear()
    get = pairs.get
    result = [get(raw) or _learn(raw) for raw in _TOKEN.findall(text)]
    _last_indexed = (text, result)
    return result


def raw_tokens(text: str) -> list[str]:
    """The raw tokens of ``text``, one per position: ``raw_tokens("De 5.000 cliënten") == ["De", "5.000", "cliënten"]``."""
    return _TOKEN.findall(text)


def pair(raw: str) -> Pair:
    """The (stemmed or None, exact) terms of one raw token, from the fast path's cache.

    >>> pair("Meldingen"), pair("het")
    (('melding', 'meldingen'), (None, 'het'))
    """
    return _PAIRS.get(raw) or _learn(raw)


def positions_of(raws: list[str], stems: set[str] | frozenset, words: set[str] | frozenset, start: int = 0):
    """Positions (from ``start`` on) of the raw tokens whose stem is in ``stems`` or exact term in ``words``.

    A generator, so a caller that wants the first one stops there.

    >>> list(positions_of(raw_tokens("De meldingen van het meldpunt"), {"melding"}, {"het"}))
    [1, 3]
    """
    get = _PAIRS.get
    for i in range(start, len(raws)):
        raw = raws[i]
        stem, exact = get(raw) or _learn(raw)
        if stem in stems or exact in words:
            yield i


def located(text: str) -> tuple[list[Pair], list[tuple[int, int]]]:
    """Per position the (stemmed or None, exact) terms and the character span (for marking words).

    The same terms and spans as :func:`analysed`, through the fast path's cache.

    >>> located("De 5.000 cliënten")
    ([(None, 'de'), ('5000', '5000'), ('client', 'clienten')], [(0, 2), (3, 8), (9, 17)])
    """
    found = list(_TOKEN.finditer(text))
    get = _PAIRS.get
    return [get(raw) or _learn(raw) for raw in [m.group() for m in found]], [m.span() for m in found]


def token_start(text: str, position: int) -> int:
    """Character offset of the token at ``position`` (a position of :func:`indexed`).

    >>> token_start("De meldingen over 5.000 cliënten", 3)
    18
    """
    return next(islice(_TOKEN.finditer(text), position, None)).start()


def _learn(raw: str) -> Pair:
    pair = (word_term(raw, True), word_term(raw, False))
    _PAIRS[raw] = pair
    return pair


@lru_cache(maxsize=256)
def term_positions(text: str) -> tuple[tuple[str | None, ...], tuple[str | None, ...]]:
    """Per token position, its stemmed term (None for a stop word) and its exact word; no spans.

    What ranking needs, at a third of :func:`analysed`'s cost.

    >>> term_positions("De meldingen")
    ((None, 'melding'), ('de', 'meldingen'))
    """
    raws = _TOKEN.findall(text)
    return tuple([word_term(r, True) for r in raws]), tuple([word_term(r, False) for r in raws])


def terms(text: str) -> list[str]:
    """Stemmed terms: ``terms("meldingen bij het meldpunt") == ["melding", "meldpunt"]``."""
    return [t.term for t in tokens(text)]


def exact_terms(text: str) -> list[str]:
    """Folded, unstemmed terms for exact phrases."""
    return [t.term for t in tokens(text, stemmed=False)]
