"""The source beside the text: page images rendered by pdfium and cached, the cited table cell boxed on the
image and marked in the table, the cited sentence's figure marked, a page index and low-quality flags."""

from __future__ import annotations

import re
import shutil
import struct
from pathlib import Path

import pytest
from conftest import ingested

from web.app import create_app

MONITOR_2025 = "mensenhandelmonitor-2025-regio-rotterdam.pdf"
GARBLED = "Hanorosas:t AeKnapai IVIs:t no Hanory ynnal IVIBaeMoMy B CBS'I3VI C npVIMeHeHVIeM 3HQČåQtSURVW xQwqZ"


@pytest.fixture(scope="module")
def client(corpus_archive_dir, tmp_path_factory):
    data = tmp_path_factory.mktemp("source-data")
    shutil.copytree(corpus_archive_dir, data, dirs_exist_ok=True)  # our own image cache, the corpus' store
    return create_app({"DATA_DIR": str(data), "TESTING": True}).test_client()


def _doc_id(client, file: str) -> int:
    return next(d["id"] for d in client.get("/api/documenten?per=100").get_json()["documents"] if d["file"] == file)


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_a_page_image_is_rendered_once_and_then_served_from_the_cache(client):
    doc = _doc_id(client, MONITOR_2025)
    folder = Path(client.application.config["DATA_DIR"]) / "page-images"
    before = set(folder.glob("*.png"))  # other tests of this module render other pages
    first = client.get(f"/document/{doc}/pagina/3.png")
    assert first.status_code == 200 and first.mimetype == "image/png"
    width, height = _png_size(first.data)
    page = next(p for p in client.get(f"/api/document/{doc}").get_json()["page_list"] if p["number"] == 3)
    assert max(width, height) <= 1400 and abs(width / height - 612 / 792) < 0.01, (width, height, page)
    cached = [p for p in folder.glob("*-3-1400.png") if p not in before]
    assert len(cached) == 1 and cached[0].read_bytes() == first.data
    assert client.get(f"/document/{doc}/pagina/3.png").data == first.data


def test_a_page_that_does_not_exist_is_a_dutch_404(client):
    doc = _doc_id(client, MONITOR_2025)
    response = client.get(f"/document/{doc}/pagina/99.png")
    assert response.status_code == 404 and "bestaat niet in dit document" in response.get_data(as_text=True)


def test_the_cache_keeps_the_most_recently_used_images_within_its_budget(tmp_path):
    import os

    from search.read.page_images import prune

    for age, name in enumerate(["c", "b", "a"]):
        (tmp_path / f"{name}.png").write_bytes(b"x" * 1000)
        os.utime(tmp_path / f"{name}.png", (1000 + age, 1000 + age))
    assert prune(tmp_path, budget=2000) == 1
    assert sorted(p.name for p in tmp_path.glob("*.png")) == ["a.png", "b.png"]


def test_a_cited_table_cell_is_boxed_on_the_page_image_and_marked_in_the_table(client):
    doc = _doc_id(client, MONITOR_2025)
    figures = client.get(f"/api/document/{doc}/cijfers").get_json()["figures"]
    figure = next(f for f in figures if f["source"] == "table" and f["row"] and f["column"])
    html = client.get(f"/document/{doc}?cijfer={figure['id']}").get_data(as_text=True)
    cited = client.get(f"/api/document/{doc}?cijfer={figure['id']}").get_json()["cited"]
    assert cited["page"] == figure["page"] and len(cited["box"]) == 4
    rect = re.search(r'<rect class="cited-box" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"', html)
    assert rect, "geen kader om het cijfer op het paginabeeld"
    x, y = float(rect[1]), float(rect[2])
    assert abs(x - (cited["box"][0] - 2)) < 0.01 and abs(y - (cited["box"][1] - 2)) < 0.01
    section = html.split(f'id="pagina-{figure["page"]}"')[1].split('<section class="page')[0]
    assert "cited-box" in section  # the box sits on the figure's own page
    cell = re.search(rf'<td class="cited" id="cijfer-{figure["id"]}">([^<]*)</td>', html)
    assert cell and figure["raw"] in cell[1]


