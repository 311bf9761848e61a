"""The real inconsistencies of the corpus, found by the checks (on hand-copied figures and tables)."""

import hashlib
import json

import hand_archive as H
import pytest
from click.testing import CliRunner
from webtools import token

from extract.model import DocumentMeta, Extraction, Figure
from ingest import Document, Page
from search import Archive
from search.crosscheck.checks import check_archive
from search.crosscheck.series import series_of
from search.store.db import Store
from web.app import create_app
from web.cli import main


@pytest.fixture(scope="module")
def store():
    store = Store(":memory:")
    H.build(store)
    yield store
    store.close()


@pytest.fixture(scope="module")
def findings(store):
    return check_archive(store)


def of_kind(findings, kind):
    return [f for f in findings if f.kind == kind]


def test_total_row_of_2025_monitor_does_not_add_up(findings):
    totals = {(f.page, f.stated, f.computed) for f in of_kind(findings, "total_mismatch")}
    assert (3, 208, 209) in totals  # 34 + 143 + 11 + 21 = 209, the table says 208
    assert not any(f.stated in (148, 167) for f in of_kind(findings, "total_mismatch"))  # 2023 and 2024 add up


def test_origin_table_totals_with_their_footnotes(findings):
    by_column = {
        f.message.split("|")[1].split(" vermeldt")[0].strip(): f
        for f in of_kind(findings, "total_mismatch")
        if "Herkomstgemeente" in f.message
    }
    assert (by_column["Preventief traject"].stated, by_column["Preventief traject"].computed) == (34, 35)
    assert "samen met gemeente Vlaardingen" in by_column["Preventief traject"].message
    assert (by_column["Seksuele uitbuiting"].stated, by_column["Seksuele uitbuiting"].computed) == (143, 140)
    assert (by_column["Arbeids-uitbuiting"].stated, by_column["Arbeids-uitbuiting"].computed) == (21, 20)
    assert "Criminele uitbuiting" not in by_column  # 10 adds up


def test_conflicts_within_and_across_documents(findings):
    conflicts = of_kind(findings, "conflict")
    criminal = [f for f in conflicts if {e["value"] for e in f.evidence} == {11, 10}]
    assert criminal and "hetzelfde document" in criminal[0].message  # 11 in one table, 10 in two others
    age = [f for f in conflicts if "jonger dan 23" in f.message]
    assert age and {e["file"] for e in age[0].evidence} == {H.M24, H.M25}  # 34% against "een kwart"
    assert len(conflicts) == 2  # nothing else: breakdowns and sub-parts are not conflicts


def test_enumerations(findings):
    enumerations = of_kind(findings, "enumeration_mismatch")
    assert [(f.stated, f.computed) for f in enumerations] == [(113, 102)]  # opvang: 70 + 4 + 11 + 17
    # 139 + "de overige 52" = 191 and the 2024 split of 167 clients (sub-parts in parentheses) add up


def test_norm_of_the_control_team(findings):
    norms = [f for f in of_kind(findings, "norm") if f.page == 11]
    assert [(f.computed, f.met) for f in norms] == [(19, True), (13, True)]
    assert norms[0].file == H.BK


def test_norm_of_the_platform_not_met_in_2025(findings):
    # "minimaal 3x per jaar een overleg met het Regionaal Platform Mensenhandel" against
    # "Zowel de Regionale Tafel als het Platform Mensenhandel kwam tweemaal bijeen" (2025 monitor)
    platform = [f for f in of_kind(findings, "norm") if f.page == 6]
    assert [(f.stated, f.computed, f.met) for f in platform] == [(3, 2, False)]
    assert "niet gehaald" in platform[0].message


