"""Cheap tests that spare :mod:`extract.mentions` its costly searches around a number.

Each test is a necessary condition of the search it guards: when it fails,
the search would have found nothing (property-tested in
``tests/test_extract_shortcuts.py``).
"""

from __future__ import annotations

from .lowercase import folded

# The first character of every suffix in extract.mentions._SUFFIXES (scale words in either case)
_SUFFIX_FIRST = frozenset("mMdD%pe€xkvc-")


def may_have_suffix(after: str) -> bool:
    """Can a suffix of :data:`extract.mentions._SUFFIXES` start ``after`` (maybe after one white-space character)?

    >>> may_have_suffix(" procent"), may_have_suffix("%"), may_have_suffix(" opvangplekken")
    (True, True, False)
    """
    return after[:1] in _SUFFIX_FIRST or (after[:1].isspace() and after[1:2] in _SUFFIX_FIRST)


# The last word of every qualifier in extract.mentions.QUALIFIERS ("naar schatting" → "schatting"), and the articles that may follow.
_QUALIFIER_ENDS = frozenset(
    """
zo'n zo’n ongeveer circa ca. rond rondom schatting pakweg grofweg nagenoeg nabij
ruim dan minimaal minste tenminste minstens bovende vanaf minst al
bijna maximaal max. hooguit hoogste geen de het
""".split()
)


def may_qualify(before: str) -> bool:
    """Can a qualifier end ``before``: does its last word (after a "(") end a qualifier, or is it "de"/"het"?
    (A cheap test that spares three searches for most numbers.)

    >>> may_qualify("er waren RUIM "), may_qualify("(naar schatting de "), may_qualify("er waren ")
    (True, True, False)
    """
    words = before.rsplit(None, 1)
    if not words or not before[-1].isspace():
        return False
    return folded(words[-1].rpartition("(")[2].lower()) in _QUALIFIER_ENDS


_VAN_MET = frozenset(("van", "met"))


def ends_with_van_met(before: str) -> bool:
    """Can :data:`extract.mentions._CHANGE_BEFORE` match: does ``before`` end in white space with "van" or "met" as one of its
    last two words?  (A cheap test that spares the costly search for most numbers.)

    >>> ends_with_van_met("een stijging van "), ends_with_van_met("nam toe MET "), ends_with_van_met("in 2023 ")
    (True, True, False)
    """
    return before[-1:].isspace() and not _VAN_MET.isdisjoint(map(str.lower, before.rsplit(None, 2)[-2:]))
