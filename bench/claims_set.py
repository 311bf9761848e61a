"""The claims set: numeric claims about the corpus and the Amsterdam archive, with the verdict a clerk expects.

Written by reading the documents (corpus/ and ../shared/amsterdam/), before the matching was tuned:
for each kind of figure (text figures, table cells with their earlier-year columns and subtotals,
the OCR'd 2024 monitor, the 2020 infographic) several phrasings as journalists and clerks write them
(word order, synonyms, organisation named or not, year first or last, numbers in words, rounded with
ruim/bijna/circa, national against regional), altered values, altered years and scopes, and unrelated
numbers that happen to share a value.

Each claim: ``text`` (a draft paragraph, sometimes with a header line), ``value`` (the number of the
claim that is judged, as the report gives it: 52% is 52, "een kwart" 25), ``verdict`` (klopt, klopt
niet, niet te controleren), ``sources`` (file, page) that support or contradict it, ``why`` a note.

The set is split once by a hash of the text (:func:`half`): tune on "tune", report on "test".

    >>> len(CLAIMS) >= 300, {half(c) for c in CLAIMS} == {"tune", "test"}
    (True, True)
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

M25 = "mensenhandelmonitor-2025-regio-rotterdam.pdf"
M24 = "mensenhandelmonitor-2024-regio-rotterdam.pdf"  # a scan: OCR'd
M20 = "mensenhandelmonitor-2020-regio-rotterdam.pdf"  # one infographic page
RV = "raadsvragen-2025-mensenhandel-veiligheid-vrouwen.pdf"
BK = "regionaal-beleidskader-mensenhandel.pdf"

KLOPT, NIET, ONBEKEND = "klopt", "klopt niet", "niet te controleren"


@dataclass(frozen=True)
class ClaimCase:
    text: str
    value: float
    verdict: str
    sources: tuple[tuple[str, int], ...] = ()
    why: str = ""
    archive: str = "corpus"  # or "amsterdam"
    occurrence: int = 0  # which of the draft's numbers with this value is judged (0: the first)

    @property
    def id(self) -> str:
        return hashlib.sha1(f"{self.archive}\n{self.text}\n{self.value:g}".encode()).hexdigest()[:12]


def half(case: ClaimCase) -> str:
    """ "tune" or "test", fixed once by the claim's id (sha1, even/odd)."""
    return "test" if int(case.id, 16) % 2 else "tune"


CLAIMS: list[ClaimCase] = []


def K(text, value, *sources, why="", archive="corpus"):
    CLAIMS.append(ClaimCase(text, value, KLOPT, tuple(sources), why, archive))


def N(text, value, *sources, why="", archive="corpus"):
    CLAIMS.append(ClaimCase(text, value, NIET, tuple(sources), why, archive))


def U(text, value, why="", archive="corpus"):
    CLAIMS.append(ClaimCase(text, value, ONBEKEND, (), why, archive))


# -- 2025 monitor, text: CoMensha national count (p2) ------------------------------
K("In 2024 zijn bij CoMensha 944 slachtoffers van mensenhandel gemeld.", 944, (M25, 2))
K("CoMensha registreerde in 2024 landelijk 944 slachtoffers van mensenhandel.", 944, (M25, 2))
K("Het Coördinatiecentrum tegen Mensenhandel kreeg over 2024 944 meldingen van slachtoffers binnen.", 944, (M25, 2))
K(
    "Landelijk werden vorig jaar 944 slachtoffers van mensenhandel aangemeld bij CoMensha, blijkt uit de jaarcijfers "
    "over 2024.",
    944,
    (M25, 2),
)
K("Volgens CoMensha ging het in 2024 om bijna 950 gemelde slachtoffers.", 950, (M25, 2), why="bijna 950 covers 944")
K("In 2024 meldde CoMensha ruim 900 slachtoffers van mensenhandel in Nederland.", 900, (M25, 2))
K("Het aantal bij CoMensha gemelde slachtoffers steeg in 2024 met 76 ten opzichte van 2023.", 76, (M25, 2))
K("In 2023 registreerde CoMensha 868 slachtoffers van mensenhandel.", 868, (M25, 2), why="944 is +76 over 2023")
N("In 2024 zijn bij CoMensha 994 slachtoffers van mensenhandel gemeld.", 994, (M25, 2))
N("CoMensha registreerde in 2024 landelijk 844 slachtoffers van mensenhandel.", 844, (M25, 2))
N("Het aantal bij CoMensha gemelde slachtoffers steeg in 2024 met 67 ten opzichte van 2023.", 67, (M25, 2))
N("In 2023 registreerde CoMensha 886 slachtoffers van mensenhandel.", 886, (M25, 2), why="944 - 76 = 868")
U("In 2024 heeft het ESSM 944 slachtoffers van mensenhandel geregistreerd.", 944, why="another organisation")
U("In 2022 zijn bij CoMensha 944 slachtoffers van mensenhandel gemeld.", 944, why="no 2022 figure")
U("In 2024 werden in de regio Rotterdam 944 slachtoffers van mensenhandel gemeld.", 944, why="region, not national")
K("Het aantal minderjarige slachtoffers van criminele uitbuiting nam in 2024 landelijk toe met 52%.", 52, (M25, 2))
K("Landelijk steeg het aantal minderjarige slachtoffers met 52 procent.", 52, (M25, 2))
K("Uitbuiting in hotels en vakantiehuizen nam met 70% toe.", 70, (M25, 2))
N("Het aantal minderjarige slachtoffers nam in 2024 landelijk toe met 25%.", 25, (M25, 2))
N("Uitbuiting in hotels en vakantiehuizen nam met 60% toe.", 60, (M25, 2))
U("Het aantal meerderjarige slachtoffers nam in 2024 landelijk toe met 52%.", 52, why="18+ not 18-")

# -- 2025 monitor, text: the ESSM meldpunt (p2) --------------------------------------
K("In 2025 is het meldpunt van het ESSM 191 keer benaderd.", 191, (M25, 2))
K("Het meld- en adviespunt van het ESSM werd in 2025 191 keer benaderd.", 191, (M25, 2))
K("Het ESSM-meldpunt kreeg in 2025 191 meldingen en vragen binnen.", 191, (M25, 2))
K("In 2025 werd het meldpunt honderdeenennegentig keer benaderd.", 191, (M25, 2))
K("Het meldpunt mensenhandel werd in 2025 circa 190 keer benaderd.", 190, (M25, 2))
K("Bijna tweehonderd keer werd in 2025 contact opgenomen met het meldpunt van het ESSM.", 200, (M25, 2))
K("In 2024 is 179 keer het meldpunt benaderd.", 179, (M24, 3))
K("Het meldpunt van het ESSM werd in 2024 179 keer benaderd.", 179, (M24, 3))
K("In 2023 werd het ESSM-meldpunt 130 keer benaderd.", 130, (M24, 3))
K("Het meldpunt werd in 2023 nog 130 keer benaderd, in 2024 al 179 keer.", 130, (M24, 3))
K("Het meldpunt werd in 2023 nog 130 keer benaderd, in 2024 al 179 keer.", 179, (M24, 3))
N("In 2025 is het meldpunt van het ESSM 240 keer benaderd.", 240, (M25, 2))
N("Het meld- en adviespunt van het ESSM werd in 2025 119 keer benaderd.", 119, (M25, 2))
N("In 2024 is het meldpunt van het ESSM 197 keer benaderd.", 197, (M24, 3))
N("In 2024 is het meldpunt van het ESSM 191 keer benaderd.", 191, (M24, 3), why="191 is 2025")
N("Het ESSM-meldpunt werd in 2023 103 keer benaderd.", 103, (M24, 3))
U("In 2021 is het meldpunt van het ESSM 191 keer benaderd.", 191, why="no 2021 figure")
U("Het meldpunt van Fier werd in 2025 191 keer benaderd.", 191, why="another organisation")
K("Van de meldingen bij het ESSM in 2025 hadden er 108 betrekking op de gemeente Rotterdam.", 108, (M25, 2))
K("De meeste meldingen (108) kwamen in 2025 uit de gemeente Rotterdam.", 108, (M25, 2))
K("Uit Zuid-Holland Zuid kwamen in 2025 14 meldingen binnen bij het meldpunt.", 14, (M25, 2))
K("Van de 191 contactmomenten in 2025 hadden 139 meldingen betrekking op mensenhandel.", 139, (M25, 2))
K("In 2025 ging het in 52 gevallen om een algemene vraag of over uitstappen uit sekswerk.", 52, (M25, 2))
N("De meeste meldingen (118) kwamen in 2025 uit de gemeente Rotterdam.", 118, (M25, 2))
N("Van de contactmomenten in 2025 hadden 193 meldingen betrekking op mensenhandel.", 193, (M25, 2))
K("In 2024 hadden 121 meldingen bij het ESSM betrekking op de gemeente Rotterdam.", 121, (M24, 3))
K("44 meldingen waren in 2024 afkomstig uit andere gemeenten binnen de regio Rotterdam.", 44, (M24, 3))
K("In 2024 kwamen 4 meldingen uit een gemeente buiten de regio.", 4, (M24, 3))
N("In 2024 hadden 112 meldingen bij het ESSM betrekking op de gemeente Rotterdam.", 112, (M24, 3))
U("In 2024 hadden 121 meldingen bij de politie betrekking op de gemeente Amsterdam.", 121, why="other place")
K("Door minderjarigen werden in 2024 9 meldingen van seksuele uitbuiting gedaan.", 9, (M24, 3))
K("Meerderjarigen deden in 2024 57 meldingen over seksuele uitbuiting bij het ESSM.", 57, (M24, 3))
K("Informatie- of hulpverzoeken van sekswerkers werden in 2024 52 keer gedaan.", 52, (M24, 5))
K("In 2024 voerde het ESSM preventief 20 gesprekken met minderjarigen.", 20, (M24, 5))
K("Preventief werden in 2024 18 gesprekken gevoerd met meerderjarige personen.", 18, (M24, 5))
N("Informatie- of hulpverzoeken van sekswerkers werden in 2024 25 keer gedaan.", 25, (M24, 5))

