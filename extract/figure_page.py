"""One page of text as the figure finder reads it: sentences, lines and years, worked out once.

Every figure on a page asks the same questions (which sentence holds it, is
its line a table row, which years does its sentence state); a page has
dozens of figures, so :class:`PageText` answers each question once per
sentence, line or year and keeps the answer.

>>> page = PageText("Over 2024 is het volgende bekend.  In totaal 115 meldingen.\\n12\\n")
>>> [page.text[s.start:s.end] for s in page.sentences]
['Over 2024 is het volgende bekend.', 'In totaal 115 meldingen.', '12\\n']
>>> page.sentence_index(page.text.index("115")), page.is_lone(page.line(page.text.index("12\\n")))
(1, True)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from .nonfigures import NonFigure, non_figures

# Abbreviations that end in a point without ending the sentence ("Ca. 40% van de meldingen", "art. 3"),
# one look-behind per length (``re`` needs fixed widths)
_NOT_AN_END = (
    r"(?<!\b(?i:ca|nr|vs|mr|dr|st|jl|ir)\.)(?<!\b(?i:ong|art|blz|pag|max|gem|dhr|drs|vlg|o\.a|m\.n|e\.d|d\.i)\.)"
    r"(?<!\b(?i:bijv|incl|excl|resp|mevr|prof)\.)(?<!\b(?i:t\.o\.v|i\.v\.m|d\.w\.z|m\.b\.t|i\.p\.v)\.)"
)
_BOUNDARY = re.compile(
    r"(?<=[.!?])" + _NOT_AN_END + r"[\s\"”’]+(?=[A-Z0-9“\"‘'(€])|\n[ \t]*\n|\n(?=[ \t]*[\uf0b7•▪\-–·*][ \t])"
    r"|(?<=:)[ \t]*\n|[\uf0b7•▪]"
    r"|\s+(?=https?://|www\.)|\n(?=pagina\s+\d+\s*$)"
)
_TABLE_LINE = re.compile(
    r"^[^\S\n]*(?:[^\n]{0,60}?)(?:[^\S\n]+(?:\d[\d.,]*%?|-|–)(?:[^\S\n]*[¹²³⁴⁵⁶⁷⁸⁹⁰]+)?){2,}[^\S\n]*$"
    r"|^[^\S\n]*(?:\d[\d.,]*[^\S\n]+){1,}\d[\d.,]*[^\S\n]*$",
    re.MULTILINE,
)
LONE = re.compile(r"^[^\S\n]*(\d[\d.,]*)(?:x!?|%)?[^\S\n]*$", re.MULTILINE)
_BASE_CUE = re.compile(
    r"(?:ten opzichte van|t\.o\.v\.|vergeleken met|dan in|sinds|vanuit|naar)\s+(?:\w+\s+)?$", re.IGNORECASE
)
_PERIOD_CUE = re.compile(r"\b(?:in|over|tijdens|gedurende|van)\s+(?:het\s+jaar\s+)?$", re.IGNORECASE)
# "2023 (130 keer)", "2023 (toen 4)": the bracket's number is of that year
_OPEN_BRACKET = re.compile(r"\s*\(\s*(?:(?:toen|destijds|nog|was|waren|er)\s+)*", re.I)
_IN_OVER = re.compile(r"\s+(?:in|over)\s+")
_YEAR_DIGITS = re.compile(r"\d{4}|\d{2}")
_FOUR_DIGITS = re.compile(r"\d{4}")
_SPACES = re.compile(r"\s+")
CONTEXT_CHARS = 600

YearSpan = tuple[int, "int | None"]


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int


def sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` in order (never overlapping, starts strictly increasing)."""
    out, pos = [], 0
    for match in _BOUNDARY.finditer(text):
        if match.start() > pos:
            out.append(Sentence(pos, match.start()))
        pos = match.end()
    out.append(Sentence(pos, len(text)))
    return out


def clean(text: str) -> str:
    """One line of text: hyphenated line ends joined, runs of white space made one space."""
    return _SPACES.sub(" ", text.replace("-\n", "")).strip()


