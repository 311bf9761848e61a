"""Every figure of a document with its meaning.  Pure: pages (and tables) in, Figures out.

A figure found in the text gets its label from the words around it, its
year from the sentence (else the text just before it, else the year the
document covers), its place and organisation from the entities of its
sentence (else the sentence before).  Table figures come from
:mod:`extract.table_figures`.  Numbers that are phone numbers, dates,
codes, ... never become figures (:mod:`extract.nonfigures`).

>>> from ingest import Page
>>> from extract.model import DocumentMeta
>>> [(f.value, f.label, f.year, f.organisation) for f in text_figures(
...     (Page(1, "Over 2024 is het volgende bekend: 115 slachtoffers van seksuele uitbuiting bij het ESSM."),),
...     DocumentMeta("t", year=2025))]
[(115.0, 'slachtoffers seksuele uitbuiting', 2024, 'ESSM')]
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from ingest import Page

from .figure_page import PageText, Sentence
from .labels import label_after, label_before, normalise
from .mentions import Mention, mentions
from .model import DocumentMeta, Dropped, Figure, Table
from .nlp import ORGANISATIONS, entities, known_word
from .numbers import parse_numeral
from .table_figures import figures_from_table
from .tables import text_tables

_PER = re.compile(r"^\s*per\s+\w+")
_ELIDED = re.compile(r"\s*(?:op|voor|bij)\s")
_LEAD_WORDS = re.compile(r"[A-Za-zÀ-ÿ’'-]+")
_YEAR_BRACKET = re.compile(r"(?:19|20)\d\d\s*\(\s*(?:(?:toen|destijds|nog|was|waren|er)\b\s*)*$", re.I)
_CURRENT = re.compile(r"(\d[\d.]*)\s+\w+[^.]{0,80}$")
_BLOCK_END = re.compile(r"\n[ \t]*\n")
_NOT_NEWLINE = re.compile(r"[^\n]")
CARRY_CHARS = 400


def extract_figures(
    pages: tuple[Page, ...], meta: DocumentMeta, tables: tuple[Table, ...] = (), *, typed: bool = False
) -> tuple[Figure, ...]:
    """Text figures of every page plus the figures of every table (``typed``: see :func:`text_figures`)."""
    return read_figures(pages, meta, tables, typed=typed)[0]


def read_figures(
    pages: tuple[Page, ...], meta: DocumentMeta, tables: tuple[Table, ...] = (), *, typed: bool = False
) -> tuple[tuple[Figure, ...], tuple[Dropped, ...]]:
    """The figures of :func:`extract_figures` and the numbers left out on the way, each with its reason."""
    dropped: list[Dropped] = []
    found = list(text_figures(pages, meta, typed=typed, dropped=dropped))
    for table in tables:
        found.extend(figures_from_table(table, meta))
    return tuple(found), tuple(dropped)


def text_figures(
    pages: tuple[Page, ...], meta: DocumentMeta, *, typed: bool = False, dropped: list[Dropped] | None = None
) -> list[Figure]:
    """Figures found in the running text of the pages.

    The OCR-noise guard (blocks of garbage, sentences that do not read as Dutch, labels without a
    Dutch word, numbers amid noise) guards archive pages; a ``typed`` document (a draft someone
    wrote) keeps every number, except on its pages that were OCR'd.  Numbers left out are appended
    to ``dropped`` with their reason (:data:`DROP_REASONS`).

    >>> from extract.model import DocumentMeta
    >>> page = Page(1, "Het ESSM werd 179 keer benaderd.")
    >>> [f.value for f in text_figures((page,), DocumentMeta("t"), typed=True)]
    [179.0]
    """
    drafts: list[tuple[_Draft, str]] = []
    dropped = [] if dropped is None else dropped
    numbering = page_numbers(pages)
    for page in pages:
        guard = page.ocr or not typed
        for source, body in (("text", page.text), ("footnote", page.footnotes)):
            text = _without_noise(body) if guard else body
            if guard and text is not body:
                dropped.extend(_blanked(page, body, text))
            if text.strip():
                skip = numbering.get(page.number, frozenset()) if source == "text" else frozenset()
                drafts.extend(
                    (d, source) for d in _page_drafts(page, meta, text, guard=guard, dropped=dropped, skip=skip)
                )
    windows = sorted({d.window for d, _ in drafts})
    found = dict(zip(windows, entities(windows))) if windows else {}
    finished: dict[int, Figure] = {}
    for d, _ in drafts:
        figure = d.finish(found[d.window])
        if d.like is not None and id(d.like) in finished:  # "(130 keer)" counts what "179 keer" counted
            like = finished[id(d.like)]
            figure = replace(
                figure, organisation=figure.organisation or like.organisation, place=figure.place or like.place
            )
        finished[id(d)] = figure
    return [_sourced(finished[id(d)], source) for d, source in drafts]


def _sourced(figure: Figure, source: str) -> Figure:
    """Footnote figures keep offsets in ``Page.footnotes`` and say so in ``source``."""
    return figure if source == "text" else replace(figure, source=source)


@dataclass
class _Draft:
    figure: Figure
    window: str  # previous sentence + sentence, for the entity ruler
    sentence_at: int  # where the sentence starts in ``window``
    number_at: int  # where the number sits in ``window``
    like: "_Draft | None" = None  # the figure just before whose label this one echoes ("... 2023 (130 keer)")

    def finish(self, ents) -> Figure:
        """Place and organisation: nearest in the sentence, else the latest in the sentence before."""
        values = {}
        for label, field in (("ORG", "organisation"), ("PLACE", "place")):
            own = [e for e in ents if e.label == label and e.start >= self.sentence_at]
            before = [e for e in ents if e.label == label and e.start < self.sentence_at]
            if own:
                values[field] = min(own, key=lambda e: abs(e.start - self.number_at)).canonical
            elif len({e.canonical for e in before}) == 1:
                values[field] = before[-1].canonical
        return replace(self.figure, **values) if values else self.figure


def _cell_texts(page: Page) -> frozenset[str]:
    """The texts of the cells of the page's tables (a PDF's raw tables, a text file's tab-separated blocks)."""
    return frozenset(cell.strip() for raw in (page.tables or text_tables(page)) for row in raw.rows for cell in row)