# -- 2025 monitor: ESSM hulpverlening table with earlier-year columns (p3) ---------
K("In 2025 zijn binnen het ESSM 208 personen begeleid.", 208, (M25, 3))
K("Het ESSM begeleidde in 2025 in totaal 208 slachtoffers.", 208, (M25, 3))
K("Tweehonderdacht slachtoffers werden in 2025 door het ESSM begeleid.", 208, (M25, 3))
K("Het ESSM hielp in 2025 ruim 200 slachtoffers van mensenhandel.", 200, (M25, 3))
K("In 2024 begeleidde het ESSM 167 slachtoffers van mensenhandel.", 167, (M25, 3), (M24, 6), (M24, 7))
K("Het ESSM heeft in 2024 167 cliënten begeleid.", 167, (M24, 6), (M25, 3), (M24, 7))
K("In 2023 ging het om 148 slachtoffers die het ESSM begeleidde.", 148, (M25, 3))
N("In 2025 zijn binnen het ESSM 280 personen begeleid.", 280, (M25, 3))
N("Het ESSM begeleidde in 2025 in totaal 209 slachtoffers.", 209, (M25, 3))
N("In 2024 begeleidde het ESSM 176 slachtoffers van mensenhandel.", 176, (M25, 3), (M24, 6))
N("In 2023 ging het om 184 slachtoffers die het ESSM begeleidde.", 184, (M25, 3))
N("In 2024 zijn binnen het ESSM 208 personen begeleid.", 208, (M25, 3), why="208 is 2025; 2024 is 167")
U("In 2025 zijn binnen het ESSM 208 vrijwilligers actief geweest.", 208, why="another noun")
U("In 2019 begeleidde het ESSM 208 slachtoffers.", 208, why="no 2019 figure")
K("Het grootste deel van de cliënten was in 2025 slachtoffer van seksuele uitbuiting (143).", 143, (M25, 3))
K("In 2025 hielp het ESSM 143 slachtoffers van seksuele uitbuiting.", 143, (M25, 3), (M25, 4))
K("143 slachtoffers van seksuele uitbuiting werden in 2025 door het ESSM begeleid.", 143, (M25, 3), (M25, 4))
K("In 2024 zijn 115 slachtoffers van seksuele uitbuiting begeleid door het ESSM.", 115, (M25, 3), (RV, 3), (M24, 7))
K("Het ESSM begeleidde 115 slachtoffers van seksuele uitbuiting in 2024.", 115, (M25, 3), (RV, 3), (M24, 7))
K("In 2023 waren er 103 slachtoffers van seksuele uitbuiting in begeleiding bij het ESSM.", 103, (M25, 3))
K("Bij het ESSM waren in 2025 120 meerderjarige slachtoffers van seksuele uitbuiting in beeld.", 120, (M25, 3))
K("In 2025 ging het om 120 slachtoffers van seksuele uitbuiting van 18 jaar of ouder.", 120, (M25, 3))
K("Seksuele uitbuiting 18+: 120 slachtoffers in 2025 (ESSM).", 120, (M25, 3))
K("Het ESSM zag in 2025 23 minderjarige slachtoffers van seksuele uitbuiting.", 23, (M25, 3))
K("In 2024 begeleidde het ESSM 10 minderjarige slachtoffers van seksuele uitbuiting.", 10, (M25, 3))
K("In 2023 hielp het ESSM 20 minderjarige slachtoffers van seksuele uitbuiting.", 20, (M25, 3))
K("In 2024 waren er 105 meerderjarige slachtoffers van seksuele uitbuiting bij het ESSM.", 105, (M25, 3))
K("In 2023 telde het ESSM 83 slachtoffers van seksuele uitbuiting van 18 jaar en ouder.", 83, (M25, 3))
N("In 2025 hielp het ESSM 134 slachtoffers van seksuele uitbuiting.", 134, (M25, 3))
N("In 2024 zijn 120 slachtoffers van seksuele uitbuiting begeleid door het ESSM.", 120, (M25, 3), (RV, 3))
N("Bij het ESSM waren in 2025 102 meerderjarige slachtoffers van seksuele uitbuiting in beeld.", 102, (M25, 3))
N("Het ESSM zag in 2025 32 minderjarige slachtoffers van seksuele uitbuiting.", 32, (M25, 3))
N("In 2024 begeleidde het ESSM 15 minderjarige slachtoffers van seksuele uitbuiting.", 15, (M25, 3))
N("In 2023 waren er 130 slachtoffers van seksuele uitbuiting in begeleiding bij het ESSM.", 130, (M25, 3))
N(
    "In 2023 waren er 115 slachtoffers van seksuele uitbuiting in begeleiding bij het ESSM.",
    115,
    (M25, 3),
    why="115 is 2024; 2023 is 103",
)
U("In 2025 waren er 143 slachtoffers van arbeidsuitbuiting in begeleiding.", 143, why="another form")
U("In 2024 zijn landelijk 115 slachtoffers van seksuele uitbuiting bij CoMensha gemeld.", 115, why="national")
K("Het ESSM hielp in 2025 21 slachtoffers van arbeidsuitbuiting.", 21, (M25, 3), (M25, 4))
K("In 2025 kregen 21 slachtoffers van arbeidsuitbuiting hulp van het ESSM.", 21, (M25, 3), (M25, 4))
K("In 2024 waren er bij het ESSM 13 slachtoffers van arbeidsuitbuiting.", 13, (M25, 3), (RV, 3), (M24, 7))
K("Het ESSM begeleidde in 2023 12 slachtoffers van arbeidsuitbuiting.", 12, (M25, 3))
N("Het ESSM hielp in 2025 12 slachtoffers van arbeidsuitbuiting.", 12, (M25, 3), why="12 is 2023")
N("In 2025 kregen 31 slachtoffers van arbeidsuitbuiting hulp van het ESSM.", 31, (M25, 3))
N("In 2024 waren er bij het ESSM 31 slachtoffers van arbeidsuitbuiting.", 31, (M25, 3), (RV, 3))
K("In 2024 begeleidde het ESSM 13 slachtoffers van criminele uitbuiting.", 13, (M25, 3), (RV, 3), (M24, 7))
K("In 2023 waren er 7 slachtoffers van criminele uitbuiting bij het ESSM.", 7, (M25, 3))
K("In 2025 hielp het ESSM 6 meerderjarige slachtoffers van criminele uitbuiting.", 6, (M25, 3))
K("Het ESSM begeleidde in 2024 5 minderjarige slachtoffers van criminele uitbuiting.", 5, (M25, 3))
K("In 2024 ging het om acht slachtoffers van criminele uitbuiting van 18 jaar of ouder.", 8, (M25, 3))
N("In 2024 begeleidde het ESSM 31 slachtoffers van criminele uitbuiting.", 31, (M25, 3), (RV, 3))
N("In 2023 waren er 9 slachtoffers van criminele uitbuiting bij het ESSM.", 9, (M25, 3))
N("Het ESSM begeleidde in 2024 7 minderjarige slachtoffers van criminele uitbuiting.", 7, (M25, 3))
U(
    "In 2024 meldde CoMensha landelijk 42 minderjarige slachtoffers van criminele uitbuiting.",
    42,
    why="national CoMensha count vs regional ESSM cell",
)
U(
    "In 2024 meldde CoMensha landelijk 5 minderjarige slachtoffers van criminele uitbuiting.",
    5,
    why="national, the ESSM's regional cell is 5 by chance",
)
K("In 2025 zijn 34 preventieve trajecten gestart of doorlopen bij het ESSM.", 34, (M25, 3))
K("Het ESSM had in 2025 23 preventieve trajecten voor minderjarigen.", 23, (M25, 3))
K("In 2024 liepen er bij het ESSM 26 preventieve trajecten.", 26, (M25, 3), (RV, 3), (M24, 7))
K("In 2023 waren er bij het ESSM 26 preventieve trajecten.", 26, (M25, 3))
K("In 2024 had het ESSM 19 preventieve trajecten voor minderjarigen.", 19, (M25, 3))
K("Er liepen in 2023 11 preventieve trajecten voor volwassenen (18+) bij het ESSM.", 11, (M25, 3))
N("In 2025 zijn 43 preventieve trajecten gestart of doorlopen bij het ESSM.", 43, (M25, 3))
N("In 2024 liepen er bij het ESSM 62 preventieve trajecten.", 62, (M25, 3), (RV, 3))
N("Het ESSM had in 2025 32 preventieve trajecten voor minderjarigen.", 32, (M25, 3))
N("In 2024 had het ESSM 9 preventieve trajecten voor minderjarigen.", 9, (M25, 3))

# -- 2025 monitor: herkomstgemeente table (p3), with its total of 10 ---------------
K(
    "Uit de gemeente Rotterdam kwamen in 2025 121 slachtoffers van seksuele uitbuiting die het ESSM hielp.",
    121,
    (M25, 3),
)
K("In 2025 kwamen 18 slachtoffers van arbeidsuitbuiting bij het ESSM uit Rotterdam.", 18, (M25, 3))
K("Vier slachtoffers van seksuele uitbuiting kwamen in 2025 uit Dordrecht.", 4, (M25, 3))
K("In 2025 kwamen 23 preventieve trajecten van het ESSM uit de gemeente Rotterdam.", 23, (M25, 3))
N("In 2025 kwamen 81 slachtoffers van arbeidsuitbuiting bij het ESSM uit Rotterdam.", 81, (M25, 3))
N(
    "Uit de gemeente Rotterdam kwamen in 2025 112 slachtoffers van seksuele uitbuiting die het ESSM hielp.",
    112,
    (M25, 3),
)
U("In 2025 kwamen 121 slachtoffers van seksuele uitbuiting uit de gemeente Utrecht.", 121, why="other place")

# -- 2025 monitor: opvang (p4), text and table ----------------------------------------
K("In 2025 kregen 113 slachtoffers een vorm van tijdelijke opvang.", 113, (M25, 4))
K("Het ESSM bood in 2025 aan 113 slachtoffers tijdelijke opvang.", 113, (M25, 4))
K("In 2025 werden 70 internationale slachtoffers opgevangen in de COSM-opvang.", 70, (M25, 4))
K("17 personen werden in 2025 op het noodbed geplaatst.", 17, (M25, 4))
K("In de Xarah werden in 2025 11 slachtoffers opgevangen.", 11, (M25, 4))
K("In 2025 verbleven 65 buitenlandse slachtoffers van seksuele uitbuiting in de COSM.", 65, (M25, 4))
K("In 2025 kregen 68 slachtoffers van seksuele uitbuiting ambulante hulp van het ESSM.", 68, (M25, 4))
K("Ambulante hulp werd in 2025 aan 12 slachtoffers van arbeidsuitbuiting gegeven.", 12, (M25, 4))
N("In 2025 kregen 131 slachtoffers een vorm van tijdelijke opvang.", 131, (M25, 4))
N(
    "17 personen werden in 2025 op het noodbed geplaatst, zo meldt het ESSM; dat waren er 27.",
    27,
    (M25, 4),
    why="the second number is the altered one",
)
N("In 2025 werden 80 internationale slachtoffers opgevangen in de COSM-opvang.", 80, (M25, 4))
N("In 2025 kregen 86 slachtoffers van seksuele uitbuiting ambulante hulp van het ESSM.", 86, (M25, 4))
U("In 2025 kregen 113 daklozen een vorm van tijdelijke opvang in Rotterdam.", 113, why="another noun")

