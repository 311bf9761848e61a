"""Scoring the document type from cues, with the evidence in Dutch.

Each cue adds weight to one type when its pattern is found in the first
pages (``head``), the first ten pages (``body``), the title or the file path
(folders and file names such as ``raadsinformatie/…/Beantwoording_sv_…``
are weak hints).  The best type wins; the confidence falls when the best
score is low or a second type is close.

>>> classify("Raadsinformatiebrief\\nGeachte leden van de gemeenteraad,", "", "", "brief.pdf")[:2]
('raadsinformatiebrief', 0.9)
>>> classify("", "", "", "scan.pdf")
('overig', 0.3, 'geen kenmerken van een bekend documenttype gevonden')
"""
from __future__ import annotations

import re

from .lowercase import lower_text, lower_twin

ANSWER = "beantwoording schriftelijke vragen"
QUESTIONS = "schriftelijke vragen"

_M = re.IGNORECASE | re.MULTILINE
# (type, weight, where, pattern, evidence in Dutch)
CUES = (
    (ANSWER, 0.5, "head", r"beantwoording (?:van )?(?:de )?schriftelijke vragen", "'Beantwoording schriftelijke vragen'"),
    (ANSWER, 0.4, "body", r"als volgt beantwoorden|vragen en mijn beantwoording|daarop door de regering gegeven antwoorden"
     r"|beantwoording van deze vragen|hieronder volgen de vragen en", "een zin die de beantwoording aankondigt"),
    (ANSWER, 0.35, "body", r"^\s*Antwoord(?: op (?:de )?vra(?:ag|gen)[\d en]*| \d+)?\s*(?::|$)", "regels 'Antwoord:'"),
    (ANSWER, 0.3, "head", r"stelde .{0,120}schriftelijke vragen|schriftelijke vragen ontvangen", "'stelde … schriftelijke vragen'"),
    (ANSWER, 0.25, "path", r"(?:^|[\W_])(?:beantwoording|antwoord)", "de bestandsnaam"),
    (QUESTIONS, 0.35, "head", r"^\s*schriftelijke vragen\b", "'Schriftelijke vragen' als kop"),
    (QUESTIONS, 0.15, "body", r"^\s*Indiener", "'Indiener(s)' onder de vragen"),
    (QUESTIONS, 0.2, "head", r"stelt ondergetekende.{0,200}de volgende (?:schriftelijke )?vragen", "'stelt ondergetekende de volgende vragen'"),
    (QUESTIONS, 0.2, "path", r"(?:^|[\W_])sv(?:[\W_]|$)|schriftelijke.vragen", "de bestandsnaam"),
    ("monitor", 0.5, "title", r"monitor", "'monitor' in de titel"),
    ("monitor", 0.3, "head", r"monitor\b", "'monitor' op de eerste pagina's"),
    ("monitor", 0.25, "path", r"monitor", "de bestandsnaam"),
    ("beleidskader", 0.5, "title", r"beleids(?:kader|plan|nota|visie)|\bbeleid\b", "'beleid(skader)' in de titel"),
    ("beleidskader", 0.3, "head", r"beleids(?:kader|plan|nota|visie)|(?-i:^\s*(?:Regionaal |Integraal )?Beleid [A-Z])", "'beleidskader' op de eerste pagina's"),
    ("beleidskader", 0.25, "path", r"beleids(?:kader|plan)", "de bestandsnaam"),
    ("raadsinformatiebrief", 0.5, "head", r"raads(?:informatie)?brief", "'Raadsinformatiebrief'"),
    ("raadsinformatiebrief", 0.2, "head", r"Geachte leden van de (?:gemeente)?raad|^\s*Aan:? de leden van de gemeenteraad", "de aanhef aan de raad"),
    ("raadsinformatiebrief", 0.25, "path", r"raads(?:informatie)?brief", "de bestandsnaam"),
    ("raadsvoorstel", 0.5, "head", r"raadsvoorstel|besluitenlijst|uitslagenlijst|raadsbesluit|voorstel aan de (?:gemeente)?raad",
     "'raadsvoorstel'/'besluitenlijst'"),
    ("raadsvoorstel", 0.15, "head", r"^\s*(?:Agendapunt|Registratienummer|Vergaderdatum)\b|\bbesluit(?:en)?\s*:", "vergaderkenmerken"),
    ("raadsvoorstel", 0.25, "path", r"raadsvoorstel|besluitenlijst|raadsbesluit", "de bestandsnaam"),
)
_COMPILED = [(pattern, lower_twin(pattern)) for pattern in (re.compile(cue[3], _M) for cue in CUES)]
_VRAAG_LINES = re.compile(r"^\s*(?:Vraag|VRAAG)\s+\d{1,2}\b", re.MULTILINE)
_NUMBERED_QUESTIONS = re.compile(r"^\s*\d{1,2}[.)]?\s+[A-Z][^\n?]{5,250}\?", re.MULTILINE)


def classify(head: str, body: str, title: str, path: str) -> tuple[str, float, str]:
    """(type, confidence 0-1, evidence in Dutch)."""
    scores: dict[str, float] = {}
    evidence: dict[str, list[str]] = {}
    where = {"head": head, "body": body, "title": title, "path": path.replace("\\", "/")}
    lower = {place: lower_text(text) for place, text in where.items()}
    for (doctype, weight, place, _, why), (pattern, twin) in zip(CUES, _COMPILED):
        if twin is not None and lower[place] is not None:
            found = twin.search(lower[place])  # the same, case-sensitively on the lower-case text: faster
        else:
            found = pattern.search(where[place])
        if found:
            _add(scores, evidence, doctype, weight, why)
    _question_cues(body, scores, evidence)
    if not scores:
        return "overig", 0.3, "geen kenmerken van een bekend documenttype gevonden"
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    best, score = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if score < 0.3:
        return "overig", 0.35, f"alleen een zwakke aanwijzing voor '{best}' ({', '.join(evidence[best])})"
    confidence = round(min(0.95, 0.2 + score) * (1 - 0.5 * second / score), 2)
    return best, confidence, "gevonden: " + ", ".join(evidence[best])


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
    else:  # numbered questions alone are also found in Woo requests and agendas: not enough by themselves
        _add(scores, evidence, QUESTIONS, 0.2, "genummerde vragen zonder antwoorden")
