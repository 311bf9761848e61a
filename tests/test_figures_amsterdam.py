"""Non-figures found by hand-checking a seeded sample of Amsterdam figures (see bench/README.md).

Each sentence is taken from a file of ../shared/amsterdam (OCR text); the
number named must not become a figure, while the real figure beside it
(where there is one) still does.
"""

from __future__ import annotations

import pytest

from extract.figures import text_figures
from extract.model import DocumentMeta
from ingest import Page

META = DocumentMeta("t", year=2023)

CASES = [  # (sentence, raw text that is no figure, raw text of a figure in it or "")
    # Woo exemption grounds (article 5.1, lid 2, sub e), often OCR'd without the first point
    (
        "Met vriendelijke groet, 51,2,e Senior projectmanager van het Projectmanagementbureau Gemeente Amsterdam "
        "heeft 12 locaties bekeken.",
        "51,2",
        "12",
    ),
    (
        "Het verzoek gesprek over de overlast is deels openbaar gemaakt op grond van 5.1,2,e van de Woo en "
        "betrof 3 documenten.",
        "5.1,2",
        "3",
    ),
    # a table of contents: motion numbers and page numbers after a dot leader
    ("Motie van de leden Naoum Néhmé en Boomsma inzake aanbevelingen SEO overnemen in de begroting … 22", "22", ""),
    # regulation numbers
    ("Voor e-bikes geldt vanwege Europese verordening 168/2013 het principe van zelfcertificering.", "168", ""),
    # identifiers after a noun: police reports, bridges, areas
    ("Bij de melding van parkeeroverlast was verbalisant 72 aanwezig in de straat.", "72", ""),
    ("Dank voor uw reactie over de werkzaamheden met geluidsoverlast bij brug 117 over de Lijnbaansgracht.", "117", ""),
    ("Het watergebied in shortlistgebied 8 is naar verwachting groter dan de andere 12 gebieden.", "8", "12"),
    # day-month dates in complaint registrations (the day is larger than the month: no range)
    ("Overlast van en door personen of groepen 9-4 werd er aan mijn voordeur met een brievenbus gerommeld.", "9", ""),
    ("Drank- en drugsoverlast Vrijdagavond 18-9 waren 2 Poolse mannen bier aan het drinken.", "18", "2"),
    # reference numbers, paragraphs, scenario and dock numbers, bracketed notes, mid-sentence enumerations
    ("Wij hebben uw verzoek ontvangen. Uw referentiecode 21081", "21081", ""),
    ("Par 6 Vermindering van ramen in het Wallengebied met 30 ramen.", "6", "30"),
    ("Dan resteert een keuze tussen participatiescenario 3 en 4.", "3", ""),
    ("Er is renovatie nodig van de dokdeuren en het dak van Helling 4 en de kades.", "4", ""),
    (
        "Waarschuwing over de staven. [ 471 Bij verlopende normaalkracht wordt de grootste drukkracht genomen.",
        "471",
        "",
    ),
    ("Het gaat dan om 1) een individueel gebouw, 2) een cluster in de vorm van meerdere gebouwen.", "2", ""),
    ("Het is een verzoek zoals bedoeld in artikel 6 (zes) eerste lid van de Wet openbaarheid van bestuur.", "zes", ""),
    ("Dakgoten en boeidelen Multiplex RAL 9001 Dakbedekking volgens de tekeningen.", "9001", ""),
    ("Revisie Project......: 210936 Onderdeel....: doorbraak tussenmuur voorzijde", "210936", ""),
    ("Acht de burgemeester het nuttig het onafhankelijk onderzoek uit te breiden?", "Acht", ""),
    # OCR noise around a number inside a long, otherwise readable sentence (a scanned complaint form)
    (
        "5 STRAK RiSZ \\ mr x 1E BA Melding Toelichting : Overlast van horeca: geluidoverlast (schreeuwende gasten), "
        "wildplassen, en openbaar dronkenschap.",
        "5",
        "",
    ),
    (
        "Geprint door BJ dinsdag, 8 november 2022 12:25 TT À Ò pe % & % ke Û 5 5 as ® 5 , î 5 e ® 9 N 4 = Q 8. aal % "
        "5 or 5 3 5 z % 2 ri Tol Melding Toelichting : Geluidsoverlast van schreeuwende en gillende gasten (grote groep "
        "mensen) die de stoep en fietspad blokkeren.",
        "4",
        "",
    ),
    # number words that count nothing: the verb achten, "in één keer"
    (
        "De politie ziet ook mensenhandel en drugshandel en acht deze locatie zeer kwetsbaar voor vestiging van "
        "een erotisch centrum.",
        "acht",
        "",
    ),
    ("Dat gebeurt niet in één keer, maar in verschillende deelprojecten met 40 woningen.", "één keer", "40"),
]


@pytest.mark.parametrize("sentence,wrong,right", CASES)
def test_amsterdam_non_figure_is_not_a_figure(sentence, wrong, right):
    figures = text_figures((Page(1, sentence),), META)
    raws = [f.raw for f in figures]
    assert not any(wrong in raw for raw in raws), raws
    if right:
        assert any(raw.endswith(right) or raw.startswith(right) for raw in raws), raws


def test_a_real_eight_and_once_still_count():
    """The guards are narrow: "acht locaties" and "één keer per jaar" stay figures."""
    text = "Het college koos acht locaties. Het meldpunt werd één keer per jaar benaderd door de 12 partners."
    values = {f.value for f in text_figures((Page(1, text),), META)}
    assert {8.0, 1.0} <= values


def test_ranges_stay_figures():
    """Only a descending day-month pair is a date: "2-3 jaar" and "20-30 procent" stay ranges."""
    text = "Het duurt 2-3 jaar en we verwachten 20-30 procent minder ongelukken."
    assert {(f.low, f.high) for f in text_figures((Page(1, text),), META)} >= {(2.0, 3.0), (20.0, 30.0)}
