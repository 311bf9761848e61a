"""Gold figures and non-figures, written by hand from reading the corpus documents.

Pages are the pages of the PDFs in corpus/ (as ``raadslens ingest`` numbers
them).  A gold figure is (file, page, value, label words, year); ``year`` None
means the text gives no year for it.  ``label words`` must all be found (as
a word or the start of one, lemma-tolerant) in the figure's label or its
table row/column labels.  Extra keys: ``unit``, ``qualifier``, ``kind``,
``low``/``high``, ``place``, ``organisation``.

Non-figures are (file, page, context): the context is the page text with the
number that must NOT become a figure between ``[[`` and ``]]``; spaces in the
context match any whitespace.
"""

RV = "raadsvragen-2025-mensenhandel-veiligheid-vrouwen.pdf"
M25 = "mensenhandelmonitor-2025-regio-rotterdam.pdf"
BK = "regionaal-beleidskader-mensenhandel.pdf"


def g(file, page, value, words, year, **extra):
    return {"file": file, "page": page, "value": value, "words": words, "year": year, **extra}


TEXT_GOLD = [
    # Answer to written questions (Rotterdam, 21 May 2025)
    g(RV, 1, 3300, "meldingen huiselijk geweld", 2023, place="Rotterdam"),
    g(RV, 3, 115, "slachtoffers seksuele uitbuiting", 2024),
    g(RV, 3, 26, "preventieve trajecten", 2024),
    g(RV, 3, 13, "slachtoffers arbeidsuitbuiting", 2024),
    g(RV, 3, 13, "slachtoffers criminele uitbuiting", 2024),
    g(RV, 3, 142, "vrouw", 2024),
    g(RV, 3, 18, "slachtoffers man", 2024),
    g(RV, 3, 5, "personen", 2024),
    g(RV, 3, 2, "cliënten", 2024),
    g(RV, 3, 170, "personen", None, qualifier="approx"),
    # Mensenhandelmonitor 2025
    g(M25, 1, 23, "gemeenten", 2025),
    g(M25, 2, 944, "slachtoffers", 2024, organisation="CoMensha"),
    g(M25, 2, 76, "slachtoffers", 2024, kind="change"),
    g(M25, 2, 868, "slachtoffers", 2023, kind="implied"),
    g(M25, 2, 52, "minderjarige slachtoffers", 2024, unit="percent", kind="change"),
    g(M25, 2, 70, "vakantiehuizen", 2024, unit="percent", kind="change"),
    g(M25, 2, 191, "meldpunt", 2025, unit="times", organisation="ESSM"),
    g(M25, 2, 108, "meldingen", 2025, place="Rotterdam"),
    g(M25, 2, 9, "meldingen", 2025),
    g(M25, 2, 14, "meldingen", 2025, place="Zuid-Holland Zuid"),
    g(M25, 2, 6, "meldingen", 2025),
    g(M25, 2, 139, "meldingen", 2025),
    g(M25, 2, 52, "gevallen", 2025),
    g(M25, 2, 191, "contactmomenten", 2025),
    g(M25, 3, 208, "personen", 2025, organisation="ESSM"),
    g(M25, 3, 143, "seksuele uitbuiting", 2025),
    g(M25, 4, 5000, "slachtoffers", None, qualifier="approx", organisation="NRM"),
    g(M25, 4, 0.2, "slachtoffers", None, unit="ratio"),
    g(M25, 4, 0.5, "slachtoffers", None, unit="fraction", qualifier="approx"),
    g(M25, 4, 30, "arbeidsuitbuiting", None, unit="percent"),
    g(M25, 4, 15, "criminele uitbuiting", None, unit="percent"),
    g(M25, 4, 0.25, "slachtoffers", None, unit="fraction"),
    g(M25, 4, 23, "", None, unit="years_of_age"),
    g(M25, 4, 28, "slachtoffers", None, unit="percent"),
    g(M25, 4, 113, "slachtoffers", 2025),
    g(M25, 4, 70, "internationale slachtoffers", 2025),
    g(M25, 4, 4, "rotterdamse slachtoffers", 2025),
    g(M25, 4, 11, "slachtoffers", 2025),
    g(M25, 4, 17, "personen", 2025),
    g(M25, 4, 65, "buitenlandse slachtoffers", 2025),
    g(M25, 5, 34, "onderzoeken", 2025),
    g(M25, 5, 13, "controles", 2025, organisation="RCTM"),
    g(M25, 5, 27, "sekswerkers", 2025),
    g(M25, 5, 4, "personen", 2025),
    g(M25, 5, 23, "gemeenten", 2025),
    g(M25, 5, 30, "mensenhandelzaken", 2025, organisation="OM"),
    g(M25, 5, 28, "verdachten", 2025, organisation="OM"),
    g(M25, 6, 11, "lopende casussen", 2025),
    g(M25, 6, 4, "signalen", 2025),
    g(M25, 6, 5, "casussen", 2025),
    g(M25, 6, 2, "arbeidsuitbuiting", 2025),
    g(M25, 6, 1, "criminele uitbuiting", 2025),
    g(M25, 6, 3, "casussen", 2025),
    g(M25, 6, 1, "casus", 2024),
    g(M25, 6, 5, "", 2025),
    g(M25, 7, 2, "", 2025, unit="times"),
    g(M25, 7, 2, "netwerkbijeenkomsten", 2025, organisation="VAR"),
    g(M25, 7, 23, "gemeenten", 2025),
    g(M25, 8, 5, "omm-bedden", 2025),
    g(M25, 8, 4, "trainingen", 2025),
    g(M25, 8, 40, "professionals", 2025, qualifier="lower_bound"),
    g(M25, 9, 13, "controles", 2025),
    g(M25, 9, 27, "sekswerkers", 2025),
    g(M25, 10, 5, "plekken", 2026, low=4, high=6),
    g(M25, 10, 54, "bewustwordingscampagnes", 2020),
    g(M25, 10, 21, "", None, unit="years_of_age"),
    g(M25, 10, 60, "", None, unit="years_of_age"),
    # Regionaal beleidskader mensenhandel
    g(BK, 1, 32, "gemeenten", 2018),
    g(BK, 1, 150, "", None, unit="years", qualifier="lower_bound"),
    g(BK, 2, 5000, "slachtoffers mensenhandel", 2018, qualifier="approx"),
    g(BK, 3, 500, "slachtoffers", None),
    g(BK, 3, 550, "slachtoffers mensenhandel", None, low=500, high=600, qualifier="approx"),
    g(BK, 3, 1372, "meldingen", 2019, organisation="CoMensha"),
    g(BK, 3, 1031, "meldingen", 2020),
    g(BK, 3, 791, "meldingen", 2021),
    g(BK, 3, 64, "", 2021, unit="percent"),
    g(BK, 3, 4, "slachtoffers seksuele uitbuiting", None, unit="percent"),
    g(BK, 3, 10, "onderzoeken arbeidsuitbuiting", 2020, organisation="NLA"),
    g(BK, 3, 26, "slachtoffers", 2020),
    g(BK, 3, 19, "daders", 2020),
    g(BK, 3, 52, "bestuursrechtelijke onderzoeken", 2020),
    g(BK, 3, 235, "werkenden", 2020),
    g(BK, 3, 59, "werkgevers", 2020),
    g(BK, 3, 7, "", None, unit="days"),
    g(BK, 6, 40, "", None, unit="years_of_age", low=30, high=50),
    g(BK, 6, 4, "niveaus", None),
    g(BK, 6, 1, "", None, unit="times_per_period", qualifier="lower_bound"),
    g(BK, 6, 2, "regionale tafel", None, unit="times_per_period", qualifier="lower_bound"),
    g(BK, 6, 3, "", None, unit="times_per_period", qualifier="lower_bound"),
    g(BK, 8, 1, "", None, unit="times_per_period", qualifier="lower_bound"),
    g(BK, 11, 12, "controle", None, unit="times_per_period", qualifier="lower_bound"),
]

