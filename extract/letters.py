"""Answers to written council questions → a :class:`Letter`.  Pure: pages in, Letter out.

The letter is read in three parts: the preamble (header fields, who asked
when, the introduction), the questions with their answers, and the closing
(signature).  Anything that does not add up (a skipped or repeated number,
a question without answer, an answer to a question that is not there) is
kept as far as it goes and reported in ``Letter.anomalies`` in Dutch.

>>> from ingest import Page
>>> letter = parse_letter((Page(1, "Vraag 1:\\nHoeveel meldingen?\\nAntwoord:\\nTwaalf.\\nVraag 3:\\nEn nu?"),))
>>> [(q.number, q.answer) for q in letter.questions]
[(1, 'Twaalf.'), (3, '')]
>>> letter.anomalies
('De nummering springt van vraag 1 naar vraag 3: vraag 2 ontbreekt.', 'Vraag 3 (pagina 1) heeft geen antwoord.')
"""
from __future__ import annotations

import re
from dataclasses import replace

from .dates import parse_date
from .letter_header import answered_by, asker_party_date, header_fields, introduction, signature
from .letter_qa import Draft, Marker, find_markers, join, meaningful, question_and_rest, split_closing, split_context
from .letter_text import Line, letter_lines
from .model import Letter, Question

# words before a number that make it a count, not a footnote reference ("bij 2 cliënten")
_COUNTING = re.compile(r"\b(bij|van|met|op|in|tot|voor|dan|en|of|zo'n|zo’n|nog|ruim|circa|ongeveer|de|het|een|per|"
                       r"die|dat|vragen|vraag|artikel|nummer|nr|bijna|minstens|maximaal|totaal|zijn|is|waren|was)$",
                       re.IGNORECASE)


def parse_letter(pages, answers_expected: bool = True) -> Letter:
    """Parse the pages of an answer letter (or, with ``answers_expected=False``, of the questions alone)."""
    lines, notes = letter_lines(pages)
    markers = find_markers(lines)
    first = markers[0].index if markers else len(lines)
    fields, preamble = header_fields(lines[:first])
    flat = join([l.text for l in preamble])
    asker, party, asked, subject = asker_party_date(flat)
    drafts, closing, anomalies = _questions(lines, markers, answers_expected)
    signed, submitter = signature(closing)
    field = Letter(fields=fields).field
    letter = Letter(
        fields=fields, asker=submitter if asker and asker in submitter else asker or submitter, party=party,
        asked=asked or ("" if answers_expected else parse_date(field("Datum"))),
        introduction=introduction(preamble, _asking_sentence(flat, asker)),
        footnotes=tuple((m, t) for m, t, _ in notes),
        signature=signed or answered_by(flat), anomalies=tuple(anomalies),
        date=parse_date(field("Datum")) or _received(flat),
        subject=field("Onderwerp") or subject,
    )
    return _with_footnotes(letter, drafts, notes)


def _received(text: str) -> str:
    match = re.search(r"\(ontvangen\s+([^)]*)\)", text)
    return parse_date(match.group(1)) if match else ""


def _asking_sentence(flat: str, asker: str) -> str:
    if not asker:
        return ""
    match = re.search(rf"[^.]*{re.escape(asker)}[^?]*\?(?:\s*Gezien[^.]*\.)?|[^.]*{re.escape(asker)}[^.]*\.", flat)
    return match.group(0) if match else ""


def _blocks(lines: list[Line], markers: list[Marker]):
    for i, marker in enumerate(markers):
        end = markers[i + 1].index if i + 1 < len(markers) else len(lines)
        yield marker, lines[marker.index + 1:end]


def _questions(lines, markers, answers_expected):
    """Drafts in document order, the closing lines, and anomalies."""
    drafts: list[Draft] = []
    anomalies: list[str] = []
    explicit = any(m.kind == "a" for m in markers)
    blocks = list(_blocks(lines, markers))
    closing: list[Line] = []
    if blocks:
        last_marker, last_body = blocks[-1]
        body, closing = split_closing(last_body)
        blocks[-1] = (last_marker, body)
    context: list[Line] = []
    pending: list[Draft] = []
    for k, (marker, body) in enumerate(blocks):
        body, next_context = split_context(body)
        if marker.kind == "q":
            text, rest = question_and_rest(marker.inline, body)
            draft = Draft(marker.numbers[0], text, marker.page, context=_context_text(context))
            drafts.append(draft)
            pending.append(draft)
            if explicit:
                draft.text = join([text] + [l.text for l in rest if meaningful(l.text)])
            elif rest and answers_expected:
                _answer([draft], join([l.text for l in rest]), rest[0].page)
                pending = []
        else:
            text = join([marker.inline] + [l.text for l in body])
            targets = _targets(marker, drafts, pending, blocks, k, anomalies, text)
            _answer(targets, text, marker.page, anomalies)
            pending = [d for d in pending if d not in targets]
        context = next_context
    anomalies[:0] = _numbering(drafts)
    if answers_expected:
        anomalies += [f"Vraag {d.number} (pagina {d.page}) heeft geen antwoord." for d in drafts if not d.answer]
        if not drafts:
            anomalies.append("Geen vragen gevonden: de brief heeft geen 'Vraag 1' of genummerde vragen.")
    return drafts, closing, anomalies


