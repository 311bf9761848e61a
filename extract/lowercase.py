"""Case-insensitive matching made fast: a case-sensitive twin of the pattern on the lower-cased text.

``re.IGNORECASE`` compares every character of the text case-insensitively,
which makes a pattern several times slower.  Lower-casing the text once and
matching a lower-case twin of the pattern finds exactly the same spans, as
long as lower-casing keeps every character in its place: :func:`folded`
also writes the letters that a case-insensitive pattern reads as ASCII
letters ("ı", "İ" → "i", "ſ" → "s") as those letters, and :func:`lower_text`
gives up (None) when the length changed.  A test checks every character of
Unicode against the pattern elements the twins use.

>>> twin, low = lower_twin(re.compile(r"^\\s*Antwoord \\d+", re.IGNORECASE | re.MULTILINE)), lower_text("ANTWOORD 3")
>>> twin.pattern, twin.search(low).span()
('^\\\\s*antwoord \\\\d+', (0, 10))
"""

from __future__ import annotations

import re

# What a case-insensitive pattern's ASCII letters match besides their upper and lower case: "ı" and "İ" (for i),
# "ſ" (for s); "İ".lower() is "i" + U+0307.
_FOLDS = {"ı": "i", "ſ": "s", "\u0307": ""}
_FOLD = str.maketrans(_FOLDS)
_UNSAFE = re.compile(r"\(\?[aiLmsux-]|\(\?P|\\N")  # inline flags, named groups, \N{...}


def folded(low: str) -> str:
    """Lower-case ``low`` with every letter that a case-insensitive pattern reads as an ASCII letter written as
    that letter.

    >>> folded("İtem ſtap".lower())
    'item stap'
    """
    return low.translate(_FOLD) if any(letter in low for letter in _FOLDS) else low


def lower_text(text: str) -> str | None:
    """``text`` lower-cased and :func:`folded`, or None when that moved a character (a stray U+0307)."""
    low = folded(text.lower())
    return low if len(low) == len(text) else None


def lower_twin(pattern: re.Pattern) -> re.Pattern | None:
    """The case-sensitive twin of a case-insensitive pattern (its letters lower-cased, escapes kept), for
    :func:`lower_text`; None for a case-sensitive pattern, or one with inline flags, named groups or an
    upper-case letter in a character class (a range such as ``[À-Ý]`` is not the same set lower-cased).

    >>> lower_twin(re.compile("EN|Artikel [a-z]", re.IGNORECASE)).pattern, lower_twin(re.compile("EN"))
    ('en|artikel [a-z]', None)
    """
    if not pattern.flags & re.IGNORECASE or _UNSAFE.search(pattern.pattern):
        return None
    source = _lower_outside_classes(pattern.pattern)
    return re.compile(source, pattern.flags & ~re.IGNORECASE) if source is not None else None


def _lower_outside_classes(source: str) -> str | None:
    """``source`` with its letters lower-cased outside escapes and character classes; None when a class
    holds an upper-case letter or lower-casing would change a letter's length."""
    out, at, in_class = [], 0, False
    while at < len(source):
        char = source[at]
        if char == "\\":
            out.append(source[at : at + 2])
            at += 2
            continue
        if in_class:
            if char.isupper():
                return None
            in_class = char != "]" or out[-1] == "[" or out[-1] == "[^"
            out.append(char)
        elif char == "[":
            in_class = True
            out.append("[^" if source.startswith("[^", at) else "[")
            at += len(out[-1])
            continue
        else:
            if len(char.lower()) != 1:
                return None
            out.append(char.lower())
        at += 1
    return "".join(out)