class PageText:
    """A page's text with what its figures share: non-figure masks, sentences, lines, years."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.masks = non_figures(text)
        self.sentences = sentences(text)
        self._starts = [s.start for s in self.sentences]
        self._lines: dict[int, tuple[bool, bool]] = {}
        self._clean: dict[int, str] = {}

    def sentence_index(self, pos: int) -> int:
        """The sentence that holds ``pos``; the last one when none does."""
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self.sentences[i].end:
            return i
        return len(self.sentences) - 1

    def sentence_text(self, index: int) -> str:
        """The sentence as a figure quotes it (:func:`clean`)."""
        if index not in self._clean:
            sentence = self.sentences[index]
            self._clean[index] = clean(self.text[sentence.start : sentence.end])
        return self._clean[index]

    def line(self, pos: int) -> tuple[int, int]:
        """Start and end of the line that holds ``pos``."""
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        return start, (len(self.text) if end < 0 else end)

    def is_table_row(self, line: tuple[int, int]) -> bool:
        """A table row printed as text: its figures come from the table (unless it holds one lone number)."""
        return self._line_kind(line)[0]

    def is_lone(self, line: tuple[int, int]) -> bool:
        """A line holding nothing but one number (and maybe "%" or "x")."""
        return self._line_kind(line)[1]

    def _line_kind(self, line: tuple[int, int]) -> tuple[bool, bool]:
        if line[0] not in self._lines:
            text = self.text[line[0] : line[1]]
            table = _ends_in_number(text) and not _prose(text) and bool(_TABLE_LINE.fullmatch(self.text, *line))
            self._lines[line[0]] = (table, bool(LONE.fullmatch(self.text, *line)))
        return self._lines[line[0]]

    @cached_property
    def _years(self) -> list[tuple[NonFigure, YearSpan, bool, bool]]:
        """Every year on the page: (span, years it states, usable for a figure, after a period cue)."""
        out = []
        for span in self.masks:
            if span.kind == "year" and _FOUR_DIGITS.match(self.text, span.start, span.end):
                before = self.text[max(0, span.start - 30) : span.start]
                out.append(
                    (span, year_span(self.text, span), not _BASE_CUE.search(before), bool(_PERIOD_CUE.search(before)))
                )
        return out

    @cached_property
    def _brackets(self) -> list[tuple[int, int, YearSpan]]:
        """For each year followed by "(": the positions a number may start at inside that bracket."""
        out = []
        for span, years, _, _ in self._years:
            match = _OPEN_BRACKET.match(self.text, span.end)
            if match:
                out.append((self.text.index("(", span.end) + 1, match.end(), years))
        return out

    def _clause(self, position: int, sentence: Sentence) -> tuple[int, int]:
        """The stretch of the sentence between the clause breaks around ``position``: "In 2019 registreerde
        CoMensha nog 1.372 meldingen, in 2021 waren dat er 791" has its 1.372 in the first clause."""
        low, high = sentence.start, sentence.end
        for match in _CLAUSE_BREAK.finditer(self.text, sentence.start, sentence.end):
            if match.end() <= position:
                low = match.end()
            elif match.start() >= position:
                high = match.start()
                break
        return low, high

    def stated_year(self, start: int, end: int, sentence: Sentence) -> tuple[int, int | None, float] | None:
        """The year a figure at ``start:end`` is stated for, with a confidence: the year just
        before its bracket ("2023 (130 keer)"), else one in its sentence, else one after a period
        cue ("in 2024") in the text just before; None when the page states none."""
        bracketed = [years for low, high, years in self._brackets if low <= start <= high]
        if bracketed:  # "ten opzichte van 2023 (130 keer)"
            return (*bracketed[-1], 0.95)
        own = [
            (span, years)
            for span, years, usable, _ in self._years
            if sentence.start <= span.start < sentence.end and usable
        ]
        if own:
            just_after = [years for span, years in own if _IN_OVER.fullmatch(self.text[end : span.start])]
            just_before = [years for span, years in own if 0 <= start - span.end <= 12]
            low, high = self._clause(start, sentence)
            in_clause = [(span, years) for span, years in own if low <= span.start < high] or own
            nearest = min(in_clause, key=lambda y: abs(y[0].start - start))[1]
            return (*(just_after or just_before[-1:] or [nearest])[0], 1.0)
        earlier = [
            years
            for span, years, usable, cue in self._years
            if start - CONTEXT_CHARS <= span.start < sentence.start and usable and cue
        ]
        if earlier:
            return (*earlier[-1], 0.8)
        return None


_CLAUSE_BREAK = re.compile(r"[;]\s*|,\s+(?=(?:in|en|maar|terwijl|tegen|tegenover|waarvan)\b)|\s+(?:maar|terwijl)\s+")
_NUMBERISH = re.compile(r"[\d.,%¹²³⁴⁵⁶⁷⁸⁹⁰–-]+")


def _ends_in_number(line: str) -> bool:
    """Does the line's last word consist of digits, ".,%", superscripts and dashes?  Every table row
    (:data:`_TABLE_LINE`) ends in such a word; a sentence does not, which spares the costly match.

    >>> _ends_in_number("Meldingen  12  14 ¹"), _ends_in_number("Totaal 3 -"), _ends_in_number("in 2024 waren er 5 meldingen.")
    (True, True, False)
    """
    words = line.rsplit(None, 1)
    return bool(words) and _NUMBERISH.fullmatch(words[-1]) is not None


_PROSE_WORD = re.compile(r"[^\W\d_]{2,}")


def _prose(line: str) -> bool:
    """A sentence that ends in numbers ("... en in 2019 1.372."), not a table row: it ends in a full stop
    after at least five words.

    >>> _prose("In 2020 registreerde CoMensha 1.013 slachtoffers en in 2019 1.372."), _prose("Totaal 12 14")
    (True, False)
    """
    stripped = line.rstrip()
    return stripped.endswith(".") and len(_PROSE_WORD.findall(stripped)) >= 5


def year_span(text: str, span: NonFigure) -> YearSpan:
    """First and (for "2023-2024", "2023/24") last year of a year span."""
    digits = _YEAR_DIGITS.findall(text, span.start, span.end)
    first = int(digits[0])
    if len(digits) > 1:
        last = int(digits[1]) if len(digits[1]) == 4 else first // 100 * 100 + int(digits[1])
        return first, last if last > first else None
    return first, None