def test_norm_not_met_and_revision_instead_of_conflict():
    store = Store(":memory:")
    H.build(store, files=(H.BK, H.M24, H.M25))
    sentence = "In 2026 heeft het RCTM 9 controles uitgevoerd."
    revised = "In 2025 is 195 keer het meldpunt benaderd."  # a later edition revises 2025
    figures = (
        Figure(9, "9", label="controles", year=2026, organisation="RCTM", page=1, sentence=sentence),
        Figure(195, "195 keer", label="meldingen meldpunt", year=2025, organisation="ESSM", page=1, sentence=revised),
    )
    doc = Document("/hand/monitor-2026.pdf", "f" * 64, "pdf", (Page(1, sentence + "\n" + revised),))
    store.save(doc, Extraction(DocumentMeta("Monitor 2026", "monitor", 0.9, "", 2026), figures=figures))
    found = check_archive(store)
    assert [(f.computed, f.met) for f in of_kind(found, "norm") if f.page == 11] == [(19, True), (13, True), (9, False)]
    assert not [f for f in of_kind(found, "conflict") if "meldpunt" in f.message]
    meldpunt = next(s for s in series_of(store) if s.label == "meldingen meldpunt")
    point = meldpunt.points[-1]
    assert (point.year, point.value, [r.value for r in point.revised]) == (2025, 195, [191])


def test_series_over_editions(store):
    by_label = {s.label: s for s in series_of(store)}
    meldpunt = by_label["meldingen meldpunt"]
    assert [(p.year, p.value) for p in meldpunt.points] == [(2023, 130), (2024, 179), (2025, 191)]
    assert [p.source.file for p in meldpunt.points] == [H.M24, H.M24, H.M25]
    comensha = next(s for s in series_of(store) if s.organisation == "CoMensha")
    assert [(p.year, p.value) for p in comensha.points] == [(2019, 1372), (2020, 1031), (2021, 791), (2024, 944)]
    assert all(s.revisions == 0 for s in by_label.values())


@pytest.fixture(scope="module")
def hand_dir(tmp_path_factory):
    directory = tmp_path_factory.mktemp("hand")
    archive = Archive.open(directory)
    H.build(archive.store)
    archive.reconcile()
    archive.close()
    return directory


def test_cli_check_series_and_verify(hand_dir):
    run = lambda *a, **kw: CliRunner().invoke(main, ["--data", str(hand_dir), *a], catch_exceptions=False, **kw)
    out = json.loads(run("check", "--json").output)
    assert {f["kind"] for f in out["findings"]} == {"total_mismatch", "enumeration_mismatch", "conflict", "norm"}
    assert set(out["findings"][0]) >= {"kind", "file", "page", "message", "stated", "computed", "evidence"}
    only = json.loads(run("check", "--kind", "norm", "--json").output)["findings"]
    assert {f["kind"] for f in only} == {"norm"}
    assert "[total_mismatch]" in run("check").output
    series = json.loads(run("series", "--json").output)["series"]
    assert any(s["label"] == "meldingen meldpunt" for s in series)
    result = run("verify", "-", "--json", input="In 2024 waren er 115 slachtoffers van seksuele uitbuiting.")
    assert result.exit_code == 0 and "claims" in json.loads(result.output)
    missing = CliRunner().invoke(main, ["--data", str(hand_dir), "verify", "bestaat-niet.txt"])
    assert missing.exit_code == 2 and "niet gevonden" in missing.output


def test_web_pages_and_json_twins(hand_dir):
    client = create_app({"DATA_DIR": str(hand_dir), "TESTING": True, "VERIFY_MAX_DRAFT": 1000}).test_client()
    page = client.get("/consistentie?soort=conflict").get_data(as_text=True)
    assert "Tegenstrijdige" in page and "208" not in page
    api = client.get(f"/api/consistentie?document={H.BK}").get_json()
    assert api["findings"] and {f["file"] for f in api["findings"]} == {H.BK}
    assert client.get("/api/consistentie?soort=onzin").status_code == 404
    series = client.get("/api/indicatoren").get_json()["series"]
    meldpunt = next(s for s in series if s["label"] == "meldingen meldpunt")
    chart = client.get(f"/indicator/{meldpunt['id']}").get_data(as_text=True)
    assert (
        "<svg" in chart
        and "191" in chart
        and "http" not in chart.split("<svg")[1].split("</svg>")[0].replace("http://www.w3.org", "")
    )
    assert client.get(f"/api/indicator/{meldpunt['id']}").get_json()["points"][0]["year"] == 2023
    assert client.get("/indicator/bestaat-niet").status_code == 404
    assert (
        client.post("/controleer", data={**token(client), "tekst": "In 2024 waren er 115 meldingen."}).status_code
        == 200
    )
    assert client.post("/api/controleer", data=token(client)).status_code == 400
    big = {**token(client), "bestand": (__import__("io").BytesIO(b"x" * 2000), "groot.txt")}
    assert client.post("/api/controleer", data=big, content_type="multipart/form-data").status_code == 413
    stored = Store(hand_dir / "raadslens.sqlite3")
    figure_id = next(r["id"] for r in stored.rows("SELECT id FROM figures WHERE value = 191"))
    stored.close()
    refs = client.get(f"/api/kruisverwijzingen/{figure_id}").get_json()
    assert refs["figure"]["value"] == 191 and refs["series"]
    page = client.get(f"/kruisverwijzingen/{figure_id}").get_data(as_text=True)
    assert "meldingen meldpunt" in page and "/indicator/" in page
    assert client.get("/kruisverwijzingen/999999").status_code == 404
    assert "Controleer" in client.get("/").get_data(as_text=True)


