"""Scoring the document type from the cues of ``extract/doctypes.py``, with the evidence in Dutch.

Each cue adds its weight to one type when its pattern is found in its place
(the top of the first page, the first pages, the title, the file name, ...).
The best type wins; the confidence falls when the best score is low or a
second type is close.  The evidence names the cues and the words they found,
so a reader sees which words decided it.

>>> classify("Raadsinformatiebrief\\nGeachte leden van de gemeenteraad,", "", "", "brief.pdf")[:2]
('raadsinformatiebrief', 0.95)
>>> classify("", "", "", "scan.pdf")
('overig', 0.3, 'geen kenmerken van een bekend documenttype gevonden')
"""
from __future__ import annotations

import re

from .doctypes import ANSWER, DOCTYPES, OTHER, QUESTIONS
from .lowercase import lower_text, lower_twin

_M = re.IGNORECASE | re.MULTILINE
_CUES = [(doctype.key, cue) for doctype in DOCTYPES for cue in doctype.cues]
_COMPILED = [(pattern, lower_twin(pattern)) for pattern in (re.compile(cue.pattern, _M) for _, cue in _CUES)]
_KIND_OF = {doctype.key: doctype.kind_of for doctype in DOCTYPES if doctype.kind_of}
_VRAAG_LINES = re.compile(r"^\s*(?:Vraag|VRAAG)\s+\d{1,2}\b", re.MULTILINE)
_NUMBERED_QUESTIONS = re.compile(r"^\s*\d{1,2}[.)]?\s+[A-Z][^\n?]{5,250}\?", re.MULTILINE)
START_LINES = 15


def start_of(head: str) -> str:
    """The first 15 non-empty lines: heading, letterhead or e-mail header.

    >>> start_of("\\n\\nA\\n\\nB")
    'A\\nB'
    """
    return "\n".join([line for line in head.split("\n") if line.strip()][:START_LINES])


def classify(head: str, body: str, title: str, path: str) -> tuple[str, float, str]:
    """(type, confidence 0-1, evidence in Dutch)."""
    path = path.replace("\\", "/")
    folder, _, file = path.rpartition("/")
    where = {"start": start_of(head), "head": head, "body": body, "title": title, "file": file, "folder": folder}
    lower = {place: lower_text(text) for place, text in where.items()}
    scores: dict[str, float] = {}
    evidence: dict[str, list[str]] = {}
    for (key, cue), (pattern, twin) in zip(_CUES, _COMPILED):
        if twin is not None and lower[cue.where] is not None:
            found = twin.search(lower[cue.where])  # the same, case-sensitively on the lower-case text: faster
            words = where[cue.where][found.start():found.end()] if found else ""
        else:
            found = pattern.search(where[cue.where])
            words = found.group(0) if found else ""
        if found:
            _add(scores, evidence, key, cue.weight, _why(cue.why, words, cue.where))
    _question_cues(body, scores, evidence)
    if not scores:
        return OTHER, 0.3, "geen kenmerken van een bekend documenttype gevonden"
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    best, score = _specific(ranked)
    rivals = [value for key, value in ranked[1:] if key not in _KIND_OF.get(best, ())]
    second = rivals[0] if rivals else 0.0
    if score < 0.3:
        return OTHER, 0.35, f"alleen een zwakke aanwijzing voor '{best}' ({', '.join(evidence[best])})"
    confidence = round(min(0.95, 0.2 + score) * (1 - 0.5 * second / score), 2)
    return best, confidence, "gevonden: " + ", ".join(evidence[best])


def _specific(ranked: list[tuple[str, float]]) -> tuple[str, float]:
    """The best type, or a kind of it found clearly enough: a Woo-besluit is a letter, but say Woo-besluit."""
    best, score = ranked[0]
    for key, value in ranked[1:]:
        if best in _KIND_OF.get(key, ()) and value >= 0.45:
            return key, value
    return best, score


def _why(why: str, words: str, where: str) -> str:
    """The cue's reason with the words it found ("de bestandsnaam" says it all)."""
    words = re.sub(r"\s+", " ", words).strip(" :>\n")
    if where == "file" or not words or len(words) > 60:
        return why
    return f"{why} (“{words}”)"


def _add(scores, evidence, doctype: str, weight: float, why: str) -> None:
    scores[doctype] = scores.get(doctype, 0.0) + weight
    evidence.setdefault(doctype, []).append(why)


def _question_cues(body: str, scores, evidence) -> None:
    """Numbered questions count for both question types; answers decide between them."""
    asked = len(_VRAAG_LINES.findall(body)) >= 2 or len(_NUMBERED_QUESTIONS.findall(body)) >= 2
    if not asked:
        for doctype in (ANSWER, QUESTIONS):  # about questions, yet no question in sight: a weaker hint
            if doctype in scores:
                scores[doctype] /= 2
        return
    if ANSWER in scores and scores[ANSWER] >= 0.3:
        _add(scores, evidence, ANSWER, 0.3, "genummerde vragen")
    elif QUESTIONS in scores or not scores:  # numbered questions alone are also found in Woo requests and agendas
        _add(scores, evidence, QUESTIONS, 0.2, "genummerde vragen zonder antwoorden")