# -- 2025 monitor: NRM national statements (p4) ---------------------------------------
K(
    "Volgens de Nationaal Rapporteur zijn er in Nederland jaarlijks naar schatting 5.000 slachtoffers van mensenhandel.",
    5000,
    (M25, 4),
    (M24, 1),
    (M24, 2),
    (BK, 2),
)
K(
    "Elk jaar zijn er naar schatting vijfduizend slachtoffers van mensenhandel in ons land.",
    5000,
    (M25, 4),
    (M24, 1),
    (M24, 2),
    (BK, 2),
)
K("Slechts 1 op de 5 slachtoffers komt in beeld bij politie of hulpverlening.", 20, (M25, 4))
K("Slechts één op de vijf slachtoffers van mensenhandel komt in beeld.", 20, (M25, 4))
K("30% van de slachtoffers is slachtoffer van arbeidsuitbuiting, aldus de Nationaal Rapporteur.", 30, (M25, 4))
K("Volgens de NRM is 15% van de slachtoffers slachtoffer van criminele uitbuiting.", 15, (M25, 4))
K("28% van de slachtoffers wordt later opnieuw slachtoffer van mensenhandel of ander geweld.", 28, (M25, 4))
K("Een kwart van de slachtoffers is jonger dan 23 jaar, stelt de Nationaal Rapporteur.", 25, (M25, 4))
N(
    "Volgens de Nationaal Rapporteur zijn er in Nederland jaarlijks naar schatting 6.000 slachtoffers van mensenhandel.",
    6000,
    (M25, 4),
)
N("Volgens de NRM is 25% van de slachtoffers slachtoffer van criminele uitbuiting.", 25, (M25, 4))
N("40% van de slachtoffers is slachtoffer van arbeidsuitbuiting, aldus de Nationaal Rapporteur.", 40, (M25, 4))
N("82% van de slachtoffers wordt later opnieuw slachtoffer van mensenhandel of ander geweld.", 82, (M25, 4))
U("In de regio Rotterdam zijn er jaarlijks 5.000 slachtoffers van mensenhandel.", 5000, why="region, not national")
U("30% van de slachtoffers in Amsterdam is slachtoffer van arbeidsuitbuiting.", 30, why="other place")

# -- 2025 monitor: AVIM, RCTM, OM, RIEC (p5, p6) ------------------------------------
K("In 2025 zijn 30 mensenhandelzaken onderzocht en waren er 28 verdachten.", 30, (M25, 5))
K("In 2025 zijn 30 mensenhandelzaken onderzocht en waren er 28 verdachten.", 28, (M25, 5))
K("Het OM Rotterdam behandelde in 2025 30 mensenhandelzaken tegen 28 verdachten.", 30, (M25, 5))
K("Het OM Rotterdam behandelde in 2025 30 mensenhandelzaken tegen 28 verdachten.", 28, (M25, 5))
K("Er stonden in 2025 achtentwintig verdachten van mensenhandel terecht in Rotterdam.", 28, (M25, 5))
N("In 2025 werden door het OM Rotterdam 38 mensenhandelzaken behandeld.", 38, (M25, 5))
N("Het OM Rotterdam had in 2025 82 verdachten van mensenhandel.", 82, (M25, 5))
U("Landelijk behandelde het OM in 2025 30 mensenhandelzaken.", 30, why="national, not Rotterdam")
K("De AVIM startte in 2025 34 onderzoeken.", 34, (M25, 5))
K("In 2025 werden er door de AVIM 34 onderzoeken naar mensenhandel gestart.", 34, (M25, 5))
N("De AVIM startte in 2025 43 onderzoeken.", 43, (M25, 5))
K("Het RCTM voerde in 2025 13 controles uit.", 13, (M25, 5), (M25, 9))
K("In 2025 heeft het Regionaal Controleteam Mensenhandel dertien controles uitgevoerd.", 13, (M25, 5), (M25, 9))
K("Tijdens de controles van het RCTM in 2025 zijn 27 niet-vergunde sekswerkers aangetroffen.", 27, (M25, 5), (M25, 9))
K("In 2024 heeft het RCTM 19 controles uitgevoerd.", 19, (M24, 11))
K("Het controleteam deed in 2024 negentien controles in de sekswerkbranche.", 19, (M24, 11))
N("Het RCTM voerde in 2025 31 controles uit.", 31, (M25, 5))
N("In 2024 heeft het RCTM 13 controles uitgevoerd.", 13, (M24, 11), why="13 is 2025")
N("Tijdens de controles van het RCTM in 2025 zijn 72 niet-vergunde sekswerkers aangetroffen.", 72, (M25, 5))
N("In 2024 heeft het RCTM 91 controles uitgevoerd.", 91, (M24, 11))
U("De politie Amsterdam voerde in 2025 13 controles uit.", 13, why="another organisation and place")
K("Zowel in 2024 als in 2025 had het RIEC 11 lopende casussen mensenhandel.", 11, (M25, 6), (M24, 8), (M24, 10))
K("Het RIEC had in 2025 elf lopende casussen op het gebied van mensenhandel en -smokkel.", 11, (M25, 6))
K("In 2024 werden binnen het RIEC-samenwerkingsverband 11 casussen gedraaid.", 11, (M24, 8), (M25, 6), (M24, 10))
K("In 2023 had het RIEC 4 casussen mensenhandel.", 4, (M24, 8))
N("Het RIEC had in 2025 twaalf lopende casussen op het gebied van mensenhandel en -smokkel.", 12, (M25, 6))
N("In 2024 werden binnen het RIEC-samenwerkingsverband 14 casussen gedraaid.", 14, (M24, 8), (M25, 6))
K("In 2024 ontving de AVIM 8 informatieve gesprekken en 2 aangiftes van criminele uitbuiting.", 8, (M24, 7))
K("In 2024 ontving de AVIM 8 informatieve gesprekken en 2 aangiftes van criminele uitbuiting.", 2, (M24, 7))
N("In 2024 deed men bij de AVIM 4 aangiftes van criminele uitbuiting.", 4, (M24, 7))

# -- 2025 monitor: other text figures (p7-p10) --------------------------------------
K("Tussen 2020 en 2024 zijn in totaal 54 bewustwordingscampagnes uitgevoerd.", 54, (M25, 10))
K("FairWork heeft in 2025 tijdens vier trainingen meer dan 40 professionals getraind.", 40, (M25, 8))
K("Fier beheerde in 2025 vijf OMM-bedden.", 5, (M25, 8))
N("Tussen 2020 en 2024 zijn in totaal 45 bewustwordingscampagnes uitgevoerd.", 45, (M25, 10))
N("Fier beheerde in 2025 acht OMM-bedden.", 8, (M25, 8))
U("In 2025 zijn 54 fietsen gestolen bij het stadhuis.", 54, why="unrelated")
U("In 2025 organiseerde de gemeente 54 buurtfeesten.", 54, why="unrelated")

# -- 2024 monitor (OCR'd scan) ------------------------------------------------------
K("In 2024 zijn 77 nieuwe trajecten seksuele uitbuiting gestart bij het ESSM.", 77, (M24, 7))
K("Van de 115 cliënten seksuele uitbuiting liepen er 38 door vanuit 2023.", 38, (M24, 7))
K("Bij criminele uitbuiting startte het ESSM in 2024 11 nieuwe trajecten.", 11, (M24, 7))
K("In 2024 werden 19 nieuwe preventieve trajecten gestart.", 19, (M24, 7))
N("In 2024 zijn 70 nieuwe trajecten seksuele uitbuiting gestart bij het ESSM.", 70, (M24, 7))
K("Bij mensenhandel is 34% van de slachtoffers jonger dan 23 jaar.", 34, (M24, 1))
K("Ruim een derde (34%) van de slachtoffers van mensenhandel is jonger dan 23 jaar.", 34, (M24, 1))
U("34% van de Rotterdamse scholieren is jonger dan 16 jaar.", 34, why="unrelated")
K("Van de 11 casussen was de politie in 5 gevallen inbrenger van het signaal.", 5, (M24, 10))
K("In 2 gevallen was een gemeente inbrenger van het signaal bij het RIEC.", 2, (M24, 10))

# -- raadsvragen 2025 (answer letter) ---------------------------------------------
K("Van alle slachtoffers in 2024 waren er 142 vrouw.", 142, (RV, 3))
K("In 2024 waren 18 slachtoffers man.", 18, (RV, 3))
K("Rotterdamse politiemedewerkers hebben zo'n 170 personen geholpen.", 170, (RV, 3))
K("In 2023 werden in Rotterdam 3300 meldingen van huiselijk geweld gedaan.", 3300, (RV, 1))
K("In Rotterdam kwamen in 2023 3.300 meldingen van huiselijk geweld binnen.", 3300, (RV, 1))
N("In 2023 werden in Rotterdam 3800 meldingen van huiselijk geweld gedaan.", 3800, (RV, 1))
N("Van alle slachtoffers in 2024 waren er 124 vrouw.", 124, (RV, 3))
U("In 2023 werden in Amsterdam 3300 meldingen van huiselijk geweld gedaan.", 3300, why="other place")
U("In 2021 werden in Rotterdam 3300 meldingen van huiselijk geweld gedaan.", 3300, why="other year")

