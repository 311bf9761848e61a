"""Word documents (.docx): ingested like any document (pages, tables, figures) and checked in Controleer;
broken, old, protected and bomb-like files refused with a Dutch reason."""

from __future__ import annotations

import io
import zipfile

import pytest
from click.testing import CliRunner
from docx import Document as Word
from docx.enum.text import WD_BREAK
from webtools import post, token

from ingest import IngestError, read_document
from ingest._word import MAX_UNPACKED
from web.app import create_app
from web.cli import main


def council_answer() -> bytes:
    """A two-page council answer as Word writes it: heading, answer, a page break, a table with its caption."""
    word = Word()
    word.add_heading("Beantwoording schriftelijke vragen over mensenhandel", level=1)
    word.add_paragraph("Vraag 1: Hoeveel slachtoffers zijn in 2024 begeleid?")
    answer = word.add_paragraph(
        "Antwoord: In 2024 zijn 115 slachtoffers van seksuele uitbuiting begeleid door het ESSM."
    )
    answer.runs[0].add_break(WD_BREAK.PAGE)
    word.add_paragraph("Tabel 1 Meldingen per jaar")
    table = word.add_table(rows=3, cols=3)
    for r, row in enumerate((("", "2023", "2024"), ("Meldingen", "98", "143"), ("Totaal", "98", "143"))):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    word.add_paragraph("Met vriendelijke groet, de burgemeester.")
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def test_a_docx_reads_into_pages_with_its_table(tmp_path):
    path = tmp_path / "antwoord.docx"
    path.write_bytes(council_answer())
    doc = read_document(path)
    assert doc.kind == "docx" and len(doc.pages) == 2
    assert "115 slachtoffers van seksuele uitbuiting" in doc.pages[0].text
    assert "Meldingen\t98\t143" in doc.pages[1].text and "Tabel 1 Meldingen per jaar" in doc.pages[1].text


def test_a_docx_is_ingested_with_figures_on_their_page(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "antwoord.docx").write_bytes(council_answer())
    result = CliRunner().invoke(main, ["--data", str(tmp_path / "data"), "ingest", str(folder)])
    assert result.exit_code == 0, result.output
    from search import Archive

    archive = Archive.open(tmp_path / "data")
    try:
        (doc,) = archive.store.documents()
        figures = {
            (row["value"], row["page"])
            for row in archive.store.rows("SELECT value, page FROM figures WHERE doc_id = ?", (doc["id"],))
        }
        tables = list(archive.store.rows("SELECT page FROM tables WHERE doc_id = ?", (doc["id"],)))
    finally:
        archive.close()
    assert doc["kind"] == "docx" and doc["n_pages"] == 2
    assert (115, 1) in figures and (143, 2) in figures
    assert [t["page"] for t in tables] == [2]


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _bomb() -> bytes:
    """A zip whose one member unpacks to just over the limit (zeros compress to almost nothing)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w:document/>")
        with archive.open("word/media/image1.bin", "w") as member:
            block = b"\0" * (1 << 20)
            for _ in range(MAX_UNPACKED // len(block) + 1):
                member.write(block)
    return out.getvalue()


@pytest.mark.parametrize(
    "data, says",
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "oud .doc-bestand"),
        (b"dit is geen zip", "een .docx is een zip-bestand"),
        (_zip({"inhoud.txt": b"hallo"}), "word/document.xml ontbreekt"),
        (_zip({"word/document.xml": b"<kapot"}), "geen leesbaar Word-bestand"),
    ],
    ids=["doc-of-beveiligd", "geen-zip", "geen-word", "kapotte-xml"],
)
def test_unreadable_word_files_say_what_to_do(tmp_path, data, says):
    path = tmp_path / "concept.docx"
    path.write_bytes(data)
    with pytest.raises(IngestError) as err:
        read_document(path)
    assert says in str(err.value) and ("sla het" in str(err.value) or "Opslaan als PDF" in str(err.value))


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    data = _bomb()
    assert len(data) < 2 * 1024 * 1024
    path = tmp_path / "bom.docx"
    path.write_bytes(data)
    with pytest.raises(IngestError, match="pakt uit tot meer dan 200 MB"):
        read_document(path)


@pytest.fixture(scope="module")
def client(corpus_archive_dir):
    return create_app({"DATA_DIR": str(corpus_archive_dir)}).test_client()


def test_controleer_checks_a_docx_draft(client):
    answer = post(client, "/api/controleer", {**token(client), "bestand": (io.BytesIO(council_answer()), "a.docx")})
    report = answer.get_json()
    assert answer.status_code == 200, report
    assert any(c["raw"] == "115" and c["verdict"] == "supported" for c in report["claims"])


def test_a_broken_docx_upload_keeps_the_pasted_text(client):
    page = post(
        client,
        "/controleer",
        {**token(client), "tekst": "mijn tekst", "bestand": (io.BytesIO(_zip({"x.txt": b"x"})), "c.docx")},
    )
    html = page.get_data(as_text=True)
    assert page.status_code == 400 and "word/document.xml ontbreekt" in html and "mijn tekst</textarea>" in html


def test_verify_reads_a_docx_draft_from_the_command_line(tmp_path, corpus_archive_dir):
    draft = tmp_path / "concept.docx"
    draft.write_bytes(council_answer())
    result = CliRunner().invoke(main, ["--data", str(corpus_archive_dir), "verify", str(draft), "--json"])
    assert result.exit_code == 0, result.output
    assert '"raw": "115"' in result.output and '"page": 2' in result.output
