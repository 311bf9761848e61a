"""Recall of the hand-written gold figures, and no non-figure extracted as a figure."""

from __future__ import annotations

import re

import pytest
from conftest import CORPUS, shared
from gold_figures import NON_FIGURES, OCR_GOLD, OCR_NON_FIGURES, SEED_2024, TABLE_GOLD, TEXT_GOLD
from rapidfuzz import fuzz

from extract import extract
from extract.labels import lemmas
from ingest import read_document

RECALL_BAR = 0.90


@pytest.fixture(scope="module")
def corpus():
    """file → (Document, Extraction) for the corpus PDFs with a text layer."""
    out = {}
    for path in sorted(CORPUS.glob("*.pdf")):
        document = read_document(path)
        out[path.name] = (document, extract(document))
    seed = read_document(shared(*SEED_2024))  # the scanned 2024 monitor, as OCR text
    out[SEED_2024] = (seed, extract(seed))
    return out


def _word_found(word: str, words: list[str]) -> bool:
    target = lemmas(word)
    return any(w.startswith(word) or lemmas(w) == target or fuzz.ratio(lemmas(w), target) >= 85 for w in words)


def matches(gold: dict, figure) -> bool:
    if figure.page != gold["page"] or abs(figure.value - gold["value"]) > 1e-6:
        return False
    if gold["year"] is not None and figure.year != gold["year"]:
        return False
    for key in ("unit", "qualifier", "kind", "low", "high", "place", "organisation"):
        if key in gold and getattr(figure, key) != gold[key]:
            return False
    words = re.findall(r"[\w+-]+", f"{figure.label} {figure.row} {figure.column}".lower())
    return all(_word_found(w, words) for w in gold["words"].lower().split())


def recall(gold: list[dict], corpus) -> tuple[float, list[dict]]:
    missed = [item for item in gold if not any(matches(item, f) for f in corpus[item["file"]][1].figures)]
    return 1 - len(missed) / len(gold), missed


def test_gold_list_is_big_enough():
    assert len(TEXT_GOLD) + len(TABLE_GOLD) >= 80 and len(NON_FIGURES) >= 20


def test_recall_of_text_figures(corpus):
    score, missed = recall(TEXT_GOLD, corpus)
    assert score >= RECALL_BAR, f"recall {score:.2%}; gemist: {missed}"


def test_recall_on_ocr_text(corpus):
    score, missed = recall(OCR_GOLD, corpus)
    assert score >= RECALL_BAR, f"recall {score:.2%}; gemist: {missed}"


def test_recall_of_table_figures(corpus):
    extraction = corpus[TABLE_GOLD[0]["file"]][1]
    if not extraction.tables:
        pytest.skip("deze extractie levert (nog) geen tabellen: tabelcijfers worden getest via figures_from_table")
    score, missed = recall(TABLE_GOLD, corpus)
    assert score >= RECALL_BAR, f"recall {score:.2%}; gemist: {missed}"


def _region(page, context: str) -> tuple[str, str]:
    """Where on the page the context stands: body text, footnotes, or the running header/footer
    (never read for figures: any source name that no figure has)."""
    for source, text in (
        ("text", page.text),
        ("footnote", page.footnotes),
        ("running", page.header + "\n" + page.footer),
    ):
        try:
            _span(text, context)
            return source, text
        except AssertionError:
            continue
    return "text", page.text


def _span(page_text: str, context: str) -> tuple[int, int]:
    before, rest = context.split("[[")
    number, after = rest.split("]]")
    pattern = "".join(r"\s+" if ch == " " else re.escape(ch) for ch in before)
    pattern += "(" + "".join(r"\s*" if ch == " " else re.escape(ch) for ch in number) + ")"
    pattern += "".join(r"\s+" if ch == " " else re.escape(ch) for ch in after)
    match = re.search(pattern, page_text)
    assert match, f"context {context!r} staat niet op de pagina"
    return match.start(1), match.end(1)


@pytest.mark.parametrize("file,page,context", NON_FIGURES + OCR_NON_FIGURES)
def test_non_figure_is_not_a_figure(corpus, file, page, context):
    document, extraction = corpus[file]
    source, region = _region(document.pages[page - 1], context)
    start, end = _span(region, context)
    clash = [f for f in extraction.figures if f.page == page and f.source == source and f.start < end and start < f.end]
    assert not clash, f"{context!r} werd als cijfer gelezen: {clash}"