# -- beleidskader: CoMensha series 2019-2021 (p3), WODC, NLA ------------------------
K("In 2019 registreerde CoMensha 1372 meldingen van slachtoffers van mensenhandel.", 1372, (BK, 3))
K("CoMensha ontving in 2021 791 meldingen van slachtoffers.", 791, (BK, 3))
K("In 2020 kwamen er bij CoMensha 1031 meldingen van slachtoffers binnen.", 1031, (BK, 3))
K("Het aantal meldingen bij CoMensha daalde van 1.372 in 2019 naar 791 in 2021.", 1372, (BK, 3))
K("Het aantal meldingen bij CoMensha daalde van 1.372 in 2019 naar 791 in 2021.", 791, (BK, 3))
N("In 2019 registreerde CoMensha 1732 meldingen van slachtoffers van mensenhandel.", 1732, (BK, 3))
N("CoMensha ontving in 2021 917 meldingen van slachtoffers.", 917, (BK, 3))
N(
    "In 2020 registreerde CoMensha 1013 meldingen van slachtoffers van mensenhandel.",
    1013,
    (BK, 3),
    why="1013 against 1031: the issue wants it flagged as possibly swapped digits",
)
U("In 2022 registreerde CoMensha 1372 meldingen van slachtoffers.", 1372, why="no 2022 figure")
K(
    "Uit WODC-onderzoek blijkt dat er in Nederland jaarlijks ongeveer 5.000 slachtoffers van mensenhandel zijn.",
    5000,
    (BK, 2),
    (M25, 4),
    (M24, 1),
    (M24, 2),
)
K("Voor de regio Rotterdam gaat men uit van ongeveer 500 tot 600 slachtoffers per jaar.", 500, (BK, 3))
K("Per bestuurlijke regio zouden er 500 slachtoffers per jaar zijn.", 500, (BK, 3))
K("In 2020 en 2021 zijn tien strafrechtelijke onderzoeken naar arbeidsuitbuiting afgerond.", 10, (BK, 3))
K("Bij de onderzoeken naar arbeidsuitbuiting waren 26 slachtoffers en negentien daders betrokken.", 26, (BK, 3))
K("De Arbeidsinspectie rondde 52 bestuursrechtelijke onderzoeken naar ernstige benadeling af.", 52, (BK, 3))
K("Bij de onderzoeken naar ernstige benadeling waren 235 werkenden en 59 werkgevers betrokken.", 235, (BK, 3))
K("Bij de onderzoeken naar ernstige benadeling waren 235 werkenden en 59 werkgevers betrokken.", 59, (BK, 3))
K("Het aandeel slachtoffers van seksuele uitbuiting in minder zichtbare sectoren liep op tot 64% in 2021.", 64, (BK, 3))
N("De Arbeidsinspectie rondde 25 bestuursrechtelijke onderzoeken naar ernstige benadeling af.", 25, (BK, 3))
N("Bij de onderzoeken naar ernstige benadeling waren 253 werkenden betrokken.", 253, (BK, 3))
N("Het aandeel slachtoffers van seksuele uitbuiting in minder zichtbare sectoren liep op tot 46% in 2021.", 46, (BK, 3))
K("Het meld- en adviespunt van het ESSM is 7 dagen per week bereikbaar.", 7, (BK, 3), (BK, 10))

# -- the 2020 infographic --------------------------------------------------------------
K("In 2020 ontving Humanitas 331 meldingen van vermoedens van mensenhandel.", 331, (M20, 1))
K("Bij Humanitas kwamen in 2020 in de regio 331 meldingen binnen van vermoedens van mensenhandel.", 331, (M20, 1))
K(
    "In 2020 gaf men in Rotterdam 92 preventieve voorlichtingen over seksueel overschrijdend gedrag en "
    "jeugdprostitutie.",
    92,
    (M20, 1),
)
N("In 2020 ontving Humanitas 313 meldingen van vermoedens van mensenhandel.", 313, (M20, 1))
N(
    "In 2020 gaf men in Rotterdam 29 preventieve voorlichtingen over seksueel overschrijdend gedrag en "
    "jeugdprostitutie.",
    29,
    (M20, 1),
)
U("In 2020 ontving Humanitas 331 donaties.", 331, why="another noun")

# -- drafts with a header and paragraphs: context stays in its paragraph --------------
K(
    "Concept-antwoord, 12 maart 2026\n\nHet ESSM begeleidde in 2025 208 personen.\n\nLandelijk werden in 2024 bij "
    "CoMensha 944 slachtoffers gemeld.",
    944,
    (M25, 2),
)
K(
    "Concept-antwoord\n\nIn 2025 hielp het ESSM 143 slachtoffers van seksuele uitbuiting. Daarvan waren er 120 "
    "meerderjarig.",
    120,
    (M25, 3),
)
U(
    "Concept-antwoord\n\nIn 2025 hielp het ESSM veel slachtoffers.\n\nEr waren 5 minderjarige slachtoffers van "
    "criminele uitbuiting bij CoMensha.",
    5,
    why="CoMensha is not the ESSM; the year stays in its paragraph",
)
K(
    "Concept-antwoord\n\nHet RCTM deed in 2025 dertien controles. Daarbij werden 27 niet-vergunde sekswerkers "
    "aangetroffen.",
    27,
    (M25, 5),
    (M25, 9),
)
CLAIMS.append(
    ClaimCase(
        "Memo\n\nHet meldpunt werd in 2025 191 keer benaderd.\n\nDe gemeente plaatste 191 nieuwe bankjes.",
        191,
        ONBEKEND,
        why="a bankje is not a melding; the second 191",
        occurrence=1,
    )
)
N(
    "Concept-antwoord\n\nIn 2024 begeleidde het ESSM cliënten in alle vormen van uitbuiting.\nHet ging om 13 "
    "slachtoffers van criminele uitbuiting en 31 slachtoffers van arbeidsuitbuiting.",
    31,
    (M25, 3),
    (RV, 3),
)

# -- unrelated numbers that share a value ------------------------------------------
U("De gemeente Rotterdam telt 23 stadsdelen met een eigen wijkraad.", 23, why="unrelated")
U("In 2025 werden 115 nieuwe bomen geplant aan de Maasboulevard.", 115, why="unrelated")
U("In 2024 reden er 167 bussen op waterstof in de regio.", 167, why="unrelated")
U("De raad vergaderde in 2025 11 keer over de begroting.", 11, why="unrelated")
U("In 2025 zijn 13 nieuwe speeltuinen geopend.", 13, why="unrelated")
U("In 2024 werden 179 parkeerboetes uitgeschreven bij het Centraal Station.", 179, why="unrelated")
U("Er zijn in 2025 30 nieuwe jongerenwerkers aangenomen.", 30, why="unrelated")
U("De bibliotheek leende in 2023 148 e-readers uit.", 148, why="unrelated")
U("In 2025 kregen 21 scholen een nieuw schoolplein.", 21, why="unrelated")
U("Het college beantwoordde in 2024 52 schriftelijke vragen.", 52, why="unrelated")
U("Er werden in 2020 1031 vergunningen voor terrassen verleend.", 1031, why="unrelated")
U("In 2025 werden 34 wijkagenten extra aangesteld.", 34, why="unrelated")
U("In 2024 zijn 26 kilometer fietspad vernieuwd.", 26, why="unrelated")
U("De haven verwerkte in 2024 944 containerschepen per week.", 944, why="unrelated")
U("In 2025 zijn 208 woningen opgeleverd in Rotterdam-Zuid.", 208, why="unrelated")
U("Er deden 70 scholen mee aan de week van de veiligheid.", 70, why="unrelated")
U("In 2024 stonden er 19 windmolens in de Maasvlakte.", 19, why="unrelated")
U("In 2025 bezochten 143 toeristen per dag de Markthal.", 143, why="unrelated")
U("In 2023 waren er 103 aanvragen voor een evenementenvergunning.", 103, why="unrelated")
U("Het stadsbestuur telt 9 wethouders en 45 raadsleden.", 45, why="unrelated")

# -- more phrasings (journalist style, year last, organisation first) -------------------
K("Het ESSM heeft 143 slachtoffers van seksuele uitbuiting geholpen in 2025.", 143, (M25, 3), (M25, 4))
K(
    "Tweehonderdacht mensen kregen hulp van het ESSM in 2025, waarvan 143 na seksuele uitbuiting.",
    143,
    (M25, 3),
    (M25, 4),
)
K(
    "Het aantal slachtoffers dat het ESSM begeleidde steeg van 167 in 2024 naar 208 in 2025.",
    167,
    (M25, 3),
    (M24, 6),
    (M24, 7),
)
K("Het aantal slachtoffers dat het ESSM begeleidde steeg van 167 in 2024 naar 208 in 2025.", 208, (M25, 3))
N("Het aantal slachtoffers dat het ESSM begeleidde steeg van 176 in 2024 naar 208 in 2025.", 176, (M25, 3), (M24, 6))
K("Slachtoffers van arbeidsuitbuiting bij het ESSM: 12 in 2023, 13 in 2024 en 21 in 2025.", 12, (M25, 3))
K("Slachtoffers van arbeidsuitbuiting bij het ESSM: 12 in 2023, 13 in 2024 en 21 in 2025.", 21, (M25, 3), (M25, 4))
N("Slachtoffers van arbeidsuitbuiting bij het ESSM: 12 in 2023, 13 in 2024 en 27 in 2025.", 27, (M25, 3))
K(
    "Bij de Nationaal Rapporteur staat dat ongeveer de helft van de slachtoffers slachtoffer is van seksuele "
    "uitbuiting.",
    50,
    (M25, 4),
)
K("Het meldpunt werd vorig jaar 191 keer benaderd, schrijft de monitor van 2025.", 191, (M25, 2))
K("Vorig jaar (2025) klopten 191 mensen aan bij het meldpunt van het ESSM.", 191, (M25, 2))
K("De OM-afdeling in Rotterdam behandelde dertig mensenhandelzaken in 2025.", 30, (M25, 5))
K("Er werden 13 controles gedaan door het RCTM in 2025.", 13, (M25, 5), (M25, 9))
N("Er werden 15 controles gedaan door het RCTM in 2025.", 15, (M25, 5), (M25, 9))
K("Opvang COSM 2025: 65 slachtoffers van seksuele uitbuiting.", 65, (M25, 4))
K("Totaal slachtoffers ESSM 2023: 148.", 148, (M25, 3))
N("Totaal slachtoffers ESSM 2023: 158.", 158, (M25, 3))

