"""Tables are search units: a search for a row label, a column header or a caption finds the table's page."""

from search.index.units import unit_text

M25 = "mensenhandelmonitor-2025-regio-rotterdam.pdf"


def test_a_row_label_finds_the_table_and_its_page(corpus_archive):
    tables = corpus_archive.store.conn.execute(
        "SELECT t.id, t.page, t.row_labels FROM tables t JOIN documents d ON d.id = t.doc_id WHERE d.file = ?", (M25,)
    ).fetchall()
    assert tables, "the 2025 monitor has tables"
    hits = corpus_archive.search('"Xarah opvang"', kinds=("table",)).hits
    opvang = next(t for t in tables if "Xarah opvang" in t["row_labels"])
    assert [(h.file, h.page, h.unit) for h in hits] == [(M25, opvang["page"], f"t{opvang['id']}")]
    text, kind = unit_text(corpus_archive.store, hits[0].unit)
    assert kind == "table" and "Xarah opvang" in text and "Seksuele uitbuiting" in text


def test_tables_are_listed_in_plain_searches(corpus_archive):
    kinds = {(h.kind, h.page) for h in corpus_archive.search("Albrandswaard Barendrecht", limit=50).hits}
    assert any(kind == "table" for kind, _ in kinds)


def test_every_stored_table_is_indexed(corpus_archive):
    count = corpus_archive.store.conn.execute("SELECT count(*) FROM tables").fetchone()[0]
    assert corpus_archive.search("uitbuiting", kinds=("table",), limit=100).total <= count
    assert corpus_archive.search("totaal", kinds=("table",), limit=100).total == count  # each has a total row
