"""pdfium's private characters never reach the user."""

from conftest import CORPUS

from ingest import read_document


def test_line_end_hyphens_and_symbol_bullets_are_plain_characters():
    text = read_document(CORPUS / "mensenhandelmonitor-2025-regio-rotterdam.pdf").text
    assert "Zuid-Amerikaanse" in text and "RIEC-samenwerkingsverband" in text
    assert "\ufffe" not in text and "\uf0b7" not in text
    assert "• **Seksuele uitbuiting:**" in text
