"""Footnote markers in the text and the footnotes they point to.  Pure functions.

Footnotes are passages of kind "footnote" that begin with their marker
("² Niet alle telefoontjes …").  A marker is a superscript glued to a word or
a number ("191 keer²", "70⁶") or a table cell's ``footnote``.  Printed
documents put the note on the same page, but a note can slip to the next
page (or a table's notes come after it), so the nearest page wins.

>>> from extract.model import Passage
>>> notes = (Passage(2, 5, "² Niet alle telefoontjes worden geregistreerd.", kind="footnote"),)
>>> footnote_for(notes, page=2, mark="2").text
'² Niet alle telefoontjes worden geregistreerd.'
>>> markers("In 2025 is 191 keer² het meldpunt benaderd; 70⁶ opgevangen.")
[('2', 19), ('6', 46)]
"""

from __future__ import annotations

import re

from ingest.cleanup import marker

from .model import Passage

_GLUED = re.compile(r"(?<=[\w%)])([¹²³⁴⁵⁶⁷⁸⁹⁰]+)")
_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def markers(text: str) -> list[tuple[str, int]]:
    """Footnote markers glued to words or numbers, as (digits, offset)."""
    return [(m.group(1).translate(_DIGITS), m.start()) for m in _GLUED.finditer(text)]


def footnote_for(passages: tuple[Passage, ...], page: int, mark: str) -> Passage | None:
    """The footnote passage that ``mark`` on ``page`` refers to, nearest page first (later pages win ties)."""
    candidates = [p for p in passages if p.kind == "footnote" and marker(p.text) == mark]
    if not candidates:
        return None
    return min(candidates, key=lambda p: (abs(p.page - page), p.page < page))
