"""Making many regex scans of one text cheap: cues that say a pattern cannot match, and digit-led patterns.

Python's ``re`` tries a pattern at every position of the text unless the
pattern starts with a literal or a character class, so running fifty
patterns over a page costs fifty full scans.  :mod:`extract.nonfigures`
skips a pattern where a cheap, necessary condition fails (its needles, a
:class:`Numbered` word or a :class:`Probe`, checked by :class:`Cues`), and
tries a :class:`DigitLed` pattern only where a number starts.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from .lowercase import folded


@dataclass(frozen=True)
class Numbered:
    """A needle: one of ``words`` (lower case) stands right before a number ("figuur 3", "art. 12", "nr. (4")."""

    words: frozenset[str]

    def __init__(self, words: str) -> None:
        object.__setattr__(self, "words", frozenset(words.split()))


@dataclass(frozen=True)
class Probe:
    """A probe: ``pattern`` (one that ``re`` scans fast, or :class:`DigitLed`) matches in the text as written,
    or (``written``) one of these strings occurs in it as written, or (``after``) a number is directly followed
    by one of these characters, or (``after_word``) by a letter, "_", "/" or "-", or (``before``) the character
    right before a number matches this one-character pattern, or (``leading_zero``) a number starts with "0" and
    another digit."""

    pattern: re.Pattern | DigitLed | None = None
    written: tuple[str, ...] = ()
    after: str = ""
    after_word: bool = False
    before: re.Pattern | None = None
    leading_zero: bool = False


_AFTER_DIGIT = re.compile(r"\d(\D)")  # the character after a number's last digit
_NUMBER = re.compile(r"\d\d*")  # a run of digits; starting with a one-character class lets ``re`` skip fast


class DigitLed:
    """A pattern whose every match starts at the first digit of a number (it begins with ``\\b\\d``,
    ``(?<![\\d.,])\\d`` or another look-behind that no digit passes).  :meth:`finditer` finds the same
    matches as the pattern's own, but tries the pattern only where a number starts instead of at
    every position of the text, which is many times faster for a pattern that ``re`` cannot skip
    ahead for (one that begins with a look-behind or ``\\b``).

    >>> [m.group() for m in digit_led(re.compile(r"(?<![\\d.,])\\d+%")).finditer("12% en 3,5% en 40%", 0, 18)]
    ['12%', '40%']
    """

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern

    def finditer(self, text: str, start: int = 0, end: int | None = None,
                 numbers: list[int] | None = None) -> Iterator[re.Match]:
        """The pattern's matches in ``text[start:end]``; ``numbers`` (:func:`number_starts`) saves finding them again."""
        end = len(text) if end is None else end
        pos = start
        for at in number_starts(text, start, end) if numbers is None else numbers:
            if at < pos:
                continue  # inside the previous match
            match = self.pattern.match(text, at, end)
            if match:
                yield match
                pos = match.end()


def number_starts(text: str, start: int, end: int) -> list[int]:
    """Where the numbers of ``text[start:end]`` start (``start`` itself when a number runs on from before it)."""
    return [number.start() for number in _NUMBER.finditer(text, start, end)]


def digit_led(pattern: re.Pattern) -> DigitLed:
    """``pattern``, tried only where a number starts (:class:`DigitLed`)."""
    return DigitLed(pattern)


class Cues:
    """The stretch ``start:end`` of ``text`` as a pattern's cues are looked for in it: its needles (strings, any of
    which must occur in the lower-cased stretch) and its probes (a :class:`Numbered` word before one of its numbers,
    a :class:`Probe` that matches in it), any of which must hold."""

    def __init__(self, text: str, start: int, end: int, lower: str | None = None) -> None:
        self.text, self.start, self.end, self.lower = text, start, end, lower
        self.low = text[start:end].lower()

    def allow(self, needles: tuple[str, ...], probes: tuple[Numbered | Probe, ...]) -> bool:
        """May the pattern with these needles and probes match here?  (False: it cannot.)"""
        return (not needles or any(map(self.low.__contains__, needles))) and (
            not probes or any(self._holds(probe) for probe in probes))

    def finditer(self, pattern: re.Pattern | DigitLed, twin: re.Pattern | DigitLed | None = None) -> Iterator[re.Match]:
        """The matches of ``pattern`` in this stretch; found by its lower-case ``twin`` (:func:`lower_twin`) in the
        lower-cased page when there is one."""
        text = self.text
        if twin is not None and self.lower is not None:
            text, pattern = self.lower, twin
        if isinstance(pattern, DigitLed):
            return pattern.finditer(text, self.start, self.end, self.numbers)
        return pattern.finditer(text, self.start, self.end)

    @cached_property
    def numbers(self) -> list[int]:
        """Where the numbers start (:func:`number_starts`), found once for all digit-led patterns."""
        return number_starts(self.text, self.start, self.end)

    @cached_property
    def numbered(self) -> frozenset[str]:
        """The words (:func:`folded`) that stand right before a number."""
        return frozenset(_NUMBERED_WORD.findall(folded(self.low)))

    @cached_property
    def after_numbers(self) -> frozenset[str]:
        """The characters that directly follow a number (a run of digits)."""
        return frozenset(_AFTER_DIGIT.findall(self.text, self.start, self.end))

    @cached_property
    def before_numbers(self) -> frozenset[str]:
        """The characters right before a number (the stretch's first number may be preceded by a digit)."""
        return frozenset(self.text[at - 1] for at in self.numbers if at > 0)

    @cached_property
    def raw(self) -> str:
        return self.text[self.start:self.end]

    def _holds(self, probe: Numbered | Probe) -> bool:
        if isinstance(probe, Numbered):
            return not probe.words.isdisjoint(self.numbered)
        if probe.written:
            return any(map(self.raw.__contains__, probe.written))
        if probe.after:
            return any(char in self.after_numbers for char in probe.after)
        if probe.after_word:
            return any(char.isalnum() or char in "_/-" for char in self.after_numbers)
        if probe.before is not None:
            return any(probe.before.fullmatch(char) for char in self.before_numbers)
        if probe.leading_zero:
            return any(self.text[at] == "0" and self.text[at + 1:at + 2].isdecimal() for at in self.numbers)
        if isinstance(probe.pattern, DigitLed):
            return next(probe.pattern.finditer(self.text, self.start, self.end, self.numbers), None) is not None
        return probe.pattern is not None and probe.pattern.search(self.text, self.start, self.end) is not None


# A whole word (``[^\W\d_]`` is a letter; possessive: never a part of it), then maybe ".", ":", white space
# or "(", then a digit.
_NUMBERED_WORD = re.compile(r"\b([^\W\d_]++)\.?\s*:?\s*\(?(?=\d)")