def _blanked(page: Page, body: str, text: str) -> list[Dropped]:
    """The numbers of ``body`` that :func:`_without_noise` blanked out in ``text``."""
    return [
        Dropped(page.number, match.group(), match.start(), "ocr_block")
        for match in _NUMERAL_RUN.finditer(body)
        if not text[match.start()].strip()
    ]


def page_numbers(pages: tuple[Page, ...]) -> dict[int, frozenset[int]]:
    r"""Where a document prints its page numbers: the lone numbers on a line of their own that stand at one
    offset from the page's place on two pages or more ("9" on the sixth page and "11" on the eighth of a
    report that counts its cover pages), by page number the start of each in the page text.

    >>> pages = tuple(Page(n, f"Tekst over {n + 3} zaken.\n\n{n + 3}\n\nMeer tekst.") for n in (1, 2, 3))
    >>> {n: sorted(s) for n, s in page_numbers(pages).items()}
    {1: [21], 2: [21], 3: [21]}
    """
    lone: list[tuple[int, int, int]] = []  # (page, start, offset)
    for page in pages:
        for match in _PAGE_NUMBER.finditer(page.text):
            lone.append((page.number, match.start(1), int(match.group(1)) - page.number))
    pages_at = Counter(offset for _, offset in {(number, offset) for number, _, offset in lone})
    kept = {o for o, n in pages_at.items() if n >= 2 and o >= 0}
    found: dict[int, set[int]] = {}
    for number, start, offset in lone:
        if offset in kept:
            found.setdefault(number, set()).add(start)
    return {n: frozenset(s) for n, s in found.items()}


_PAGE_NUMBER = re.compile(r"(?:^|\n)[^\S\n]*(\d{1,4})[^\S\n]*(?=\n|$)")


