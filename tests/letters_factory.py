"""Council letters in the variations the parser must handle, written as real PDFs with reportlab.

Each letter is a list of lines; ``PAGE`` forces a page break.  Every page
gets a running footer "pagina N" the way council word processors print it.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

PAGE = object()

# "Vraag 1." numbering, no header table, all questions first, an answer running over a page break.
QUESTIONS_FIRST = [
    "Het raadslid A. Bakker (CDA) heeft op 12 maart 2024 schriftelijke vragen gesteld over",
    "de handhaving van deelscooters op stoepen. Hieronder volgen de vragen en de antwoorden.",
    "Vraag 1.",
    "Hoeveel boetes zijn in 2023 uitgeschreven voor deelscooters die op de stoep stonden?",
    "Vraag 2.",
    "Is het college bereid de vergunning van aanbieders in te trekken bij herhaalde overlast?",
    "Vraag 3.",
    "Welke wijken hebben de meeste klachten over geparkeerde deelscooters?",
    "Antwoord op vraag 1:",
    "In 2023 zijn 412 boetes uitgeschreven voor deelscooters die op de stoep stonden.",
    "Antwoord op vraag 2:",
    "Het college kan de vergunning intrekken wanneer een aanbieder de voorwaarden herhaaldelijk",
    "overtreedt. Dat is in 2023 niet gebeurd, omdat de aanbieders na een waarschuwing de",
    PAGE,
    "scooters binnen een dag weghaalden. Wij blijven dit volgen.",
    "Antwoord op vraag 3:",
    "De meeste klachten kwamen uit de wijken Centrum en Oost.",
    "Burgemeester en wethouders van Zandstad,",
    "P. de Wit, burgemeester",
]

# "1." numbering with the answers straight after each question (no "Antwoord:"), with a header table.
NUMBERED_INTERLEAVED = [
    "Gemeente Zandstad",
    "Onderwerp: Beantwoording schriftelijke vragen over eenzaamheid onder ouderen",
    "Portefeuillehouder: J. Jansen",
    "Behandeld door: Team Zorg",
    "Uw kenmerk: 24sv0077",
    "Ons kenmerk: ZS-2024-1188",
    "Datum: 3 juni 2024",
    "Op 2 april 2024 stelde M. Yilmaz (GroenLinks) het college schriftelijke vragen over eenzaamheid",
    "onder ouderen. Het college kan de gestelde vragen als volgt beantwoorden.",
    "1. Hoeveel ouderen in Zandstad voelen zich ernstig eenzaam?",
    "Volgens de gezondheidsmonitor voelt 12 procent van de 75-plussers zich ernstig eenzaam.",
    "2. Welke activiteiten organiseert de gemeente tegen eenzaamheid?",
    "De gemeente financiert huiskamers in elke wijk en een belcirkel met vrijwilligers.",
    "3. Wordt de belcirkel uitgebreid naar de dorpen?",
    "Ja, vanaf september 2024 ook in de dorpen.",
    "4. Komt er een tweede belcirkel in Noord?",
    "Nee",
    "Met vriendelijke groet,",
    "J. Jansen, wethouder Zorg",
]

# Bad numbering: 2 twice, 3 missing, 5 without answer, an answer to a question 9 that is not there.
BROKEN = [
    "Op 5 februari 2025 stelde K. Visser (VVD) het college schriftelijke vragen over straatverlichting.",
    "Vraag 1:",
    "Hoeveel lantaarnpalen zijn defect?",
    "Antwoord:",
    "Er zijn 37 lantaarnpalen defect.",
    "Vraag 2:",
    "Wanneer worden ze gerepareerd?",
    "Antwoord:",
    "Voor de zomer.",
    "Vraag 2:",
    "Wie betaalt de reparatie?",
    "Antwoord:",
    "De gemeente.",
    "Vraag 4:",
    "Komt er led-verlichting?",
    "Antwoord:",
    "Ja, bij elke vervanging.",
    "Vraag 5:",
    "Is er een meldpunt voor defecte lampen?",
    "Antwoord op vraag 9:",
    "Het meldpunt is bereikbaar via de website.",
    "De burgemeester,",
    "R. Smit",
]

LETTERS = {
    "vragen-eerst-deelscooters.pdf": QUESTIONS_FIRST,
    "genummerd-eenzaamheid.pdf": NUMBERED_INTERLEAVED,
    "kapotte-nummering-verlichting.pdf": BROKEN,
}


def write_letter(path: Path, lines: list) -> Path:
    """Write ``lines`` as a PDF, one line per text line, with "pagina N" footers."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setTitle("")
    width, height = A4
    page, y = 1, height - 72
    for line in lines:
        if line is PAGE or y < 90:
            _footer(pdf, page, width)
            pdf.showPage()
            page, y = page + 1, height - 72
            if line is PAGE:
                continue
        for part in textwrap.wrap(line, 95) or [""]:
            pdf.setFont("Helvetica", 10)
            pdf.drawString(72, y, part)
            y -= 14
    _footer(pdf, page, width)
    pdf.save()
    return path


def _footer(pdf, page: int, width: float) -> None:
    pdf.setFont("Helvetica", 8)
    pdf.drawString(width - 120, 40, f"pagina {page}")


def write_all(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {name: write_letter(folder / name, lines) for name, lines in LETTERS.items()}
