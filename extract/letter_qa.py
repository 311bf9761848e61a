"""Questions and answers of a letter: markers, blocks, and which answer belongs to which question.

Handles "Vraag 1:" / "Vraag 1." / "1." / "1 " numbering, answers marked
"Antwoord:" / "Antwoord 3" / "Antwoord op de vragen 4 en 5:" or not marked at
all (the text after the question), questions interleaved with answers or
all questions first.  What does not add up is reported, never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .letter_text import Line

_VRAAG = re.compile(r"^\s*(?:Vraag|VRAAG)\s+(\d{1,2})\s*[:.)]?(?:\s+|$)(.*)$")
_NUMBERED = re.compile(r"^\s*(\d{1,2})(?:\s*[.)]\s+|\s+(?=[A-Z]))(\S.*)$")
_ANTWOORD = re.compile(
    r"^\s*(?:Antwoord|ANTWOORD)(?P<label>(?:\s+op)?(?:\s+de)?(?:\s+(?:vraag|vragen))?"
    r"(?:\s*\d{1,2}(?:\s*(?:,|en|t/m|tot en met|-)\s*(?:vraag\s*)?\d{1,2})*)?)\s*(?P<colon>[:.])?\s*(?P<rest>.*)$"
)
_RANGE = re.compile(r"(\d{1,2})\s*(?:t/m|tot en met|-)\s*(?:vraag\s*)?(\d{1,2})")
_CONTEXT = re.compile(
    r"^\s*(Vervolgens|Tot slot|Daarnaast|Verder|Ten slotte|Tenslotte|Tevens)\s+wordt\s+(gesteld|opgemerkt|gevraagd)",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^\s*(De burgemeester|Burgemeester en wethouders|Het college van burgemeester|De wethouder|"
    r"Met vriendelijke groet|Hoogachtend|Namens het college|Wij verwachten u hiermee|Ik verwacht u hiermee|"
    r"De secretaris|Indiener\(s\)|Indieners?\b)",
    re.IGNORECASE,
)
WORD = re.compile(r"[^\W\d_]{2,}")  # a word of two or more letters


@dataclass(frozen=True)
class Marker:
    """A question or answer marker found on line ``index``."""

    kind: str  # "q" or "a"
    numbers: tuple[int, ...]
    index: int
    page: int
    inline: str = ""  # text after the marker on the same line


@dataclass
class Draft:
    """A question being assembled (mutable while parsing, frozen into a Question later)."""

    number: int
    text: str
    page: int
    context: str = ""
    answer: list[str] = field(default_factory=list)
    answer_page: int = 0
    shared_with: tuple[int, ...] = ()


def answer_numbers(label: str) -> tuple[int, ...]:
    """The question numbers an answer label names.

    >>> answer_numbers(" op de vragen 6 en vraag 7"), answer_numbers(" op de vragen 2 t/m 4"), answer_numbers("")
    ((6, 7), (2, 3, 4), ())
    """
    numbers: list[int] = []
    for low, high in _RANGE.findall(label):
        numbers.extend(range(int(low), int(high) + 1))
    rest = _RANGE.sub(" ", label)
    numbers.extend(int(n) for n in re.findall(r"\d{1,2}", rest))
    return tuple(sorted(set(numbers)))


def find_markers(lines: list[Line]) -> list[Marker]:
    """Question and answer markers.  "Vraag N" wins; else numbered lines that ask something."""
    markers = [m for i, line in enumerate(lines) if (m := _vraag_or_answer(line, i))]
    if any(m.kind == "q" for m in markers):
        return markers
    numbered = [m for i, line in enumerate(lines) if (m := _numbered(lines, i))]
    return sorted(markers + numbered, key=lambda m: m.index)


def _vraag_or_answer(line: Line, index: int) -> Marker | None:
    match = _VRAAG.match(line.text)
    if match:
        return Marker("q", (int(match.group(1)),), index, line.page, match.group(2).strip())
    match = _ANTWOORD.match(line.text)
    if match and (match.group("colon") or not match.group("rest") or re.search(r"\d", match.group("label"))):
        return Marker("a", answer_numbers(match.group("label")), index, line.page, match.group("rest").strip())
    return None


def _numbered(lines: list[Line], index: int) -> Marker | None:
    """A line "3. Welke ...?" (or "3 Welke") that starts a question ending in "?" within a few lines."""
    match = _NUMBERED.match(lines[index].text)
    if not match:
        return None
    window = [match.group(2)] + [l.text for l in lines[index + 1 : index + 6]]
    for text in window:
        if "?" in text:
            return Marker("q", (int(match.group(1)),), index, lines[index].page, match.group(2).strip())
        if _NUMBERED.match(text) or _VRAAG.match(text):
            break
    return None


def question_and_rest(first: str, body: list[Line]) -> tuple[str, list[Line]]:
    """Split a question block into the question (up to its last "?") and what follows."""
    texts = [first] + [l.text for l in body]
    asks = [i for i, t in enumerate(texts) if t.rstrip().endswith("?") or t.rstrip().endswith("?)")]
    if not asks:
        asks = [i for i, t in enumerate(texts) if "?" in t]
    end = _question_end(texts, asks)
    question = join(texts[: end + 1])
    rest = body[end:] if end < len(texts) - 1 else []
    return question, rest


def meaningful(text: str) -> bool:
    """Not page furniture ("ISSN 0921 - 7398"): at least three words, or a sentence end."""
    return len(WORD.findall(text)) >= 3 or text.strip().endswith((".", "?", ":"))


def _question_end(texts: list[str], asks: list[int]) -> int:
    """The last line of the question: its last "?" line, not counting a later sentence of prose."""
    if not asks:
        return len(texts) - 1
    end = asks[0]
    for i in asks[1:]:
        if i == end + 1 or (i - end <= 3 and not texts[end + 1][:1].isupper()):
            end = i
        else:
            break
    return end


def split_context(body: list[Line]) -> tuple[list[Line], list[Line]]:
    """Cut "Vervolgens wordt gesteld: ..." (an introduction to the next question) from an answer."""
    for i, line in enumerate(body):
        if _CONTEXT.match(line.text):
            return body[:i], body[i:]
    return body, []


def split_closing(body: list[Line]) -> tuple[list[Line], list[Line]]:
    """Cut the closing and signature ("De burgemeester, C.J. Schouten") from the last block."""
    for i, line in enumerate(body):
        if _CLOSING.match(line.text):
            return body[:i], body[i:]
    return body, []


def join(texts: list[str]) -> str:
    """Join wrapped lines into running text, mending words hyphenated at a line end."""
    out = ""
    for text in (t.strip() for t in texts):
        if not text:
            continue
        if out.endswith("-") and text[:1].islower() and not out.endswith(" -"):
            out = out[:-1] + text
        else:
            out = f"{out} {text}" if out else text
    return re.sub(r"\s+", " ", out).strip()