def test_a_cited_figure_in_running_text_is_marked_in_its_sentence(client):
    doc = _doc_id(client, MONITOR_2025)
    figures = client.get(f"/api/document/{doc}/cijfers").get_json()["figures"]
    text_figures = [f for f in figures if f["source"] == "text"]
    html = ""
    for figure in text_figures[:10]:  # the first whose mark is placed in its passage
        html = client.get(f"/document/{doc}?cijfer={figure['id']}").get_data(as_text=True)
        if f'id="cijfer-{figure["id"]}"' in html:
            break
    mark = re.search(r'<mark class="cijfer cited" id="cijfer-(\d+)">([^<]*)</mark>', html)
    assert mark and mark[2] == figure["raw"] and "rect class" not in html  # no box is stored for text figures


def test_a_figure_of_another_document_is_not_cited(client):
    doc = _doc_id(client, MONITOR_2025)
    other = next(f for f in client.get("/api/cijfers?per=100").get_json()["figures"] if f["document"] != doc)
    assert client.get(f"/api/document/{doc}?cijfer={other['id']}").get_json()["cited"] is None
    assert client.get(f"/api/document/{doc}?cijfer=99999999999999999999").status_code == 200


def test_the_figure_page_links_to_its_source_with_the_figure_cited(client):
    doc = _doc_id(client, MONITOR_2025)
    figure = client.get(f"/api/document/{doc}/cijfers").get_json()["figures"][0]
    html = client.get(f"/cijfer/{figure['id']}").get_data(as_text=True)
    assert f"/document/{doc}?cijfer={figure['id']}#cijfer-{figure['id']}" in html


@pytest.fixture(scope="module")
def garbled(tmp_path_factory):
    """A five-page PDF whose third page is unreadable text: a page index and a low-quality flag."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    folder = tmp_path_factory.mktemp("garbled")
    path = folder / "slecht-leesbaar.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for number in range(1, 6):
        pdf.setFont("Helvetica", 11)
        for line in range(20):
            text = GARBLED if number == 3 else f"Op pagina {number} staan in 2024 ruim {line + 10} meldingen vermeld."
            pdf.drawString(60, 780 - 16 * line, text)
        pdf.showPage()
    pdf.save()
    data = ingested(folder / "data", [str(path)])
    return create_app({"DATA_DIR": str(data), "TESTING": True}).test_client()


def test_a_long_document_has_a_page_index_that_flags_its_poor_pages(garbled):
    data = garbled.get("/api/document/1").get_json()
    assert data["low_quality_pages"] == [3], [p["quality"] for p in data["page_list"]]
    html = garbled.get("/document/1").get_data(as_text=True)
    index = html.split('class="page-index"')[1].split("</nav>")[0]
    assert re.findall(r'href="#pagina-(\d+)"', index) == ["1", "2", "3", "4", "5"]
    flagged = re.findall(r'href="#pagina-(\d+)"[^>]*>\d+ <span class="flag"', index)
    assert flagged == ["3"]
    assert "1 van de 5 pagina's heeft tekst van lage kwaliteit" in html
    page3 = html.split('id="pagina-3"')[1].split("</h2>")[0]
    assert "tekst van lage kwaliteit" in page3


def test_a_changed_file_gets_no_image_of_pages_it_no_longer_has(garbled, tmp_path):
    doc = garbled.get("/api/document/1").get_json()
    source = Path(garbled.application.config["DATA_DIR"]).parent / doc["file"]
    original = source.read_bytes()
    try:
        source.write_bytes(original + b"\n% changed\n")
        response = garbled.get("/document/1/pagina/2.png")
        text = response.get_data(as_text=True)
        assert response.status_code == 404 and "veranderd sinds het is ingelezen" in text
        assert str(source.parent) not in text
    finally:
        source.write_bytes(original)
    assert garbled.get("/document/1/pagina/2.png").status_code == 200
