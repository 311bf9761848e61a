"""Table figures: Tables built from the seed's tab-separated tables, read by figures_from_table."""
from __future__ import annotations

import pytest
from conftest import shared
from gold_figures import TABLE_GOLD
from test_figures_gold import matches

from extract.model import DocumentMeta, Table, TableCell
from extract.table_figures import figures_from_table

SEED = ("seeds", "001_061a2b8f4ffd1cec.txt")


def seed_tables(text: str) -> list[Table]:
    """The seed's TSV blocks as Tables: first line the header, first column the row labels.

    The page of each table is the PDF page it is printed on (3, 3, 4 in the 2025 monitor).
    """
    tables, block, caption = [], [], ""
    for line in text.split("\n") + [""]:
        if "\t" in line:
            block.append(line.split("\t"))
            continue
        if len(block) >= 3 and len(block[0]) >= 3:  # the table of contents has tabs too
            tables.append(_table(block, caption, len(tables)))
        block = []
        if line.strip():
            caption = line.strip()
    return tables


def _table(rows: list[list[str]], caption: str, seq: int) -> Table:
    header, body = tuple(rows[0]), rows[1:]
    labels = tuple(r[0] for r in body)
    cells = tuple(TableCell(i, j, text, labels[i], header[j] if j < len(header) else "")
                  for i, row in enumerate(body) for j, text in enumerate(row) if j > 0)
    return Table(page=(3, 3, 4)[seq], seq=seq, header=(header,), row_labels=labels, cells=cells, caption=caption)


@pytest.fixture(scope="module")
def figures():
    text = shared(*SEED).read_text(encoding="utf-8")
    tables = seed_tables(text)
    assert len(tables) == 3
    meta = DocumentMeta("Mensenhandelmonitor 2025", year=2025)
    out = []
    for table in tables:
        out.extend(figures_from_table(table, meta))
    return out


@pytest.mark.parametrize("gold", TABLE_GOLD, ids=lambda g: f"p{g['page']}-{g['value']}-{g['words']}")
def test_gold_table_figure_found(figures, gold):
    item = dict(gold, file="")
    assert any(matches(item, f) for f in figures), [f for f in figures if f.value == gold["value"]]


def test_one_figure_per_numeric_cell(figures):
    text = shared(*SEED).read_text(encoding="utf-8")
    numeric = sum(any(ch.isdigit() for ch in cell.text) for t in seed_tables(text) for cell in t.cells)
    assert len(figures) == numeric
    assert all(f.raw.strip() not in ("-", "") for f in figures)


def test_table_figures_know_place_year_and_organisation(figures):
    rotterdam = [f for f in figures if f.place == "Rotterdam" and f.column == "Seksuele uitbuiting"]
    assert [f.value for f in rotterdam] == [121]
    assert {f.organisation for f in figures if f.table_seq == 1} == {"ESSM"}
    years = {f.year for f in figures if f.table_seq == 0}
    assert years == {2023, 2024, 2025}
    assert all(f.source == "table" and f.row and f.column for f in figures)


def test_footnote_marker_in_a_cell_is_not_part_of_the_value(figures):
    capelle = [f for f in figures if f.row.startswith("Capelle") and f.column == "Seksuele uitbuiting"]
    assert [f.value for f in capelle] == [1]
    assert capelle[0].place == "Capelle aan den IJssel"


def test_header_and_label_cells_are_no_figures():
    header = ("", "2024", "2025")
    cells = tuple(TableCell(0, j, text) for j, text in enumerate(header)) + (
        TableCell(1, 0, "Totaal"), TableCell(1, 1, "167"), TableCell(1, 2, "208"))
    table = Table(page=1, seq=0, header=(header,), row_labels=("", "Totaal"), cells=cells)
    assert [(f.value, f.year, f.row) for f in figures_from_table(table)] == [(167, 2024, "Totaal"), (208, 2025, "Totaal")]


def test_age_groups_keep_their_sign_in_the_label(figures):
    """"Seksuele uitbuiting 18+" and "18-" are different rows: their labels and terms must differ."""
    from search.crosscheck.labels import terms_of

    adult = [f for f in figures if f.row == "Seksuele uitbuiting 18+"]
    minor = [f for f in figures if f.row == "Seksuele uitbuiting 18-"]
    assert adult and minor
    assert {f.label for f in adult}.isdisjoint({f.label for f in minor})
    assert all("18+" in f.label for f in adult) and all("18-" in f.label for f in minor)
    assert "18plus" in terms_of(adult[0].label) and "18min" in terms_of(minor[0].label)