def _page_drafts(
    page: Page,
    meta: DocumentMeta,
    text: str,
    *,
    guard: bool = True,
    dropped: list[Dropped] | None = None,
    skip: frozenset[int] = frozenset(),
) -> list[_Draft]:
    """The figures of one page's text; ``guard``: apply the OCR-noise guard (see :func:`text_figures`);
    ``skip``: the starts of the page's printed page numbers (:func:`page_numbers`)."""
    dropped = [] if dropped is None else dropped
    context = PageText(text)
    drafts: list[_Draft] = []
    previous: dict[int, Figure] = {}
    recent: Figure | None = None  # the last figure on the page, for "(130 keer)" after "179 keer"
    recent_draft: _Draft | None = None
    carry: tuple[int, int] | None = None  # (year, position) a figure just before stated in its own sentence
    readable_sentence: dict[int, bool] = {}  # sentence index → readable(), shared by its figures
    cells: frozenset[str] | None = None  # the cell texts of the page's tables, when a line looks like a row
    for mention in mentions(text, context.masks):
        if mention.start in skip:
            dropped.append(Dropped(page.number, mention.raw, mention.start, "page_number"))
            continue
        line = context.line(mention.start)
        lone = context.is_lone(line)
        if context.is_table_row(line) and not lone:
            if cells is None:
                cells = _cell_texts(page)
            in_table = mention.raw in cells
            if guard or in_table:  # a table row printed as text: its figures come from the table
                if not in_table:
                    dropped.append(Dropped(page.number, mention.raw, mention.start, "table_row"))
                continue
        index = context.sentence_index(mention.start)
        sentence = context.sentences[index]
        near = carry[0] if carry and mention.start - carry[1] <= CARRY_CHARS else None
        echoes = _echoes(text, mention, sentence, recent)
        stated = context.stated_year(mention.start, mention.end, sentence)
        figure = _figure(
            page,
            meta,
            context,
            mention,
            index,
            previous.get(index),
            recent,
            near,
            lone=lone,
            echoes=echoes,
            stated=stated,
        )
        if index not in readable_sentence:
            readable_sentence[index] = readable(figure.sentence)
        reason = _noise(text, figure, mention, lone, readable_sentence[index]) if guard else ""
        if reason:
            dropped.append(Dropped(page.number, mention.raw, mention.start, reason))
            continue
        previous[index] = recent = figure
        if stated is not None and stated[2] == 1.0 and figure.kind == "figure":
            carry = (stated[0], mention.start)
        drafts.append(_draft(text, context.sentences, index, figure, mention))
        drafts[-1].like, recent_draft = (recent_draft if echoes else None), drafts[-1]
        drafts.extend(_implied(figure, mention, drafts[-1]))
    return drafts


READABLE_SHARE = 0.6
# Why the noise guard left a number out (Dropped.reason), in Dutch for the report
DROP_REASONS = {
    "ocr_block": "in een blok OCR-ruis",
    "no_label": "losse regel zonder label",
    "label_unknown": "label zonder Nederlands woord",
    "unreadable_sentence": "zin leest niet als Nederlands",
    "noise_near": "OCR-ruis rond het getal",
    "table_row": "tabelregel als tekst, niet als tabel gelezen",
    "page_number": "paginanummer",
}


def _noise(text: str, figure: Figure, mention: Mention, lone: bool, readable_sentence: bool) -> str:
    """Why the OCR-noise guard leaves this figure out (a key of :data:`DROP_REASONS`), or ""."""
    if not figure.label and lone:
        return "no_label"
    if figure.label and not any(known_word(w) or _acronym(w, figure.sentence) for w in _LETTERS.findall(figure.label)):
        return "label_unknown"
    if not (lone or readable_sentence):
        return "unreadable_sentence"
    if not lone and not _readable_near(text, mention.start, mention.end):
        return "noise_near"  # OCR noise around the number, however readable the rest of its (long) sentence
    return ""


def _acronym(word: str, sentence: str) -> bool:
    """Is the label word an acronym as its sentence writes it ("ESSM", "RIEC"), a name no lexicon holds?

    >>> _acronym("essm", "het meldpunt van het ESSM"), _acronym("ee", "EE En AM")
    (True, False)
    """
    return 3 <= len(word) <= 6 and re.search(r"\b" + word.upper() + r"\b", sentence) is not None


NEAR_CHARS = 50
NEAR_SHARE = 0.4  # the lexicon misses many verb forms ("werden", "gedaan"), so not a majority