# -- Amsterdam archive -----------------------------------------------------------------
AMS = "amsterdam"
VV = "16 - Raadsinformatiebrief afgeronde onderzoeken verkeersveiligheid en fiets.pdf.ocr"
ZW = "Zo willen we het verkeer in de stad veiliger maken - Gemeente Amsterdam.pdf.ocr"
EB = "3 - space - 09012f9780c6dcfc.pdf.ocr"
EC = "1 - Raadsinformatiebrief Locatie Erotisch Centrum.pdf.ocr"
MC = "13 - Marktconsultatie_Ontwikkeling_Erotisch_Centrum.pdf.ocr"
VE = "19 - Raadsbrief voortgang verkenning Erotisch Centrum.pdf.ocr"
FB = "2 - Beantwoording_sv_IJmker_inzake_Groeiende_populariteit_fatbikes.pdf.ocr"


def KA(text, value, *sources, why=""):
    K(text, value, *sources, why=why, archive=AMS)


def NA(text, value, *sources, why=""):
    N(text, value, *sources, why=why, archive=AMS)


def UA(text, value, why=""):
    U(text, value, why=why, archive=AMS)


KA("In 2022 zijn in Amsterdam 4.845 verkeersslachtoffers behandeld door de ambulancedienst.", 4845, (VV, 1), (ZW, 1))
KA("De RAV behandelde in 2022 in de gemeente Amsterdam 4845 verkeersslachtoffers.", 4845, (VV, 1), (ZW, 1))
KA("Ambulances behandelden in 2022 bijna 4.900 verkeersslachtoffers in Amsterdam.", 4900, (VV, 1), (ZW, 1))
KA("De politie registreerde in 2022 in Amsterdam 1.196 verkeersslachtoffers.", 1196, (VV, 1))
NA("In 2022 zijn in Amsterdam 4.548 verkeersslachtoffers behandeld door de ambulancedienst.", 4548, (VV, 1), (ZW, 1))
NA("De politie registreerde in 2022 in Amsterdam 1.916 verkeersslachtoffers.", 1916, (VV, 1))
UA("In 2022 zijn in Rotterdam 4.845 verkeersslachtoffers behandeld door de ambulancedienst.", 4845, why="other place")
UA("In 2019 zijn in Amsterdam 4.845 verkeersslachtoffers behandeld door de ambulancedienst.", 4845, why="other year")
KA(
    "Naast de verkeersslachtoffers werden 559 slachtoffers van een eenzijdig voetgangersongeval behandeld.",
    559,
    (VV, 2),
)
KA("Bij 2530 ongevallen was een andere verkeersdeelnemer betrokken.", 2530, (VV, 2))
KA("Bij 1492 slachtoffers was een auto de tegenpartij.", 1492, (VV, 2))
KA("Er waren 2315 eenzijdige verkeersongevallen of ongevallen met een obstakel.", 2315, (VV, 2))
NA("Bij 2350 ongevallen was een andere verkeersdeelnemer betrokken.", 2350, (VV, 2))
NA(
    "Naast de verkeersslachtoffers werden 595 slachtoffers van een eenzijdig voetgangersongeval behandeld.",
    595,
    (VV, 2),
)
KA("De helft van de verkeersslachtoffers zat op de fiets (52 procent).", 52, (VV, 2), (ZW, 1))
KA("Van de slachtoffers van een verkeersongeval zat 16 procent in een auto.", 16, (VV, 2), (ZW, 1))
KA("Ongeveer 15% van de verkeersslachtoffers zat op een snorfiets, bromfiets of scooter.", 15, (VV, 2), (ZW, 1))
NA("Van de slachtoffers van een verkeersongeval zat 26 procent in een auto.", 26, (VV, 2), (ZW, 1))
KA(
    "Met 23 camera's op 20 locaties wordt gehandhaafd op de plaats op de weg van brom- en snorfietsen.",
    23,
    (VV, 4),
    (ZW, 2),
)
NA(
    "Met 32 camera's op 20 locaties wordt gehandhaafd op de plaats op de weg van brom- en snorfietsen.",
    32,
    (VV, 4),
    (ZW, 2),
)
KA("Op de rijbaan werden 24812 overtredingen van bromfietsers vastgesteld.", 24812, (VV, 4))
KA("In mei 2023 reed 89 procent van de snorfietsers met een helm op de rijbaan.", 89, (VV, 4), (ZW, 2))
KA("In 2023 gaven fietsers hun rit gemiddeld een 7,3.", 7.3, (VV, 5), (ZW, 2))
NA("In 2023 gaven fietsers hun rit gemiddeld een 6,3.", 6.3, (VV, 5), (ZW, 2))
KA("In 2023 vulden bijna 1.000 fietsers op twintig locaties de enquête in.", 1000, (VV, 5))
KA("80% van de deelnemers aan het onderzoek is voorstander van een maximale snelheid op het fietspad.", 80, (VV, 6))
NA("60% van de deelnemers aan het onderzoek is voorstander van een maximale snelheid op het fietspad.", 60, (VV, 6))
KA("Er is in totaal 25,3 miljoen euro beschikbaar voor de verkeersveiligheidsmaatregelen.", 25.3e6, (ZW, 2))
NA("Er is in totaal 23,5 miljoen euro beschikbaar voor de verkeersveiligheidsmaatregelen.", 23.5e6, (ZW, 2))
KA("Het aantal aangiftes van diefstal van een e-bike steeg in 2020 met 37 procent ten opzichte van 2019.", 37, (EB, 1))
KA("In 2020 werd 18.032 keer aangifte gedaan van e-bikediefstal.", 18032, (EB, 1))
KA("Het aantal aangiftes van bakfietsen steeg van 809 in 2019 naar 1000 in 2020.", 809, (EB, 1))
KA("Het aantal aangiftes van bakfietsen steeg van 809 in 2019 naar 1000 in 2020.", 1000, (EB, 1))
KA("Slechts 14 procent van de slachtoffers van fietsdiefstal doet aangifte.", 14, (EB, 1))
KA("Van fietsen met een track-and-tracesysteem wordt 80 procent teruggevonden.", 80, (EB, 1))
NA("Het aantal aangiftes van diefstal van een e-bike steeg in 2020 met 73 procent ten opzichte van 2019.", 73, (EB, 1))
NA("In 2020 werd 18.302 keer aangifte gedaan van e-bikediefstal.", 18302, (EB, 1))
NA("Het aantal aangiftes van bakfietsen steeg van 890 in 2019 naar 1000 in 2020.", 890, (EB, 1))
UA("In 2020 werd 18.032 keer aangifte gedaan van autodiefstal.", 18032, why="another noun")
KA("Het Erotisch Centrum krijgt circa 100 veilige werkplekken voor sekswerkers.", 100, (EC, 2), (MC, 13), (VE, 3))
KA("Aan de marktconsultatie voor het Erotisch Centrum namen 13 marktpartijen deel.", 13, (EC, 4))
KA("Het manifest tegen het Erotisch Centrum is opgesteld door circa 40 partijen.", 40, (EC, 7))
KA("Het college heeft in februari drie voorkeurslocaties voor het Erotisch Centrum voorgelegd.", 3, (EC, 1), (EC, 3))
KA("Er werd een inpassingsstudie gedaan van veertien kansrijke locaties voor het EC.", 14, (EC, 3))
NA("Aan de marktconsultatie voor het Erotisch Centrum namen 31 marktpartijen deel.", 31, (EC, 4))
NA("Er werd een inpassingsstudie gedaan van vijftien kansrijke locaties voor het EC.", 15, (EC, 3))
KA("Zeven partijen schreven zich via Tenderned in voor de marktconsultatie.", 7, (VE, 2))
KA("Stadsdeel Zuid stelt kleinere EC's voor met maximaal 30 sekswerkplekken.", 30, (EC, 4))
KA("De ILT legde 9 aanbieders van fatbikes een dwangsom op.", 9, (FB, 1))
NA("De ILT legde 19 aanbieders van fatbikes een dwangsom op.", 19, (FB, 1))
UA("In 2023 werden in Amsterdam 9 nieuwe bruggen gebouwd.", 9, why="unrelated")
UA("In 2022 telde Amsterdam 4.845 nieuwe woningen.", 4845, why="unrelated")
UA("Het aantal aangiftes van fietsdiefstal in Utrecht steeg in 2020 met 37 procent.", 37, why="other place")
UA("Er zijn in 2023 559 nieuwe bomen geplant in Amsterdam-Noord.", 559, why="unrelated")

# -- round 3 (2026-12-03, written before its tuning): outside-style sentences ---------------
# As NOS, nu.nl, CoMensha, the Nationaal Rapporteur or a council draft would write them about the
# same facts: other word order and verbs (aangemeld, geregistreerd, in beeld, telde), the
# organisation implicit or spelled out, national against regional, rounded, in words, shares
# as fractions, changes as "meer dan een jaar eerder"; altered values, years and scopes.
K(
    "Bij CoMensha werden in 2024 in totaal 944 mensen aangemeld als mogelijk slachtoffer van mensenhandel.",
    944,
    (M25, 2),
)
K("Het aantal geregistreerde slachtoffers van mensenhandel in Nederland kwam in 2024 uit op 944.", 944, (M25, 2))
K("Negenhonderdvierenveertig slachtoffers van mensenhandel werden in 2024 bij CoMensha gemeld.", 944, (M25, 2))
K(
    "In 2024 kwamen bij het Coördinatiecentrum tegen Mensenhandel circa 940 meldingen van slachtoffers binnen.",
    940,
    (M25, 2),
)
K("In 2024 werden 76 slachtoffers meer bij CoMensha gemeld dan een jaar eerder.", 76, (M25, 2), why="a change")
N(
    "Bij CoMensha werden in 2024 in totaal 949 mensen aangemeld als mogelijk slachtoffer van mensenhandel.",
    949,
    (M25, 2),
)
N("Het aantal bij CoMensha gemelde slachtoffers steeg in 2024 met 86 ten opzichte van 2023.", 86, (M25, 2))
U("Bij de politie Rotterdam werden in 2024 944 slachtoffers van mensenhandel aangemeld.", 944, why="other organisation")
U("In 2025 werden bij CoMensha 944 slachtoffers van mensenhandel gemeld.", 944, why="2025 not yet published")
K("Het aantal minderjarige slachtoffers van criminele uitbuiting groeide in 2024 met 52 procent.", 52, (M25, 2))
K("Volgens de landelijke cijfers nam uitbuiting in hotels en vakantiewoningen met zeventig procent toe.", 70, (M25, 2))
N("Het aantal minderjarige slachtoffers van criminele uitbuiting groeide in 2024 met 62 procent.", 62, (M25, 2))
N("Uitbuiting in hotels en vakantiehuizen nam volgens NRM en EMM met 17% toe.", 17, (M25, 2))

