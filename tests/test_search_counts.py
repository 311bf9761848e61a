"""Search totals are exact, whatever whoosh's top-N shortcuts do."""

from search import ingest_paths


def test_totals_of_or_and_filtered_queries_are_exact(fresh_archive, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(24):  # strong ESSM hits push the weak AVIM ones below the top 5
        word = "ESSM ESSM ESSM meldingen" if i % 3 else "AVIM controle meldingen"
        (folder / f"d{i:02d}.txt").write_text(f"Rapport {i} uit {2020 + i % 4}: {word}.", encoding="utf-8")
    ingest_paths(fresh_archive, [str(folder)])
    assert fresh_archive.search("ESSM", limit=5).total == 16
    assert fresh_archive.search("AVIM", limit=5).total == 8
    assert fresh_archive.search("ESSM OF AVIM", limit=5).total == 24
    assert fresh_archive.search("meldingen -AVIM", limit=5).total == 16
    assert fresh_archive.search("meldingen", year=2021, limit=5).total == 6
    assert fresh_archive.search("meldingen", limit=50).total == 24
