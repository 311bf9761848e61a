"""An archive of corpus figures copied by hand, for the verification and check tests.

Every sentence below is copied from the corpus documents (``../shared/seeds``),
on the page it stands on in the corpus PDF; every Figure is what figure
extraction should produce for it (value, label words, year, organisation,
table row and column).  Tables are copied cell by cell from the 2025 monitor.
This lets the matching, verification and checks run before real figure
extraction lands; ``test_verify_corpus.py`` runs the same checks on the
ingested corpus.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from extract.model import DocumentMeta, Extraction, Figure, Table, TableCell
from ingest import Document, Page

M25 = "mensenhandelmonitor-2025-regio-rotterdam.pdf"
M24 = "mensenhandelmonitor-2024-regio-rotterdam.pdf"
BK = "regionaal-beleidskader-mensenhandel.pdf"
RV = "raadsvragen-2025-mensenhandel-veiligheid-vrouwen.pdf"


@dataclass(frozen=True)
class F:
    """A figure in a sentence: ``raw`` is found in ``sentence`` to set its offsets."""

    page: int
    sentence: str
    raw: str
    value: float
    label: str
    year: int | None
    unit: str = "count"
    qualifier: str = "exact"
    organisation: str = ""
    place: str = ""
    period: str = ""
    low: float | None = None
    high: float | None = None
    nth: int = 0  # which occurrence of raw in the sentence


@dataclass(frozen=True)
class T:
    """A table cell figure."""

    page: int
    row: str
    column: str
    value: float
    label: str
    year: int
    organisation: str = ""
    place: str = ""


ESSM = "ESSM"
OPVANG_TEXT = (
    "Van hen werden 70⁶ internationale slachtoffers opgevangen in de COSM-opvang, 4 Rotterdamse "
    "slachtoffers in de Tosca, 11 slachtoffers in de Xarah en 17 personen op het noodbed geplaatst."
)
SEKSUEEL_2024 = (
    "115 cliénten op het gebied van seksuele uitbuiting (38 doorlopend vanuit 2023, 77 nieuwe trajecten "
    "gestart in 2024)"
)
GENDER_TEXT = (
    "In totaal zijn 18 slachtoffers man, 5 personen identificeren zich als anders (bv transpersoon) en bij "
    "2 cliënten is het geslacht niet geregistreerd."
)
MELDINGEN_ZHZ = "Uit Zuid-Holland Zuid kwamen 14 meldingen en van 6 meldingen is de brongemeente onbekend."
TEXT: dict[str, list[F]] = {
    M25: [
        F(
            2,
            "In dat jaar zijn bij het landelijk coördinatiecentrum tegen mensenhandel (Comensha) 944 slachtoffers "
            "gemeld, een stijging van 76 ten opzichte van 2023.",
            "944",
            944,
            "slachtoffers gemeld",
            2024,
            organisation="CoMensha",
        ),
        F(
            2,
            "In 2025 is 191 keer² het meldpunt benaderd.",
            "191 keer",
            191,
            "meldingen meldpunt",
            2025,
            organisation=ESSM,
        ),
        F(
            2,
            "De meeste meldingen (108) hadden betrekking op gemeente Rotterdam.",
            "108",
            108,
            "meldingen",
            2025,
            place="Rotterdam",
        ),
        F(
            2,
            "Uit de overige gemeenten in regio Rotterdam-Rijnmond werden 9 meldingen gedaan.",
            "9",
            9,
            "meldingen",
            2025,
            place="regio Rotterdam-Rijnmond",
        ),
        F(2, MELDINGEN_ZHZ, "14", 14, "meldingen", 2025, place="Zuid-Holland Zuid"),
        F(2, MELDINGEN_ZHZ, "6", 6, "meldingen brongemeente onbekend", 2025),
        F(
            2,
            "Van het totaal aantal meldingen hadden 139 meldingen betrekking op mensenhandel.",
            "139",
            139,
            "meldingen mensenhandel",
            2025,
        ),
        F(
            2,
            "In de overige 52 gevallen ging het om een algemene vraag of over (uitstappen uit) sekswerk.",
            "52",
            52,
            "gevallen algemene vraag sekswerk",
            2025,
        ),
        F(
            3,
            "In 2025 zijn binnen het ESSM 208 personen begeleid (niet alleen nieuwe instroom 2025) die ofwel "
            "slachtoffer van mensenhandel waren of hiertoe ernstig risico liepen.",
            "208",
            208,
            "personen begeleid",
            2025,
            organisation=ESSM,
        ),
        F(
            3,
            "Uit de hulpverleningscijfers van 2025 blijkt dat het grootste deel van de cliënten slachtoffer was "
            "van seksuele uitbuiting (143).",
            "143",
            143,
            "cliënten seksuele uitbuiting",
            2025,
            organisation=ESSM,
        ),
        F(
            4,
            "In 2025 kregen 113 slachtoffers een vorm van tijdelijke opvang.",
            "113",
            113,
            "slachtoffers tijdelijke opvang",
            2025,
            organisation=ESSM,
        ),
        F(4, OPVANG_TEXT, "70", 70, "internationale slachtoffers COSM-opvang", 2025, organisation=ESSM),
        F(4, OPVANG_TEXT, "4", 4, "rotterdamse slachtoffers Tosca", 2025, organisation=ESSM),
        F(4, OPVANG_TEXT, "11", 11, "slachtoffers Xarah", 2025, organisation=ESSM),
        F(4, OPVANG_TEXT, "17", 17, "personen noodbed", 2025, organisation=ESSM),
        F(
            4,
            "Een kwart van de slachtoffers is jonger dan 23 jaar.",
            "Een kwart",
            0.25,
            "slachtoffers jonger dan 23 jaar",
            2025,
            unit="fraction",
            organisation="NRM",
        ),
        F(
            4,
            "Elk jaar zijn er naar schatting 5.000 slachtoffers in Nederland.",
            "5.000",
            5000,
            "slachtoffers in Nederland",
            2025,
            qualifier="approx",
            organisation="NRM",
            place="Nederland",
        ),
        F(
            5,
            "In 2025 heeft het RCTM 13 controles uitgevoerd op diverse momenten door het jaar heen.",
            "13",
            13,
            "controles",
            2025,
            organisation="RCTM",
        ),
        F(
            7,
            "Zowel de Regionale Tafel als het Platform Mensenhandel kwam tweemaal bijeen; de Regionale Tafel gaf "
            "strategische sturing aan de aanpak van mensenhandel, terwijl het Platform het jaar startte met een "
            "uitgebreide sessie voor de herijking van het actieplan en een inventarisatie binnen de deelnemende "
            "organisaties.",
            "tweemaal",
            2,
            "platform mensenhandel",
            2025,
            unit="times",
        ),
        F(
            5,
            "In 2025 werden 30 mensenhandelzaken van 28 verdachten behandeld.",
            "30",
            30,
            "mensenhandelzaken",
            2025,
            organisation="OM",
        ),
    ],
    M24: [
        F(
            1,
            "Bij mensenhandel is 34% van de slachtoffers jonger dan 23 jaar.",
            "34%",
            34,
            "slachtoffers jonger dan 23 jaar",
            2024,
            unit="percent",
        ),
        F(
            1,
            "Naar schatting zijn er in Nederland 5.000 slachtoffers van mensenhandel waarbij seksuele uitbuiting "
            "het meest voorkomt.",
            "5.000",
            5000,
            "slachtoffers in Nederland",
            2024,
            qualifier="approx",
            place="Nederland",
        ),
        F(
            3,
            "In 2024 is 179 keer het meldpunt benaderd.",
            "179 keer",
            179,
            "meldingen meldpunt",
            2024,
            organisation=ESSM,
        ),
        F(
            3,
            "Dit is een lichte stijging ten opzichte van 2023 (130 keer).",
            "130 keer",
            130,
            "meldingen meldpunt",
            2023,
            organisation=ESSM,
        ),
        F(
            7,
            "Het ESSM heeft in 2024, 167 cliénten begeleid die ofwel slachtoffer waren van mensenhandel ofwel hier "
            "ernstig risico toe liepen.",
            "167",
            167,
            "cliënten begeleid",
            2024,
            organisation=ESSM,
        ),
        F(7, "De 167 cliénten zijn uit te splitsen in:", "167", 167, "cliënten", 2024, organisation=ESSM),
        F(7, SEKSUEEL_2024, "115", 115, "cliënten seksuele uitbuiting", 2024, organisation=ESSM),
        F(7, SEKSUEEL_2024, "38", 38, "cliënten seksuele uitbuiting doorlopend", 2024, organisation=ESSM),
        F(7, SEKSUEEL_2024, "77", 77, "nieuwe trajecten seksuele uitbuiting", 2024, organisation=ESSM),
        F(
            7,
            "13 cliénten op het gebied van criminele uitbuiting (2 doorlopend vanuit 2023, 11 nieuwe trajecten "
            "gestart in 2024)",
            "13",
            13,
            "cliënten criminele uitbuiting",
            2024,
            organisation=ESSM,
        ),
        F(
            7,
            "13 cliénten op het gebied van overige (arbeids-)uitbuiting (6 doorlopend vanuit 2023, 7 nieuwe "
            "trajecten gestart in 2024)",
            "13",
            13,
            "cliënten overige (arbeids-)uitbuiting",
            2024,
            organisation=ESSM,
        ),
        F(
            7,
            "26 trajecten zijn preventief gestart ter voorkoming van enige vorm van uitbuiting (7 doorlopend "
            "vanuit 2023, 19 nieuwe trajecten gestart in 2024)",
            "26",
            26,
            "preventieve trajecten",
            2024,
            organisation=ESSM,
        ),
        F(
            8,
            "In 2024 werden er binnen RIEC-samenwerkingsverband 11 casussen gedraaid, waarbij het thema "
            "mensenhandel en -smokkel van toepassing was.",
            "11",
            11,
            "casussen",
            2024,
            organisation="RIEC",
        ),
        F(
            11,
            "In 2024 heeft het RCTM 19 controles uitgevoerd op diverse dagen en tijden door het jaar heen.",
            "19",
            19,
            "controles",
            2024,
            organisation="RCTM",
        ),
    ],
    BK: [
        F(
            3,
            "Voor de regio Rotterdam betekent dit dat we uitgaan van ongeveer 500 – 600 slachtoffers van "
            "mensenhandel per jaar.",
            "500 – 600",
            500,
            "slachtoffers mensenhandel",
            None,
            low=500,
            high=600,
            place="regio Rotterdam",
            period="per jaar",
        ),
        F(
            6,
            "Op tactisch niveau en ter voorbereiding van de Regionale Tafel Mensenhandel vindt minimaal 3x per jaar "
            "een overleg met het Regionaal Platform Mensenhandel plaats.",
            "minimaal 3x per jaar",
            3,
            "overleg",
            None,
            unit="times_per_period",
            qualifier="lower_bound",
            period="per jaar",
        ),
        F(
            11,
            "Het Regionaal Controleteam voert minimaal 12x per jaar een integrale controle uit.",
            "minimaal 12x per jaar",
            12,
            "integrale controle",
            None,
            unit="times_per_period",
            qualifier="lower_bound",
            organisation="Regionaal Controleteam",
            period="per jaar",
        ),
    ],
    RV: [
        F(
            3,
            "- 115 slachtoffers van seksuele uitbuiting",
            "115",
            115,
            "slachtoffers seksuele uitbuiting",
            2024,
            organisation=ESSM,
        ),
        F(
            3,
            "- 26 preventieve trajecten om uitbuiting te voorkomen1",
            "26",
            26,
            "preventieve trajecten",
            2024,
            organisation=ESSM,
        ),
        F(
            3,
            "- 13 slachtoffers van arbeidsuitbuiting",
            "13",
            13,
            "slachtoffers arbeidsuitbuiting",
            2024,
            organisation=ESSM,
        ),
        F(
            3,
            "- 13 slachtoffers van criminele uitbuiting.",
            "13",
            13,
            "slachtoffers criminele uitbuiting",
            2024,
            organisation=ESSM,
        ),
        F(3, "Van alle slachtoffers is 142 vrouw.", "142", 142, "slachtoffers vrouw", 2024),
        F(3, GENDER_TEXT, "18", 18, "slachtoffers man", 2024),
        F(3, GENDER_TEXT, "5", 5, "personen anders", 2024),
        F(3, GENDER_TEXT, "2", 2, "cliënten geslacht niet geregistreerd", 2024),
    ],
}

# "Hulpverlening naar type uitbuiting en leeftijd" (2025 monitor, p. 3), cell by cell.
HULPVERLENING = (
    ("Preventief traject 18-", "preventief traject 18-", (15, 19, 23)),
    ("Preventief traject 18+", "preventief traject 18+", (11, 7, 11)),
    ("Totaal", "preventief traject", (26, 26, 34)),
    ("Seksuele uitbuiting 18-", "seksuele uitbuiting 18-", (20, 10, 23)),
    ("Seksuele uitbuiting 18+", "seksuele uitbuiting 18+", (83, 105, 120)),
    ("Totaal", "seksuele uitbuiting", (103, 115, 143)),
    ("Criminele uitbuiting 18-", "criminele uitbuiting 18-", (2, 5, 5)),
    ("Criminele uitbuiting 18+", "criminele uitbuiting 18+", (5, 8, 6)),
    ("Totaal", "criminele uitbuiting", (7, 13, 11)),
    ("Arbeidsuitbuiting (alleen 18+)", "arbeidsuitbuiting", (12, 13, 21)),
    ("Totaal slachtoffers", "slachtoffers", (148, 167, 208)),
)
YEARS = ("2023", "2024", "2025")

# "Herkomstgemeente van slachtoffers mensenhandel, per hulpverleningstraject ESSM" (p. 3).
HERKOMST_COLS = ("Preventief traject", "Seksuele uitbuiting", "Criminele uitbuiting", "Arbeids-uitbuiting")
HERKOMST = (
    ("Albrandswaard", "- - - 1"),
    ("Barendrecht", "3 - - -"),
    ("Capelle a/d IJssel", "3 1³ 1 -"),
    ("Dordrecht", "1 4 - -"),
    ("Gorinchem", "1 - - -"),
    ("Hoeksche Waard", "1 1 - -"),
    ("Krimpen a/d IJssel", "- 1 - -"),
    ("Lansingerland", "- 1 - -"),
    ("Molenlanden", "- 1 - -"),
    ("Nissewaard", "- 1 1 -"),
    ("Rotterdam", "23 121 5 18"),
    ("Schiedam", "1⁴ 2 - -"),
    ("Sliedrecht", "- 1⁵ - -"),
    ("Vlaardingen", "1 4 1 -"),
    ("Voorne aan Zee", "- - 1 -"),
    ("Zwijndrecht", "- 1 1 -"),
    ("Buiten regio", "1 1 - -"),
    ("Onbekend", "- - - 1"),
    ("Totaal slachtoffers", "34 143 10 21"),
)

# "Opvang en ambulante hulp" (p. 4).
OPVANG_COLS = ("Seksuele uitbuiting", "Criminele uitbuiting", "Arbeids-uitbuiting")
OPVANG = (
    ("Tosca opvang", "4 0 0"),
    ("Xarah opvang", "6 0 5"),
    ("COSM opvang", "65 1 4"),
    ("Ambulante hulp", "68 9 12"),
    ("Totaal", "143 10 21"),
)

FOOTNOTES_P4 = (
    "³ Deze melding werd samen met gemeente Rotterdam gedaan.\n"
    "⁴ Deze melding werd samen met gemeente Vlaardingen gedaan.\n"
    "⁵ Deze melding werd samen met gemeente Dordrecht gedaan."
)

# CoMensha table of the policy framework (p. 3).
COMENSHA = (("2019", 1372), ("2020", 1031), ("2021", 791))

META = {
    M25: DocumentMeta("Mensenhandelmonitor 2025", "monitor", 0.9, "", 2025, "VAR", "Rotterdam"),
    M24: DocumentMeta("Mensenhandelmonitor 2024", "monitor", 0.9, "", 2024, "VAR", "Rotterdam"),
    BK: DocumentMeta("Regionaal Beleidskader Mensenhandel", "beleidskader", 0.9, "", 2023, "VAR", "Rotterdam"),
    RV: DocumentMeta(
        "Mensenhandel en veiligheid voor vrouwen", "raadsvragen", 0.9, "2025-05-21", 2025, "", "Rotterdam"
    ),
}
N_PAGES = {M25: 11, M24: 15, BK: 15, RV: 7}


def _cells(rows, cols, split=str.split) -> tuple[TableCell, ...]:
    return tuple(
        TableCell(r, c, text, row_label=label, col_label=cols[c])
        for r, (label, values) in enumerate(rows)
        for c, text in enumerate(split(values))
    )


def tables_of(file: str) -> tuple[Table, ...]:
    if file == M25:
        hulp = tuple(
            TableCell(r, c, str(v), row_label=row, col_label=YEARS[c])
            for r, (row, _, values) in enumerate(HULPVERLENING)
            for c, v in enumerate(values)
        )
        return (
            Table(
                3,
                0,
                (YEARS,),
                tuple(r[0] for r in HULPVERLENING),
                hulp,
                caption="Hulpverlening naar type uitbuiting en leeftijd",
            ),
            Table(
                3,
                1,
                (HERKOMST_COLS,),
                tuple(r[0] for r in HERKOMST),
                _cells(HERKOMST, HERKOMST_COLS),
                caption="Herkomstgemeente van slachtoffers mensenhandel, per hulpverleningstraject ESSM",
            ),
            Table(
                4,
                2,
                (OPVANG_COLS,),
                tuple(r[0] for r in OPVANG),
                _cells(OPVANG, OPVANG_COLS),
                caption="Opvang en ambulante hulp",
            ),
        )
    if file == BK:
        cells = tuple(
            TableCell(r, 0, str(v), row_label=year, col_label="Totaal aantal meldingen")
            for r, (year, v) in enumerate(COMENSHA)
        )
        return (
            Table(
                3,
                0,
                (("Totaal aantal meldingen",),),
                tuple(y for y, _ in COMENSHA),
                cells,
                caption="Landelijk aantal meldingen van slachtoffers van mensenhandel CoMensha",
            ),
        )
    return ()


def table_figures(file: str) -> list[Figure]:
    out = []
    if file == M25:
        for row, label, values in HULPVERLENING:
            if row == "Totaal":  # what extraction gives a bare total row: the caption's words
                label = "hulpverlening naar type uitbuiting en leeftijd"
            out += [_cell(3, row, year, v, label, int(year), ESSM, 0) for year, v in zip(YEARS, values)]
        for row, values in (HERKOMST[10], HERKOMST[-1]):
            place = "Rotterdam" if row == "Rotterdam" else ""
            out += [
                _cell(3, row, col, float(v.strip("³⁴⁵")), f"slachtoffers {col}", 2025, ESSM, 1, place)
                for col, v in zip(HERKOMST_COLS, values.split())
                if v != "-"
            ]
        for row, values in (OPVANG[2], OPVANG[-1]):
            out += [
                _cell(
                    4,
                    row,
                    col,
                    float(v),
                    f"slachtoffers {col} {'COSM' if 'COSM' in row else ''}".strip(),
                    2025,
                    ESSM,
                    2,
                )
                for col, v in zip(OPVANG_COLS, values.split())
            ]
    if file == BK:
        out += [
            _cell(
                3, year, "Totaal aantal meldingen", v, "meldingen slachtoffers mensenhandel", int(year), "CoMensha", 0
            )
            for year, v in COMENSHA
        ]
    return out


def _cell(page, row, column, value, label, year, organisation, seq, place="") -> Figure:
    return Figure(
        value=float(value),
        raw=f"{value:g}",
        label=label,
        year=year,
        organisation=organisation,
        place=place,
        page=page,
        source="table",
        row=row,
        column=column,
        table_seq=seq,
        sentence=f"{row} | {column}: {value:g}",
    )


def pages_of(file: str) -> tuple[Page, ...]:
    sentences: dict[int, list[str]] = {}
    for f in TEXT.get(file, []):
        if f.sentence not in sentences.setdefault(f.page, []):
            sentences[f.page].append(f.sentence)
    return tuple(
        Page(n, "\n".join(sentences.get(n, [])), footnotes=FOOTNOTES_P4 if (file, n) == (M25, 4) else "")
        for n in range(1, N_PAGES[file] + 1)
    )


def text_figures(file: str, pages: tuple[Page, ...]) -> list[Figure]:
    out = []
    for f in TEXT.get(file, []):
        text = pages[f.page - 1].text
        at = text.index(f.sentence) + _nth(f.sentence, f.raw, f.nth)
        out.append(
            Figure(
                value=f.value,
                raw=f.raw,
                unit=f.unit,
                qualifier=f.qualifier,
                label=f.label,
                low=f.low,
                high=f.high,
                year=f.year,
                period=f.period,
                place=f.place,
                organisation=f.organisation,
                page=f.page,
                start=at,
                end=at + len(f.raw),
                sentence=f.sentence,
            )
        )
    return out


def _nth(sentence: str, raw: str, nth: int) -> int:
    at = -1
    for _ in range(nth + 1):
        at = sentence.index(raw, at + 1)
        while at > 0 and sentence[at - 1].isdigit():  # "13" in "113"
            at = sentence.index(raw, at + 1)
    return at


def document_of(file: str) -> tuple[Document, Extraction]:
    pages = pages_of(file)
    figures = tuple(text_figures(file, pages) + table_figures(file))
    sha = hashlib.sha256(file.encode()).hexdigest()
    document = Document(f"/hand/{file}", sha, "pdf", pages)
    return document, Extraction(META[file], tables=tables_of(file), figures=figures)


def build(store, files=(M25, M24, BK, RV)) -> dict[str, int]:
    """Save the hand-made documents into a store; returns their ids by file name."""
    return {file: store.save(*document_of(file)) for file in files}