K("Het regionale meld- en adviespunt mensenhandel kreeg in 2025 191 contactmomenten.", 191, (M25, 2))
K("Honderdeenennegentig keer klopte iemand in 2025 aan bij het meldpunt van Humanitas.", 191, (M25, 2))
K("In 2025 werd er ruim 190 keer contact gezocht met het ESSM-meldpunt.", 190, (M25, 2))
K("Het ESSM registreerde in 2025 139 meldingen die over mensenhandel gingen.", 139, (M25, 2))
K("Uit de gemeente Rotterdam kwamen in 2025 108 van de meldingen bij het meldpunt.", 108, (M25, 2))
K("In 2025 kwamen 9 meldingen uit de overige gemeenten in regio Rotterdam-Rijnmond.", 9, (M25, 2))
K("Van 6 meldingen bij het ESSM in 2025 is niet bekend uit welke gemeente ze kwamen.", 6, (M25, 2))
N("Het ESSM registreerde in 2025 149 meldingen die over mensenhandel gingen.", 149, (M25, 2))
N("Uit Zuid-Holland Zuid kwamen in 2025 41 meldingen bij het meldpunt van het ESSM.", 41, (M25, 2))
N("In 2025 werd het meldpunt van het ESSM 181 keer benaderd.", 181, (M25, 2))
U("Het meldpunt van CoMensha werd in 2025 191 keer benaderd.", 191, why="another organisation")
K("In 2024 werd het meldpunt van het ESSM 179 keer benaderd.", 179, (M24, 3))
K("Rotterdam, 4 november 2025\n\nHet meldpunt van het ESSM werd vorig jaar 179 keer benaderd.", 179, (M24, 3))
N("Rotterdam, 4 november 2025\n\nHet meldpunt van het ESSM werd vorig jaar 197 keer benaderd.", 197, (M24, 3))
N("In 2024 werd het ESSM-meldpunt 170 keer benaderd, tegen 130 keer in 2023.", 170, (M24, 3))
K("In 2024 werd het ESSM-meldpunt 179 keer benaderd, tegen 130 keer in 2023.", 130, (M24, 3))

K("Humanitas begeleidde via het ESSM in 2025 208 mensen die slachtoffer waren of ernstig risico liepen.", 208, (M25, 3))
K("Bijna 210 slachtoffers en risicojongeren kregen in 2025 begeleiding van het ESSM.", 210, (M25, 3))
K("Het aantal door het ESSM begeleide slachtoffers groeide van 148 in 2023 naar 208 in 2025.", 148, (M25, 3))
N("Het aantal door het ESSM begeleide slachtoffers groeide van 148 in 2023 naar 218 in 2025.", 218, (M25, 3))
N("In 2025 begeleidde het ESSM 203 personen.", 203, (M25, 3))
U("Landelijk werden in 2025 208 slachtoffers van mensenhandel begeleid.", 208, why="national, not the ESSM")
K(
    "Het merendeel van de cliënten van het ESSM was in 2025 slachtoffer van seksuele uitbuiting: 143 mensen.",
    143,
    (M25, 3),
    (M25, 4),
)
K("In 2025 begeleidde het ESSM 120 volwassen slachtoffers van seksuele uitbuiting.", 120, (M25, 3))
K(
    "Het aantal minderjarige slachtoffers van seksuele uitbuiting bij het ESSM steeg van 10 in 2024 naar 23 in 2025.",
    10,
    (M25, 3),
)
K(
    "Het aantal minderjarige slachtoffers van seksuele uitbuiting bij het ESSM steeg van 10 in 2024 naar 23 in 2025.",
    23,
    (M25, 3),
)
N(
    "Het aantal minderjarige slachtoffers van seksuele uitbuiting bij het ESSM steeg van 10 in 2024 naar 25 in 2025.",
    25,
    (M25, 3),
)
N("In 2025 begeleidde het ESSM 130 volwassen slachtoffers van seksuele uitbuiting.", 130, (M25, 3))
N("Het ESSM had in 2024 125 slachtoffers van seksuele uitbuiting in begeleiding.", 125, (M25, 3), (RV, 3))
U("In 2025 zijn landelijk 143 slachtoffers van seksuele uitbuiting gemeld bij CoMensha.", 143, why="national")
K("Het ESSM hielp in 2025 elf slachtoffers van criminele uitbuiting.", 11, (M25, 3))
K("In 2025 begeleidde het ESSM 21 mensen die slachtoffer waren van arbeidsuitbuiting.", 21, (M25, 3), (M25, 4))
N("Het ESSM hielp in 2025 negentien slachtoffers van criminele uitbuiting.", 19, (M25, 3))
N("In 2025 begeleidde het ESSM 24 mensen die slachtoffer waren van arbeidsuitbuiting.", 24, (M25, 3))
K("Voor 34 jongeren en volwassenen liep in 2025 een preventief traject bij het ESSM.", 34, (M25, 3))
K("In 2025 waren er 11 preventieve trajecten voor meerderjarigen bij het ESSM.", 11, (M25, 3))
N("Voor 36 jongeren en volwassenen liep in 2025 een preventief traject bij het ESSM.", 36, (M25, 3))
K("Van de slachtoffers van seksuele uitbuiting die het ESSM in 2025 hielp, woonden er 121 in Rotterdam.", 121, (M25, 3))
K("Uit Vlaardingen kwamen in 2025 vier slachtoffers van seksuele uitbuiting bij het ESSM.", 4, (M25, 3))
N("In 2025 kwamen 12 slachtoffers van arbeidsuitbuiting bij het ESSM uit Rotterdam.", 12, (M25, 3))
U("Uit Schiedam kwamen in 2025 121 slachtoffers van seksuele uitbuiting.", 121, why="other municipality")

K("Honderddertien slachtoffers kregen in 2025 tijdelijke opvang via het ESSM.", 113, (M25, 4))
K(
    "In 2025 verbleven 70 internationale slachtoffers in de Categorale Opvang voor Slachtoffers van Mensenhandel.",
    70,
    (M25, 4),
)
K("Vier Rotterdamse slachtoffers werden in 2025 opgevangen in de Tosca.", 4, (M25, 4))
K("In 2025 kwamen 17 mensen terecht op het noodbed van het ESSM.", 17, (M25, 4))
N("Honderddertig slachtoffers kregen in 2025 tijdelijke opvang via het ESSM.", 130, (M25, 4))
N("In 2025 kwamen 71 mensen terecht op het noodbed van het ESSM.", 71, (M25, 4))
N("In de Xarah werden in 2025 15 slachtoffers opgevangen.", 15, (M25, 4))
K("In 2025 kregen 9 slachtoffers van criminele uitbuiting ambulante hulp van het ESSM.", 9, (M25, 4))

K(
    "Naar schatting worden in Nederland jaarlijks zo'n 5000 mensen slachtoffer van mensenhandel.",
    5000,
    (M25, 4),
    (M24, 1),
    (M24, 2),
    (BK, 2),
)
K("Slechts een op de vijf slachtoffers van mensenhandel komt in beeld bij politie of hulpverlening.", 20, (M25, 4))
K("Een op de vier slachtoffers van mensenhandel is jonger dan 23 jaar, aldus de Nationaal Rapporteur.", 25, (M25, 4))
K(
    "Bijna drie op de tien slachtoffers worden later opnieuw slachtoffer, stelt de Nationaal Rapporteur.",
    30,
    (M25, 4),
    why="bijna 3 op 10 (30%) covers 28%",
)
K("Drie op de tien slachtoffers van mensenhandel zijn slachtoffer van arbeidsuitbuiting.", 30, (M25, 4))
N("Slechts een op de tien slachtoffers van mensenhandel komt in beeld bij politie of hulpverlening.", 10, (M25, 4))
N("Naar schatting worden in Nederland jaarlijks zo'n 8000 mensen slachtoffer van mensenhandel.", 8000, (M25, 4))
N("Volgens de Nationaal Rapporteur wordt 38% van de slachtoffers later opnieuw slachtoffer.", 38, (M25, 4))
U("In Amsterdam worden jaarlijks zo'n 5000 mensen slachtoffer van mensenhandel.", 5000, why="other place")

K("De zedenpolitie (AVIM) begon in 2025 aan 34 onderzoeken.", 34, (M25, 5))
K("Het OM in Rotterdam behandelde in 2025 dertig zaken van mensenhandel, tegen achtentwintig verdachten.", 30, (M25, 5))
K("In 2025 stonden 28 verdachten centraal in de mensenhandelzaken van het OM Rotterdam.", 28, (M25, 5))
N("Het OM in Rotterdam behandelde in 2025 veertig zaken van mensenhandel.", 40, (M25, 5))
K("Bij de controles van het RCTM werden in 2025 vier slachtoffers van mensenhandel geïdentificeerd.", 4, (M25, 5))
K("Het RCTM trof in 2025 bij dertien controles 27 sekswerkers zonder vergunning aan.", 27, (M25, 5), (M25, 9))
N("Het RCTM trof in 2025 bij dertien controles 37 sekswerkers zonder vergunning aan.", 37, (M25, 5), (M25, 9))
N("Bij de controles van het RCTM werden in 2025 zes slachtoffers van mensenhandel geïdentificeerd.", 6, (M25, 5))
K("In 2025 hadden vijf RIEC-casussen mogelijk betrekking op seksuele uitbuiting.", 5, (M25, 6))
K("Het RIEC telde in 2025 drie casussen over mogelijke mensensmokkel.", 3, (M25, 6))
N("In 2025 hadden zeven RIEC-casussen mogelijk betrekking op seksuele uitbuiting.", 7, (M25, 6))
K("Het RCTM probeerde in 2025 in alle 23 gemeenten van de regio controles uit te voeren.", 23, (M25, 5))
K("Tussen 2020 en 2024 liepen er in totaal 54 campagnes om mensen bewust te maken van mensenhandel.", 54, (M25, 10))