# Figures printed in the PDF's tables (page 3 and 4 of the 2025 monitor).
TABLE_GOLD = [
    g(M25, 3, 120, "seksuele uitbuiting 18+", 2025),
    g(M25, 3, 10, "seksuele uitbuiting 18-", 2024),
    g(M25, 3, 15, "preventief traject 18-", 2023),
    g(M25, 3, 208, "totaal slachtoffers", 2025),
    g(M25, 3, 167, "totaal slachtoffers", 2024),
    g(M25, 3, 148, "totaal slachtoffers", 2023),
    g(M25, 3, 21, "arbeidsuitbuiting", 2025),
    g(M25, 3, 8, "criminele uitbuiting 18+", 2024),
    g(M25, 3, 121, "seksuele uitbuiting", None, place="Rotterdam"),
    g(M25, 3, 23, "preventief traject", None, place="Rotterdam"),
    g(M25, 3, 4, "seksuele uitbuiting", None, place="Dordrecht"),
    g(M25, 3, 10, "totaal criminele uitbuiting", None),
    g(M25, 4, 65, "cosm opvang seksuele uitbuiting", None),
    g(M25, 4, 12, "ambulante hulp arbeids-uitbuiting", None),
    g(M25, 4, 5, "xarah opvang arbeids-uitbuiting", None),
]

