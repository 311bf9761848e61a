"""Reading files into Documents: real corpus PDFs, text files and bad input."""

import pytest
from conftest import CORPUS, shared

from ingest import IngestError, read_document


def page_text(doc, number):
    return doc.pages[number - 1].text


def test_corpus_pdfs_have_content_on_the_right_page():
    monitor = read_document(CORPUS / "mensenhandelmonitor-2025-regio-rotterdam.pdf")
    assert len(monitor.pages) == 11
    assert "Koffer" in page_text(monitor, 8) and "Verkeerd" in page_text(monitor, 8)
    letter = read_document(CORPUS / "raadsvragen-2025-mensenhandel-veiligheid-vrouwen.pdf")
    assert "115 slachtoffers van seksuele uitbuiting" in page_text(letter, 3)
    policy = read_document(CORPUS / "regionaal-beleidskader-mensenhandel.pdf")
    assert "minimaal 12" in page_text(policy, 11)


def test_scanned_pdf_is_marked_as_needing_ocr_without_a_text_layer():
    scan = read_document(CORPUS / "mensenhandelmonitor-2024-regio-rotterdam.pdf")
    assert len(scan.pages) == 15
    assert all(not p.has_text_layer for p in scan.pages)


def test_identity_is_sha256_of_bytes(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("Er waren 191 meldingen.", encoding="utf-8")
    doc = read_document(a)
    import hashlib

    assert doc.sha256 == hashlib.sha256(a.read_bytes()).hexdigest()


def test_text_files_split_on_form_feeds_and_decode_windows_1252(tmp_path):
    path = tmp_path / "oud.txt"
    path.write_bytes("pagina één\fcliënten op pagina twee".encode("cp1252"))
    doc = read_document(path)
    assert [p.number for p in doc.pages] == [1, 2]
    assert "cliënten" in doc.pages[1].text


def test_seed_and_amsterdam_texts_ingest():
    seed = read_document(shared("seeds", "001_061a2b8f4ffd1cec.txt"))
    assert "MENSENHANDELMONITOR" in seed.text
    ocr_files = sorted(shared("amsterdam").rglob("*.ocr"))[:20]
    assert ocr_files
    for path in ocr_files:
        assert read_document(path).pages


@pytest.mark.parametrize(
    "name,data,reason",
    [
        ("leeg.pdf", b"", "leeg bestand"),
        ("nep.pdf", b"Dit is geen PDF maar tekst", "geen PDF"),
        ("afgekapt.pdf", None, "beschadigde PDF"),
        ("foto.jpg", b"\xff\xd8\xff", "niet ondersteund"),
    ],
)
def test_bad_files_raise_a_dutch_reason(tmp_path, name, data, reason):
    if data is None:
        data = (CORPUS / "regionaal-beleidskader-mensenhandel.pdf").read_bytes()[:700]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(IngestError, match=reason):
        read_document(path)


def test_encrypted_pdf_with_password_is_refused(tmp_path):
    pikepdf = pytest.importorskip("pikepdf")
    source = pikepdf.open(CORPUS / "regionaal-beleidskader-mensenhandel.pdf")
    target = tmp_path / "geheim.pdf"
    source.save(target, encryption=pikepdf.Encryption(user="geheim", owner="eigenaar"))
    with pytest.raises(IngestError, match="versleutelde PDF"):
        read_document(target)