K("CoMensha ontving in 2019 1.372 meldingen van mogelijke slachtoffers.", 1372, (BK, 3))
K("In 2021 was het aantal meldingen bij CoMensha gedaald tot 791.", 791, (BK, 3))
K("In 2020 (1.031) en 2019 (1.372) lag het aantal meldingen bij CoMensha hoger.", 1031, (BK, 3))
N("CoMensha ontving in 2021 719 meldingen van slachtoffers van mensenhandel.", 719, (BK, 3))
N("In 2020 telde CoMensha 1.130 meldingen van slachtoffers.", 1130, (BK, 3))
K("In 2020 en 2021 werden in Nederland tien strafzaken naar arbeidsuitbuiting afgerond, met 19 daders.", 19, (BK, 3))
N("Bij de afgeronde onderzoeken naar arbeidsuitbuiting waren 36 slachtoffers betrokken.", 36, (BK, 3))
K(
    "Van de slachtoffers van seksuele uitbuiting werkte in 2021 maar 4% in raamprostitutie, bordelen of clubs.",
    4,
    (BK, 3),
)

K("In 2024 waren 142 van de slachtoffers die het ESSM hielp vrouw.", 142, (RV, 3))
K("Rotterdam telde in 2023 zo'n 3300 meldingen van huiselijk geweld.", 3300, (RV, 1))
N("Rotterdam telde in 2023 zo'n 3000 meldingen van huiselijk geweld.", 3000, (RV, 1))
K("Humanitas kreeg in 2020 331 meldingen binnen over vermoedens van mensenhandel.", 331, (M20, 1))
N("Humanitas kreeg in 2020 351 meldingen binnen over vermoedens van mensenhandel.", 351, (M20, 1))

U("In 2025 zijn in Rotterdam 191 nieuwe laadpalen geplaatst.", 191, why="unrelated")
U("De gemeente investeerde in 2024 944 duizend euro in sportvelden.", 944000, why="unrelated")
U("In 2025 waren er 143 evenementen op het Binnenrotte-plein.", 143, why="unrelated")
U("In 2023 had Dordrecht 148 openbare laadpunten voor e-bikes.", 148, why="unrelated")

KA("Ruim 4.800 verkeersslachtoffers werden in 2022 in Amsterdam door de ambulance behandeld.", 4800, (VV, 1), (ZW, 1))
KA("In 2022 registreerde de politie bijna 1.200 verkeersslachtoffers in de hoofdstad.", 1200, (VV, 1))
KA("Ruim de helft van de Amsterdamse verkeersslachtoffers (52 procent) was een fietser.", 52, (VV, 2), (ZW, 1))
NA("Ruim de helft van de Amsterdamse verkeersslachtoffers (58 procent) was een fietser.", 58, (VV, 2), (ZW, 1))
KA("Amsterdam handhaaft met 23 camera's op twintig locaties op brom- en snorfietsers.", 23, (VV, 4), (ZW, 2))
KA("Fietsers beoordeelden hun rit in 2023 met gemiddeld een 7,3.", 7.3, (VV, 5), (ZW, 2))
NA("Fietsers beoordeelden hun rit in 2023 met gemiddeld een 8,3.", 8.3, (VV, 5), (ZW, 2))
KA("Voor de maatregelen voor verkeersveiligheid is 25,3 miljoen euro beschikbaar.", 25.3e6, (ZW, 2))
KA("Het aantal aangiftes van e-bikediefstal nam in 2020 met 37 procent toe.", 37, (EB, 1))
KA("De aangiftes van gestolen elektrische bakfietsen stegen met 24 procent.", 24, (EB, 1))
KA("In het vierde kwartaal van 2020 waren er 384 aangiftes van e-bikediefstal uit garages en schuurtjes.", 384, (EB, 1))
KA("Maar 14 procent van de slachtoffers van fietsdiefstal gaat naar de politie om aangifte te doen.", 14, (EB, 1))
NA("De aangiftes van gestolen elektrische bakfietsen stegen met 42 procent.", 42, (EB, 1))
NA("In het vierde kwartaal van 2020 waren er 348 aangiftes van e-bikediefstal uit garages en schuurtjes.", 348, (EB, 1))
NA("Maar 41 procent van de slachtoffers van fietsdiefstal doet aangifte.", 41, (EB, 1))
KA("Dertien marktpartijen deden mee aan de marktconsultatie voor het Erotisch Centrum.", 13, (EC, 4))
KA("Het Erotisch Centrum moet plek bieden aan ongeveer honderd sekswerkers.", 100, (EC, 2), (MC, 13), (VE, 3))
NA("Het Erotisch Centrum moet plek bieden aan ongeveer tweehonderd sekswerkers.", 200, (EC, 2), (MC, 13), (VE, 3))
UA("In Rotterdam werden in 2020 18.032 aangiftes van e-bikediefstal gedaan.", 18032, why="other place")
UA("In 2022 zijn in Amsterdam 4.845 fietsen weggesleept.", 4845, why="unrelated")

# -- round 5 (2026-12-04, written before its tuning): more outside text ----------------------------
# As NOS, nu.nl, a council's news page or a clerk's draft answer would put facts of the corpus and
# the Amsterdam archive not used above: table cells of other rows and years, norms ("minimaal 12x
# per jaar") beside counts, counts by origin, a derived change ("41 meer dan in 2024"), swapped
# digits (1.327 for 1.372, 23 for 32), a value of the other year, national against regional, "ruim /
# bijna / tot", numbers in words and "een op de tien".
K("Zevenenzeventig trajecten voor slachtoffers van seksuele uitbuiting zijn in 2024 nieuw gestart.", 77, (M24, 7))
K("Bij arbeidsuitbuiting liepen in 2024 zes trajecten van het ESSM door uit het jaar ervoor.", 6, (M24, 7))
K("Van de preventieve trajecten van het ESSM in 2024 waren er zeven al in 2023 begonnen.", 7, (M24, 7))
N("Bij arbeidsuitbuiting startten in 2024 negen nieuwe trajecten bij het ESSM.", 9, (M24, 7), why="7 new, 6 continued")
K("Bij 10 meldingen aan het ESSM-meldpunt was in 2024 niet bekend uit welke gemeente de melder kwam.", 10, (M24, 3))
N("Van 16 meldingen aan het meldpunt was in 2024 onbekend uit welke gemeente de melder kwam.", 16, (M24, 3))
K(
    "Meerderjarigen meldden in 2024 tien keer criminele uitbuiting bij het ESSM, minderjarigen vijf keer.",
    10,
    (M24, 5),
)
K(
    "Meerderjarigen meldden in 2024 tien keer criminele uitbuiting bij het ESSM, minderjarigen vijf keer.",
    5,
    (M24, 5),
)
K("Ruim honderd mensen bezochten op 3 oktober 2024 de kennis- en netwerksessie van het RIEC.", 100, (M24, 12))
K("Het aantal RIEC-casussen over mensenhandel steeg van 4 in 2023 naar 11 in 2024.", 4, (M24, 8))
N("Het RIEC draaide in 2023 11 casussen over mensenhandel en -smokkel.", 11, (M24, 8), why="11 is 2024; 2023 was 4")
K("In 2025 meldden de deelnemers van het RIEC-samenwerkingsverband vier nieuwe signalen van mensenhandel.", 4, (M25, 6))
K("Twee RIEC-casussen gingen in 2025 over mogelijke arbeidsuitbuiting.", 2, (M25, 6))
K("Het aantal RIEC-casussen over seksuele uitbuiting steeg van één in 2024 naar vijf in 2025.", 1, (M25, 6))
N("Het aantal RIEC-casussen over seksuele uitbuiting steeg van drie in 2024 naar vijf in 2025.", 3, (M25, 6))
K("Bij de controles van het RCTM werden in 2025 vier mensen als slachtoffer van mensenhandel herkend.", 4, (M25, 5))
K("In de Xarah-opvang verbleven in 2025 zes slachtoffers van seksuele uitbuiting.", 6, (M25, 4))
K("Vijf slachtoffers van arbeidsuitbuiting woonden in 2025 in een Xarah-studio van het ESSM.", 5, (M25, 4))
N("In de Xarah-opvang verbleven in 2025 negen slachtoffers van seksuele uitbuiting.", 9, (M25, 4))
K("Vier slachtoffers van arbeidsuitbuiting werden in 2025 in de COSM opgevangen.", 4, (M25, 4))
K("In 2024 liepen bij het ESSM zeven preventieve trajecten voor volwassenen.", 7, (M25, 3))
N("In 2025 liepen bij het ESSM zeven preventieve trajecten voor volwassenen.", 7, (M25, 3), why="7 is 2024; 2025 is 11")
N(
    "In 2024 begeleidde het ESSM 23 minderjarige slachtoffers van seksuele uitbuiting.",
    23,
    (M25, 3),
    why="23 is 2025; 2024 is 10",
)
K("In 2023 had het ESSM vijftien preventieve trajecten voor minderjarigen.", 15, (M25, 3))
K("Het ESSM begeleidde in 2025 41 slachtoffers meer dan in 2024.", 41, (M25, 3), why="208 - 167, a derived change")
N("Het ESSM begeleidde in 2025 51 slachtoffers meer dan een jaar eerder.", 51, (M25, 3), why="208 - 167 = 41")
K("Drie preventieve trajecten van het ESSM betroffen in 2025 inwoners van Barendrecht.", 3, (M25, 3))
N("Uit Dordrecht kwamen in 2025 zes slachtoffers van seksuele uitbuiting bij het ESSM.", 6, (M25, 3), why="4")
K(
    "Vanaf het tweede kwartaal van 2026 biedt het ESSM 4 tot 6 plekken voor landelijke slachtoffers met "
    "multiproblematiek.",
    4,
    (M25, 10),
)
U("Landelijk liepen er in 2025 34 preventieve trajecten tegen uitbuiting.", 34, why="national; 34 is the ESSM's")
U("In de regio Rotterdam werden in 2024 76 slachtoffers meer gemeld dan in 2023.", 76, why="the +76 is national")
U("Landelijk kregen in 2025 113 slachtoffers van mensenhandel tijdelijke opvang.", 113, why="national; the ESSM's 113")
K("Het aantal bij CoMensha gemelde slachtoffers lag in 2024 76 hoger dan in 2023.", 76, (M25, 2))
K("Volgens CoMensha ging het in 2023 om 868 slachtoffers van mensenhandel.", 868, (M25, 2), why="944 - 76")
N("In 2023 werden landelijk 878 slachtoffers van mensenhandel bij CoMensha gemeld.", 878, (M25, 2), why="868")
K(
    "Toen de Strategische Agenda Mensenhandel in 2018 werd vastgesteld, telde de regio nog 32 gemeenten.",
    32,
    (BK, 1),
)
N(
    "Bij de vaststelling van de Strategische Agenda Mensenhandel in 2018 telde de regio 23 gemeenten.",
    23,
    (BK, 1),
    why="destijds 32; 23 is the count of today",
)
K("Het Regionaal Controleteam moet minimaal twaalf keer per jaar een integrale controle uitvoeren.", 12, (BK, 11))
N("In 2024 voerde het RCTM twaalf controles uit.", 12, (M24, 11), why="19 in 2024; 12 is the yearly minimum, a norm")
K("De Regionale Tafel Mensenhandel komt minstens twee keer per jaar bijeen.", 2, (BK, 6))
N("De Regionale Tafel Mensenhandel komt minimaal vier keer per jaar bijeen.", 4, (BK, 6), why="2x")
K("Het Regionaal Platform Mensenhandel overlegt ten minste drie keer per jaar.", 3, (BK, 6))
K("Bij CoMensha kwamen in 2019 ruim 1.300 meldingen binnen.", 1300, (BK, 3))
N("CoMensha ontving in 2019 1.327 meldingen van mogelijke slachtoffers.", 1327, (BK, 3), why="swapped: 1.372")
K("In 2021 registreerde CoMensha bijna 800 meldingen.", 800, (BK, 3))
N("In 2020 registreerde CoMensha 791 meldingen van slachtoffers.", 791, (BK, 3), why="791 is 2021; 2020 is 1031")
N("In 2021 ontving CoMensha 971 meldingen van slachtoffers van mensenhandel.", 971, (BK, 3), why="swapped: 791")
U("Over 2022 meldde CoMensha 1.031 slachtoffers van mensenhandel.", 1031, why="2022: nog niet bekend")
K("Vijf cliënten van het ESSM identificeerden zich in 2024 als anders, bijvoorbeeld als transpersoon.", 5, (RV, 3))
K("Bij twee cliënten was in 2024 het geslacht niet bekend.", 2, (RV, 3))
N("In 2024 waren 81 van de slachtoffers die het ESSM begeleidde man.", 81, (RV, 3), why="18")
K("In 2020 telde Rotterdam 32.951 seksadvertenties.", 32951, (M20, 1))
N("In 2020 werden in Rotterdam 23.951 seksadvertenties geteld.", 23951, (M20, 1))
K("Van de seksadvertenties in Rotterdam was in 2020 8% hoog risico.", 8, (M20, 1))
N(
    "Concept-antwoord, 3 februari 2026\n\nIn 2025 begeleidde het ESSM 208 slachtoffers.\n\nHet meldpunt van het ESSM "
    "werd vorig jaar 179 keer benaderd.",
    179,
    (M25, 2),
    why="vorig jaar is 2025 (191); 179 is 2024",
)
K("Raadsinformatiebrief, 10 maart 2026\n\nHet RCTM voerde vorig jaar dertien controles uit.", 13, (M25, 5), (M25, 9))
U("In 2024 opende Rotterdam 77 nieuwe speelplekken.", 77, why="unrelated")
U("De gemeente Barendrecht plaatste in 2025 drie nieuwe AED's.", 3, why="unrelated")