NON_FIGURES = [
    (RV, 1, "Telefoon: [[14 010]]"),
    (RV, 1, "Uw kenmerk: [[25bb002418]]"),
    (RV, 1, "Ons kenmerk: M[[2504-854]]"),
    (RV, 1, "Op [[3]] april 2025"),
    (RV, 1, "Op 3 april [[2025]]"),
    (RV, 1, "NPO [[1]],"),
    (RV, 2, "Datum: [[21]] mei 2025"),
    (RV, 3, "Vraag [[1]]:"),
    (RV, 3, "Vraag [[2]]:"),
    (RV, 3, "te voorkomen[[1]]"),
    (RV, 3, "programma [[2]] en"),
    (RV, 3, "mensenhandel [[3]] is opgenomen"),
    (RV, 3, "Over [[2024]] zijn"),
    (RV, 4, "[[2]] Programmastart"),
    (RV, 4, "Rijksoverheid.nl [[3]] Actieplan"),
    (RV, 5, "Vraag [[3]]:"),
    (RV, 5, "vragen [[4]] en 5"),
    (RV, 5, "vragen 4 en [[5]]"),
    (RV, 5, "mensenhandel’ [[4]] ontvangen"),
    (RV, 7, "[[010 – 236 52 56]]"),
    (RV, 7, "van [[8:30]] uur"),
    (RV, 7, "tot [[22:00]] uur"),
    (RV, 7, "[[0800-7000]]"),
    (RV, 7, "[[5]] www.nlarbeidsinspectie.nl"),
    (M25, 1, "[[1]]. Aanleiding"),
    (M25, 1, "Conclusie [[15]]"),
    (M25, 1, "naar 2026 [[16]]"),
    (M25, 2, "op [[18]] oktober"),
    (M25, 2, "pagina [[2]]"),
    (M25, 4, "slachtoffers [[24/7]] kortdurend"),
    (M25, 4, "een B[[8]]-verblijfsvergunning"),
    (M25, 6, "in Q[[4]] 2025"),
    (M25, 6, "RIEC [[2025–2028]]"),
    (M25, 7, "Op [[27]] oktober"),
    (M25, 7, "tot [[1]] juli"),
    (BK, 1, "In [[1863]] werd"),
    (BK, 1, "september [[2017]]"),
    (BK, 2, "artikel [[273]]f Sr"),
    (BK, 2, "Veiligheidsagenda [[2023-2026]]"),
    (BK, 2, "Mensenhandel [[2.0]]"),
    (BK, 2, "tk-bijlage-[[8]]-"),
    (BK, 3, "clubs[[1]]."),
]

# The 2024 monitor as OCR text (shared/seeds/003_…txt, one page: the seed has no page breaks).
# Year None where the sentence gives none: the fallback is the document's year, and this seed's
# title has no year, so extract.metadata guesses it from the most frequent year (a tie today).
SEED_2024 = ("seeds", "003_60b9691f017787cb.txt")
OCR_GOLD = [
    g(SEED_2024, 1, 5000, "slachtoffers", None),
    g(SEED_2024, 1, 34, "slachtoffers", None, unit="percent"),
    g(SEED_2024, 1, 23, "", None, unit="years_of_age"),
    g(SEED_2024, 1, 179, "meldpunt", 2024, unit="times"),
    g(SEED_2024, 1, 130, "meldpunt", 2023, unit="times"),
    g(SEED_2024, 1, 121, "meldingen", 2024, place="Rotterdam"),
    g(SEED_2024, 1, 44, "meldingen", 2024),
    g(SEED_2024, 1, 57, "meldingen", None),
    g(SEED_2024, 1, 18, "gesprekken", None),
    g(SEED_2024, 1, 20, "gesprekken", None),
    g(SEED_2024, 1, 52, "hulpverzoeken", None, unit="times"),
    g(SEED_2024, 1, 167, "cliénten", 2024),
    g(SEED_2024, 1, 115, "cliénten", 2024),
    g(SEED_2024, 1, 8, "informatieve gesprekken", 2024),
    g(SEED_2024, 1, 2, "aangiftes", 2024),
    g(SEED_2024, 1, 11, "casussen", 2024),
    g(SEED_2024, 1, 19, "controles", 2024, organisation="RCTM"),
    g(SEED_2024, 1, 100, "personen", None, qualifier="lower_bound"),
]
OCR_NON_FIGURES = [
    (SEED_2024, 1, "veiligheidsalliantie.nl/document/[[876]]"),
    (SEED_2024, 1, "Op [[7]] oktober 2024"),
    (SEED_2024, 1, "Rond [[18]] oktober"),
    (SEED_2024, 1, "[[1]]. Verbeteren zicht"),
    (SEED_2024, 1, "mensenhandel [[2019 — 2023]]"),
    (SEED_2024, 1, "Poort[[6]]"),
]