def _readable_near(text: str, start: int, end: int) -> bool:
    """Do the words right around a number read as Dutch?  OCR noise ("5 p\\ q Re A / | © 7") does not.

    >>> noise = "% ke Û 5 5 as ® 5 , î ® $ ) ® ® N 6 = Q 3 aal % 3 7 %"
    >>> _readable_near("werden 30 mensenhandelzaken behandeld", 7, 9), _readable_near(noise, 28, 29)
    (True, False)
    """
    lo, hi = max(0, start - NEAR_CHARS), min(len(text), end + NEAR_CHARS)
    while 0 < lo < start and text[lo - 1].isalpha():
        lo += 1  # never judge a word cut in half
    while end < hi < len(text) and text[hi].isalpha():
        hi -= 1
    words = _LETTERS.findall(text[lo:hi])
    return len(words) < 2 or sum(map(known_word, words)) >= NEAR_SHARE * len(words)


_LETTERS = re.compile(r"[A-Za-zÀ-ÿ]+")
_YEAR = re.compile(r"(?:19|20)\d\d")
_NUMERAL_RUN = re.compile(r"\d+(?:[.,]\d+)*")  # "1.013" and "8,5" are one number each


def _without_noise(text: str) -> str:
    """The page text with its blocks of OCR noise blanked out (same length, so offsets hold)."""
    if not _garbage(text):
        return text
    out, pos = [], 0
    for match in _BLOCK_END.finditer(text + "\n\n"):
        block = text[pos : match.start()]
        out.append(_NOT_NEWLINE.sub(" ", block) if _garbage(block, min_words=4) else block)
        out.append(text[match.start() : match.end()])
        pos = match.end()
    return "".join(out)[: len(text)]


def _garbage(text: str, min_words: int = 20) -> bool:
    """OCR noise (a scanned drawing, a photo): most of its words are no Dutch words."""
    words = _LETTERS.findall(text)
    return len(words) >= min_words and sum(map(known_word, words)) < 0.45 * len(words)


def readable(text: str) -> bool:
    """Does ``text`` read as Dutch: at least two words, and most of its words known?

    >>> readable("In 2025 werden 30 mensenhandelzaken van 28 verdachten behandeld."), readable("Lifhoogte hu 206 imm")
    (True, False)
    """
    words = _LETTERS.findall(text)
    numbers = sum(1 for n in _NUMERAL_RUN.findall(text) if not _YEAR.fullmatch(n))  # "in 2019 1.372": one number
    if len(words) < 2 or text.count("|") >= 3 or (numbers >= 4 and numbers > 0.6 * len(words)):
        return False  # a table or a calculation read by OCR: numbers without sentences
    return sum(map(known_word, words)) >= READABLE_SHARE * len(words)


def _figure(
    page: Page,
    meta: DocumentMeta,
    context: PageText,
    mention: Mention,
    index: int,
    previous: Figure | None,
    recent: Figure | None,
    carry: int | None,
    *,
    lone: bool,
    echoes: bool,
    stated: tuple[int, int | None, float] | None,
) -> Figure:
    """The figure of ``mention`` in sentence ``index``; ``lone``, ``echoes`` and ``stated`` (the year
    its text states, :meth:`PageText.stated_year`) were worked out by the caller."""
    sentence = context.sentences[index]
    label, confidence = _label(context.text, mention, sentence, previous, recent, lone=lone, echoes=echoes)
    year, year_end, year_confidence = _year(stated, meta, carry)
    confidence = min(confidence, year_confidence)
    if mention.spelled and mention.value <= 10 and mention.unit == "count":
        confidence -= 0.1
    value = -mention.value if mention.direction == "down" else mention.value
    return Figure(
        value=value,
        raw=mention.raw,
        unit=mention.unit,
        qualifier=mention.qualifier,
        label=label,
        low=mention.low,
        high=mention.high,
        year=year,
        year_end=year_end,
        period=mention.period,
        place="",
        organisation="",
        page=page.number,
        start=mention.start,
        end=mention.end,
        source="text",
        sentence=context.sentence_text(index),
        kind=mention.kind,
        confidence=round(max(confidence, 0.1), 2),
    )