BW = "Nieuws uit B en W 8 november 2023 - Gemeente Amsterdam.pdf.ocr"
KM = "30 km_u in de stad - Gemeente Amsterdam.pdf.ocr"
RI = "Raad organiseert inspreekavond Erotisch Centrum - Gemeente Amsterdam.pdf.ocr"
LO = "4 - Raadsinformatiebrief_ondertekend_Uitkomsten locatieonderzoek Erotisch Centrum.pdf.ocr"

KA("De ambulancedienst registreert tot vier keer zoveel verkeersongevallen als de politie.", 4, (VV, 1), (ZW, 1))
NA("De politie registreerde in 2022 in Amsterdam 1.169 verkeersslachtoffers.", 1169, (VV, 1), why="swapped: 1.196")
KA("Ongeveer de helft van de Amsterdamse verkeersslachtoffers in 2022, 2.507 mensen, zat op de fiets.", 2507, (VV, 2))
NA("In 2022 zaten 2.570 Amsterdamse verkeersslachtoffers op de fiets.", 2570, (VV, 2), why="2.507")
KA("Bij 58 procent van de botsingen was een auto de tegenpartij.", 58, (VV, 2))
KA("Minstens een op de tien fietsslachtoffers in Amsterdam reed op een elektrische fiets.", 10, (VV, 2))
KA("Het risico om als fietser te overlijden is ruim acht keer zo hoog als voor inzittenden van een auto.", 8, (VV, 2))
KA("22 procent van de verkeersslachtoffers in Amsterdam was tussen de 35 en 54 jaar oud.", 22, (VV, 2))
NA("Van de Amsterdamse verkeersslachtoffers was 12 procent tussen de 25 en 34 jaar oud.", 12, (VV, 2), why="21%")
KA("E-bikes maken in Amsterdam 20 tot 30 procent van alle fietsen uit.", 20, (VV, 3))
KA("De gemiddelde snelheid op het Amsterdamse fietspad was 19,6 kilometer per uur.", 19.6, (VV, 3))
NA("Gemiddeld reden fietsers op het Amsterdamse fietspad 16,9 kilometer per uur.", 16.9, (VV, 3), why="19,6")
KA("Volgens Rijkswaterstaat reed 35 procent van de e-bikes in de vier grote steden harder dan 25 km/u.", 35, (VV, 3))
KA("E-bikes in de G4 reden gemiddeld 24,2 kilometer per uur, gewone fietsen 21,1.", 24.2, (VV, 3))
NA("E-bikes in de G4 reden gemiddeld 24,2 kilometer per uur, gewone fietsen 12,1.", 12.1, (VV, 3), why="21,1")
KA("In de meetperiode werden 23.343 overtredingen van snorfietsers op de rijbaan vastgesteld.", 23343, (VV, 4))
NA("In de meetperiode werden 23.433 overtredingen van snorfietsers op de rijbaan vastgesteld.", 23433, (VV, 4))
KA("Tegen de boetes voor bromfietsers op de rijbaan werden 156 bezwaren ingediend.", 156, (VV, 4))
NA("Tegen de boetes voor bromfietsers op de rijbaan werden 165 bezwaren ingediend.", 165, (VV, 4))
KA(
    "Het helmgebruik van snorfietsers op de rijbaan steeg van 57 procent in september 2021 naar 89 procent in mei "
    "2023.",
    57,
    (VV, 4),
)
NA(
    "Het helmgebruik van snorfietsers op de rijbaan steeg van 75 procent in september 2021 naar 89 procent in mei "
    "2023.",
    75,
    (VV, 4),
)
KA("De stad zet tien vaste en tien verplaatsbare camera's in tegen brom- en snorfietsen op het fietspad.", 10, (VV, 5))
KA("In 2021 gaven Amsterdamse fietsers hun rit gemiddeld een 7,1.", 7.1, (VV, 5), (ZW, 2))
NA("In 2021 gaven Amsterdamse fietsers hun rit gemiddeld een 7,3.", 7.3, (VV, 5), (ZW, 2), why="7,3 is 2023")
KA("Het gevoel van veiligheid op de fiets daalde van een 7,4 in 2021 naar een 7,1 in 2023.", 7.4, (VV, 5), (ZW, 2))
NA("Het gevoel van veiligheid op de fiets daalde van een 7,4 in 2021 naar een 6,1 in 2023.", 6.1, (VV, 5), (ZW, 2))
KA("Het oordeel over fietsparkeren bij Centraal Station ging van een 5,1 naar een 7,8.", 7.8, (VV, 6), (ZW, 2))
NA("Het oordeel over fietsparkeren bij Centraal Station ging van een 5,1 naar een 8,7.", 8.7, (VV, 6), (ZW, 2))
KA("Fietsers die het zeer druk vonden, gaven hun rit gemiddeld een 6,5.", 6.5, (VV, 6))
KA("Bij Centraal Station gingen begin 2023 twee grote ondergrondse fietsenstallingen open.", 2, (ZW, 2))
KA("Het college verleent 44.565 euro subsidie aan Stichting Black Achievement Month.", 44565, (BW, 1))
NA("Het college verleent 45.565 euro subsidie aan Stichting Black Achievement Month.", 45565, (BW, 1))
KA("Amsterdam trekt 3 miljoen euro uit voor laadvoorzieningen in parkeergarages en fietsenstallingen.", 3e6, (BW, 1))
KA("Voor de vervanging van waterleidingen is een investeringskrediet van 22 miljoen euro vastgesteld.", 22e6, (BW, 2))
NA("Voor de vervanging van waterleidingen is een investeringskrediet van 12 miljoen euro vastgesteld.", 12e6, (BW, 2))
KA("De jaarlijkse indexatie van de parkeervergunningen gaat omhoog naar 5,2 procent.", 5.2, (BW, 1))
NA("De jaarlijkse indexatie van de parkeervergunningen gaat omhoog naar 2,5 procent.", 2.5, (BW, 1))
KA("Het college investeert een miljoen euro in het Westerpark.", 1e6, (BW, 2))
KA("Bij 30 km/u is de overlevingskans van een voetganger bij een botsing met een auto 95 procent.", 95, (KM, 1))
NA("Bij 30 km/u is de overlevingskans van een voetganger bij een botsing met een auto 85 procent.", 85, (KM, 1))
KA("Op de inspreekavond over het Erotisch Centrum was plek voor honderd insprekers.", 100, (RI, 1), (RI, 2))
KA("In 2004 telde Amsterdam 8 miljoen gastenovernachtingen.", 8e6, (EC, 2))
NA("Voor 2024 wordt gerekend op 32 miljoen gastenovernachtingen in Amsterdam.", 32e6, (EC, 2), why="23 miljoen")
KA("De voorlopige shortlist voor het Erotisch Centrum telde acht gebieden.", 8, (LO, 4))
UA("In Rotterdam reed in mei 2023 89 procent van de snorfietsers met een helm.", 89, why="other place")
UA("In 2022 raakten in Utrecht 2.507 fietsers gewond bij een ongeval.", 2507, why="other place")
UA("Het college verleent 44.565 euro subsidie aan de Rotterdamse Pride.", 44565, why="other organisation")