def test_cli_verify_reads_a_pdf_draft(hand_dir, tmp_path):
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "concept.pdf"
    c = canvas.Canvas(str(pdf))
    c.drawString(72, 720, "In 2025 is 191 keer het meldpunt benaderd.")
    c.save()
    result = CliRunner().invoke(main, ["--data", str(hand_dir), "verify", str(pdf), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["file"] == "concept.pdf" and isinstance(out["claims"], list)
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"geen pdf")
    result = CliRunner().invoke(main, ["--data", str(hand_dir), "verify", str(broken)])
    assert result.exit_code == 2 and "kan" in result.output and "niet lezen" in result.output


def _doc(store, name, year, pages):
    """Save a document whose pages are (text, figures) with the figures' sentences in the text."""
    figures, texts = [], []
    for number, (sentences, figs) in enumerate(pages, start=1):
        texts.append(Page(number, "\n".join(sentences)))
        for f in figs:
            figures.append(Figure(page=number, **f))
    doc = Document(f"/hand/{name}", hashlib.sha256(name.encode()).hexdigest(), "text", tuple(texts))
    store.save(doc, Extraction(DocumentMeta(name, "overig", 0.5, "", year), figures=tuple(figures)))


def test_no_false_conflicts_from_breakdowns_addresses_and_generic_words():
    store = Store(":memory:")
    url1 = "https://www.amsterdam.nl/nieuws/nieuws-8-november-2023/ 1/2"
    url2 = "https://www.amsterdam.nl/nieuws/nieuws-8-november-2023/ 2/2"
    date1 = "MORA-1 23-5-2018 Drugsoverlast Vrijdagavond 18-9 waren 2 mannen aanwezig."
    date2 = "MORA-2 23-5-2018 Drugsoverlast Vrijdagavond 18-9 waren 2 mannen aanwezig, opnieuw."
    loc = "In 2022 zijn er 12 locaties onderzocht."
    _doc(
        store,
        "a.txt",
        2023,
        [
            ([url1], [dict(value=1, raw="1", label="nieuws-8-november-2023", year=2023, sentence=url1)]),
            ([url2], [dict(value=2, raw="2", label="nieuws-8-november-2023", year=2023, sentence=url2)]),
            ([date1], [dict(value=18, raw="18", label="drugsoverlast vrijdagavond", year=2018, sentence=date1)]),
            ([date2], [dict(value=9, raw="9", label="drugsoverlast vrijdagavond", year=2018, sentence=date2)]),
            ([loc], [dict(value=12, raw="12", label="locaties", year=2022, sentence=loc)]),
        ],
    )
    other = "In 2022 zijn er 6 locaties onderzocht."
    _doc(store, "b.txt", 2022, [([other], [dict(value=6, raw="6", label="locaties", year=2022, sentence=other)])])
    assert of_kind(check_archive(store), "conflict") == []  # web address, a date "18-9", a one-word label


def test_three_values_for_one_label_are_not_a_conflict():
    store = Store(":memory:")
    for n, value in enumerate((100, 20, 1280)):
        sentence = f"In 2022 gaat het om {value} sekswerkplekken in het erotisch centrum."
        _doc(
            store,
            f"d{n}.txt",
            2022,
            [
                (
                    [sentence],
                    [
                        dict(
                            value=value,
                            raw=str(value),
                            year=2022,
                            label="sekswerkplekken erotisch centrum",
                            sentence=sentence,
                        )
                    ],
                )
            ],
        )
    assert of_kind(check_archive(store), "conflict") == []


def test_archive_wide_results_are_kept_until_a_document_changes_in_any_process(tmp_path):
    from search.store.memo import archive_wide

    path = tmp_path / "raadslens.sqlite3"
    store = Store(path)
    H.build(store, files=(H.BK, H.M24))
    calls = []

    def findings(s):
        calls.append(1)
        return check_archive(s)

    first = archive_wide(store, "findings", findings)
    assert archive_wide(Store(path), "findings", findings) is first and len(calls) == 1  # another connection
    other = Store(path)  # a second process would write through its own connection
    added = H.build(other, files=(H.M25,))
    again = archive_wide(store, "findings", findings)
    assert len(calls) == 2 and again != first  # the 2025 monitor brings findings of its own
    other.remove(added[H.M25])
    assert archive_wide(store, "findings", findings) == first and len(calls) == 3


def test_an_indicator_chart_has_a_titled_y_axis_and_its_points_download_as_csv_and_json(hand_dir):
    """The chart's ticks cover every point and each dot sits at its value on that axis; the CSV
    holds the same points as the page's JSON twin, with source and revisions."""
    import csv
    import io
    import re

    client = create_app({"DATA_DIR": str(hand_dir), "TESTING": True}).test_client()
    series = client.get("/api/indicatoren").get_json()["series"]
    meldpunt = next(s for s in series if s["label"] == "meldingen meldpunt")
    points = client.get(f"/api/indicator/{meldpunt['id']}").get_json()["points"]
    svg = client.get(f"/indicator/{meldpunt['id']}").get_data(as_text=True).split("<svg")[1].split("</svg>")[0]
    grid = [float(y) for y in re.findall(r'<line class="grid" [^>]*y1="([^"]+)"', svg)]
    labels = [float(v) for v in re.findall(r'<text class="tick"[^>]*data-value="([^"]+)"', svg)]
    ticks = list(zip(labels, grid, strict=True))  # each tick label with its gridline
    assert len(ticks) >= 3 and "aantal" in svg and ">Jaar<" in svg
    values = [p["value"] for p in points]
    assert ticks[0][0] <= min(values) and ticks[-1][0] >= max(values)
    (low, y_low), (high, y_high) = ticks[0], ticks[-1]
    for cy, value in re.findall(r'<circle class="dot[^"]*" cx="[^"]+" cy="([^"]+)"[^>]*data-value="([^"]+)"', svg):
        expected = y_low + (float(value) - low) / (high - low) * (y_high - y_low)
        assert abs(float(cy) - expected) < 1.0
    download = client.get(f"/indicator/{meldpunt['id']}.csv")
    assert download.mimetype == "text/csv" and "attachment" in download.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(download.get_data(as_text=True))))
    assert [int(r["jaar"]) for r in rows] == [p["year"] for p in points]
    assert [float(r["waarde"]) for r in rows] == values
    assert all(r["document"] and r["pagina"] and r["eenheid"] == "aantal" for r in rows)
    twin = client.get(f"/api/indicator/{meldpunt['id']}/punten").get_json()
    assert [r["waarde"] for r in twin["rows"]] == [float(r["waarde"]) for r in rows]
    assert set(twin["fields"]) <= set(twin["rows"][0])
    everything = list(csv.DictReader(io.StringIO(client.get("/indicatoren.csv").get_data(as_text=True))))
    assert {r["indicator"] for r in everything} == {s["label"] for s in series}
    assert len(client.get("/api/indicatoren/punten").get_json()["rows"]) == len(everything)
    assert client.get("/indicator/bestaat-niet.csv").status_code == 404