def _label(
    text: str,
    mention: Mention,
    sentence: Sentence,
    previous: Figure | None,
    recent: Figure | None,
    *,
    lone: bool,
    echoes: bool,
) -> tuple[str, float]:
    after = text[mention.end : sentence.end]
    before = text[sentence.start : mention.start]
    if echoes and recent is not None:
        return recent.label, 0.7  # "179 keer het meldpunt benaderd ... ten opzichte van 2023 (130 keer)"
    if lone:
        start = text.rfind("\n", 0, mention.start) + 1
        lines = [ln for ln in text[max(0, start - 160) : start].split("\n") if ln.strip()]
        return label_before(" ".join(lines[-2:]) + " "), 0.5
    after = _PER.sub("", after)
    elided = _ELIDED.match(after)
    label = label_after(after)
    if previous is not None and (mention.kind == "change" or mention.unit == "years_of_age" or not label):
        return previous.label, 0.7
    if elided and previous is not None and previous.label:
        head = previous.label.split()[0]
        return normalise(f"{head} {label}"), 0.8
    if label and previous is not None and previous.label and _names_only_who(label):
        return previous.label, 0.8  # "4.845 verkeersslachtoffers ..., in vergelijking met 1.196 door de politie"
    if label:
        return label, 0.9
    label = label_before(before)
    if label:
        return label, 0.8
    if previous is not None and previous.label:
        return previous.label, 0.6
    lead = normalise(" ".join(_LEAD_WORDS.findall(text[max(0, sentence.start - 300) : sentence.start])[-12:]))
    return " ".join(lead.split()[:3]), 0.4


def _names_only_who(label: str) -> bool:
    """A label of nothing but who counted ("politie", "de RAV"): the number counts what the one before it did.

    >>> _names_only_who("politie"), _names_only_who("verkeersslachtoffers politie")
    (True, False)
    """
    words = [w for w in re.findall(r"[\w-]+", label.lower()) if w not in ("de", "het", "door", "van", "bij")]
    return bool(words) and all(w in _WHO_WORDS for w in words)


# who may count: the organisations of extract.nlp by their abbreviation, and the services a council text names
_WHO_WORDS = frozenset(a.lower() for a in ORGANISATIONS) | {
    "ambulance",
    "ambulances",
    "ambulancedienst",
    "rav",
    "gemeente",
}


def _echoes(text: str, mention: Mention, sentence: Sentence, recent: Figure | None) -> bool:
    """ "179 keer het meldpunt benaderd ... ten opzichte van 2023 (130 keer)": the bracketed
    figure counts the same as the figure just before."""
    return (
        recent is not None
        and recent.unit == mention.unit
        and bool(_YEAR_BRACKET.search(text[sentence.start : mention.start].rstrip()))
        and text[mention.end : sentence.end].lstrip().startswith(")")
    )


def _year(
    stated: tuple[int, int | None, float] | None, meta: DocumentMeta, carry: int | None = None
) -> tuple[int | None, int | None, float]:
    """Year from the sentence, else from the text just before (same page) (both ``stated``), else the
    year of the figures just before on the page (``carry``), else the document's year."""
    if stated is not None:
        return stated
    if carry is not None:
        return carry, None, 0.75
    return meta.year, None, 0.7


def _draft(text: str, sentences: list[Sentence], index: int, figure: Figure, mention: Mention) -> _Draft:
    start = sentences[index - 1].start if index > 0 else sentences[index].start
    start = max(start, sentences[index].start - 400)
    end = sentences[index].end
    return _Draft(figure, text[start:end], sentences[index].start - start, mention.start - start)


def _implied(figure: Figure, mention: Mention, draft: _Draft) -> list[_Draft]:
    """ "944 slachtoffers, een stijging van 76 ten opzichte van 2023" implies 868 in 2023."""
    if figure.kind != "change" or mention.base_year is None or figure.unit != "count":
        return []
    match = _CURRENT.search(draft.window[: draft.number_at])
    if not match:
        return []
    current = parse_numeral(match.group(1))
    if current is None or current <= abs(figure.value) or 1950 <= current < 2050:
        return []
    implied = replace(
        figure,
        value=current - figure.value,
        raw=f"{match.group(1)} − {mention.raw}",
        year=mention.base_year,
        year_end=None,
        kind="implied",
        confidence=0.6,
    )
    return [replace(draft, figure=implied)]