def _context_text(lines: list[Line]) -> str:
    text = join([l.text for l in lines])
    return re.sub(r"^\s*\w+(?:\s+\w+)?\s+wordt\s+(?:gesteld|opgemerkt|gevraagd)\s*:?\s*", "", text)


def _targets(marker, drafts, pending, blocks, k, anomalies, text) -> list[Draft]:
    """The questions an answer belongs to: the numbers it names, else the questions just asked."""
    if marker.numbers:
        targets = []
        for number in marker.numbers:
            found = [d for d in drafts if d.number == number]
            if found:
                targets.append(found[-1])
            else:
                anomalies.append(f"Antwoord op vraag {number} (pagina {marker.page}) hoort bij een vraag die niet in "
                                 "de brief staat; het antwoord is bewaard zonder vraag.")
                orphan = Draft(number, "", 0)
                drafts.append(orphan)
                targets.append(orphan)
        return targets
    if not pending:
        unanswered = [d for d in drafts if not d.answer]
        if unanswered:
            return unanswered[:1]
        anomalies.append(f"Antwoord op pagina {marker.page} zonder vraag: \"{text[:60]}…\" is bewaard bij de vorige vraag.")
        return drafts[-1:]
    run = _answer_run(blocks, k)
    if len(pending) > 1 and run == len(pending):
        return pending[:1]  # "Vraag 1, Vraag 2, Antwoord, Antwoord": one each, in order
    return list(pending)


def _answer_run(blocks, k) -> int:
    """How many unnumbered answer markers follow each other from block ``k`` on."""
    count = 0
    for marker, _ in blocks[k:]:
        if marker.kind != "a" or marker.numbers:
            break
        count += 1
    return count


def _answer(targets: list[Draft], text: str, page: int, anomalies: list[str] | None = None) -> None:
    numbers = tuple(d.number for d in targets)
    for draft in targets:
        if draft.answer and anomalies is not None:
            anomalies.append(f"Vraag {draft.number} heeft meer dan één antwoord; de antwoorden zijn samengevoegd.")
        draft.answer.append(text)
        draft.answer_page = draft.answer_page or page
        if len(targets) > 1:
            draft.shared_with = tuple(n for n in numbers if n != draft.number)


def _numbering(drafts: list[Draft]) -> list[str]:
    """Skipped and repeated question numbers, in Dutch."""
    problems: list[str] = []
    seen: set[int] = set()
    previous = 0
    for draft in (d for d in drafts if d.text or d.page):
        if draft.number in seen:
            problems.append(f"Vraag {draft.number} komt meer dan één keer voor (pagina {draft.page}); "
                            "beide vragen zijn bewaard.")
        elif draft.number > previous + 1:
            missing = ", ".join(str(n) for n in range(previous + 1, draft.number))
            word = "vraag" if draft.number - previous == 2 else "vragen"
            problems.append(f"De nummering springt van vraag {previous} naar vraag {draft.number}: {word} {missing} ontbreekt"
                            f"{'n' if word == 'vragen' else ''}.")
        seen.add(draft.number)
        previous = max(previous, draft.number)
    return problems


def _with_footnotes(letter: Letter, drafts: list[Draft], notes) -> Letter:
    """Freeze the drafts and link each footnote to the first place after the previous one that cites it."""
    places: list[tuple[str, str, int | None]] = [("inleiding", letter.introduction, None)]
    for i, d in enumerate(drafts):
        places += [(f"vraag {d.number}", d.text, i), (f"antwoord {d.number}", " ".join(d.answer), i)]
    cited: dict[int, list[str]] = {}
    links: list[tuple[str, str]] = []
    position = 0
    for marker, _text, _page in notes:
        for j in range(position, len(places)):
            if _cites(places[j][1], marker):
                links.append((marker, places[j][0]))
                draft_index = places[j][2]
                if draft_index is not None:
                    _cite(cited, drafts, draft_index, marker, places[j][0].startswith("antwoord"))
                position = j
                break
    questions = tuple(
        Question(number=d.number, text=d.text, answer="\n\n".join(d.answer), page=d.page,
                 answer_page=d.answer_page, answer_shared_with=d.shared_with,
                 footnotes=tuple(cited.get(i, ())), context=d.context)
        for i, d in enumerate(drafts))
    return replace(letter, questions=questions, footnote_places=tuple(links))


def _cite(cited: dict[int, list[str]], drafts: list[Draft], index: int, marker: str, in_answer: bool) -> None:
    """Record a footnote for a question, and for every question that shares the answer citing it."""
    sharing = drafts[index].shared_with if in_answer else ()
    for i, draft in enumerate(drafts):
        if i == index or draft.number in sharing:
            cited.setdefault(i, []).append(marker)


def _cites(text: str, marker: str) -> bool:
    """Does ``text`` carry footnote ``marker``: glued ("voorkomen1", "gaan.3") or spaced ("programma 2 en")?"""
    glued = rf"(?<=[^\W\d_]{{2}})[.,’'”)]?{marker}(?![\d,.]\d)(?=\W|$|[a-z])"
    spaced = rf"(?<=[a-zé’'”)]) {marker}(?= ?[a-z])"
    if re.search(glued, text):
        return True
    return any(not _COUNTING.search(text[:m.start()]) for m in re.finditer(spaced, text))
