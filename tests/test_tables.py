"""Tables from real PDFs (ruled and whitespace-only) and from tab-separated text, checked against the seed."""
import pytest
from conftest import CORPUS, shared

from extract import extract
from extract.tables import split_footnote_mark
from ingest import read_document

MONITOR_2025 = CORPUS / "mensenhandelmonitor-2025-regio-rotterdam.pdf"


def cells_of(table):
    return {(c.row_label, c.col_label, c.text, c.footnote) for c in table.cells}


@pytest.fixture(scope="module")
def pdf_tables():
    return extract(read_document(MONITOR_2025)).tables


@pytest.fixture(scope="module")
def seed_tables():
    return extract(read_document(shared("seeds", "001_061a2b8f4ffd1cec.txt"))).tables


def test_seed_tab_separated_tables_become_tables(seed_tables):
    assert [t.caption for t in seed_tables] == [
        "Hulpverlening naar type uitbuiting en leeftijd",
        "Herkomstgemeente van slachtoffers mensenhandel, per hulpverleningstraject ESSM",
        "Opvang en ambulante hulp",
    ]
    first = seed_tables[0]
    assert first.header == (("", "2023", "2024", "2025"),)
    assert first.row_labels[:3] == ("Preventief traject 18-", "Preventief traject 18+", "Totaal")
    assert ("Seksuele uitbuiting 18+", "2024", "105", "") in cells_of(first)
    assert first.bbox is None


def test_ruled_tables_of_the_2025_monitor_match_the_seed(pdf_tables, seed_tables):
    assert [(t.page, len(t.cells)) for t in pdf_tables] == [(3, 33), (3, 76), (4, 15)]
    for from_pdf, from_seed in zip(pdf_tables, seed_tables):
        assert from_pdf.header == from_seed.header
        assert from_pdf.row_labels == from_seed.row_labels
        assert cells_of(from_pdf) == cells_of(from_seed)
    assert pdf_tables[0].caption.endswith("Hulpverlening naar type uitbuiting en leeftijd")
    assert pdf_tables[1].caption == seed_tables[1].caption  # a caption over two lines above the table
    assert pdf_tables[2].caption == "Opvang en ambulante hulp"
    assert "Arbeidsuitbuiting (alleen 18+)" in pdf_tables[0].row_labels  # a two-line cell stays one cell


def test_cells_keep_positions_and_footnote_marks(pdf_tables):
    origin = pdf_tables[1]
    x0, top, x1, bottom = origin.bbox
    assert all(x0 <= c.bbox[0] < c.bbox[2] <= x1 and top <= c.bbox[1] < c.bbox[3] <= bottom for c in origin.cells)
    marked = {(c.row_label, c.col_label): (c.text, c.footnote) for c in origin.cells if c.footnote}
    assert marked == {("Capelle a/d IJssel", "Seksuele uitbuiting"): ("1", "3"),
                      ("Schiedam", "Preventief traject"): ("1", "4"),
                      ("Sliedrecht", "Seksuele uitbuiting"): ("1", "5")}
    assert split_footnote_mark("70⁶") == ("70", "6") and split_footnote_mark("2024") == ("2024", "")


def test_whitespace_table_with_multi_line_cells_is_found():
    document = read_document(shared("realdocs", "heerlen_raadsvoorstel_lijst-ingekomen-stukken_2025-01.pdf"))
    first = document.pages[0].tables
    assert len(first) == 1
    rows = first[0].rows
    assert len(rows) == 12 and [r[0] for r in rows] == [str(n) for n in range(1, 13)]
    assert rows[0] == ("1", "16-12-2024", "jaarrekening 2023 van ESZL",
                       "Economische Samenwerking Zuid-Limburg (ESZL)", "Ter kennisname")
    assert rows[5][2] == ("Actuele situatie asiel en integratie en oproep tot versneld huisvesten van "
                          "statushouders")
    assert "Registratienummer" not in " ".join(" ".join(r) for r in rows)  # the side column stays out
    table = extract(document).tables[0]
    assert table.page == 1 and table.bbox is not None and len(table.cells) == 60
    assert [len(p.tables) for p in document.pages] == [1, 1, 1]


def test_only_pages_that_look_like_tables_are_searched_for_tables():
    from ingest.grid import has_table_rows

    pages = read_document(MONITOR_2025).pages
    assert [p.number for p in pages if has_table_rows(p.text.splitlines())] == [3, 4]
    policy = read_document(CORPUS / "regionaal-beleidskader-mensenhandel.pdf").pages
    assert not [p for p in policy if has_table_rows(p.text.splitlines())] and not [p for p in policy if p.tables]


def test_whitespace_table_keeps_its_header_line():
    report = read_document(shared("realdocs", "vws_toegankelijkheidsonderzoek_open-minvws_2025.pdf"))
    (table,) = [t for p in report.pages for t in p.tables]
    assert table.rows[0] == ("", "Niveau A", "Niveau AA", "Totaal")
    assert table.rows[-1] == ("Totaal", "27 / 32", "20 / 24", "47 / 56")


def test_document_page_and_json_show_tables(corpus_archive_dir):
    from web.app import create_app

    client = create_app({"DATA_DIR": str(corpus_archive_dir), "TESTING": True}).test_client()
    monitor = next(d for d in client.get("/api/documenten").get_json()["documents"]
                   if d["file"] == "mensenhandelmonitor-2025-regio-rotterdam.pdf")
    data = client.get(f"/api/document/{monitor['id']}").get_json()
    assert [t["page"] for t in data["tables"]] == [3, 3, 4]
    opvang = data["tables"][2]
    assert opvang["grid"][0] == ["", "Seksuele uitbuiting", "Criminele uitbuiting", "Arbeids-uitbuiting"]
    assert ["COSM opvang", "65", "1", "4"] in opvang["grid"]
    page2 = next(p for p in data["page_list"] if p["number"] == 2)
    assert page2["header"] == "Mensenhandelmonitor 2025 | Regio Rotterdam" and page2["footer"] == "pagina 2"
    assert any(p["kind"] == "footnote" and p["text"].startswith("² Niet alle") for p in page2["passages"])
    html = client.get(f"/document/{monitor['id']}").get_data(as_text=True)
    assert "<caption>Opvang en ambulante hulp</caption>" in html and "<td>COSM opvang</td>" in html
