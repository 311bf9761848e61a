"""The document types councils and their archives publish, and the evidence for each: one table.

Each row is a :class:`DocType`: the key stored with a document, its Dutch
name, and its cues.  A cue is (where, pattern, weight, why): when
``pattern`` is found in that part of the document, ``weight`` counts for the
type and ``why`` (Dutch) with the words found goes into the evidence.  The
places are:

- ``start``: the first 15 lines of the first page (the heading, the letterhead, an e-mail header)
- ``head``: the first two pages;  ``body``: the first ten pages
- ``title``: the title chosen for the document
- ``file``: the file name;  ``folder``: the folders above it (weak: a dossier folder holds every kind of paper)

``extract/doctype.py`` scores the table; add a type or a cue here, never there.

>>> TYPE_NAMES["woo-besluit"], TYPE_NAMES["beantwoording schriftelijke vragen"]
('Woo-besluit', 'Beantwoording schriftelijke vragen')
>>> len(DOCTYPES) == len(TYPE_NAMES) and all(t.cues or t.key == "overig" for t in DOCTYPES)
True
"""
from __future__ import annotations

from dataclasses import dataclass

ANSWER = "beantwoording schriftelijke vragen"
QUESTIONS = "schriftelijke vragen"
OTHER = "overig"
PLACES = ("start", "head", "body", "title", "file", "folder")


@dataclass(frozen=True)
class Cue:
    """Evidence for a type: ``Cue("start", r"^\\s*raadsinformatiebrief", 0.6, "'Raadsinformatiebrief' bovenaan")``."""

    where: str
    pattern: str
    weight: float
    why: str


@dataclass(frozen=True)
class DocType:
    """A document type: the key stored, its Dutch name, its cues."""

    key: str
    name: str
    cues: tuple[Cue, ...] = ()
    kind_of: tuple[str, ...] = ()  # the general types this is a kind of ("brief"): their cues do not compete with it


def _c(where: str, pattern: str, weight: float, why: str) -> Cue:
    assert where in PLACES, where
    return Cue(where, pattern, weight, why)


_EMAIL_FROM = r"^\W{0,3}(?:from|van)\s*:"
DOCTYPES: tuple[DocType, ...] = (
    DocType(ANSWER, "Beantwoording schriftelijke vragen", (
        _c("head", r"beantwoording (?:van )?(?:de )?(?:aanvullende )?schriftelijke vragen", 0.6,
           "'Beantwoording schriftelijke vragen'"),
        _c("body", r"als volgt beantwoorden|vragen en mijn beantwoording|daarop door de regering gegeven antwoorden"
                   r"|beantwoording van deze vragen|hieronder volgen de vragen en", 0.4, "een zin die de beantwoording aankondigt"),
        _c("body", r"^\s*Antwoord(?: op (?:de )?vra(?:ag|gen)[\d en]*| \d+)?\s*(?::|$)", 0.35, "regels 'Antwoord:'"),
        _c("head", r"stelde .{0,120}schriftelijke vragen|schriftelijke vragen ontvangen", 0.3, "'stelde … schriftelijke vragen'"),
        _c("file", r"(?:^|[\W_])(?:beantwoording|antwoord)(?!brief)", 0.25, "de bestandsnaam"),
    ), kind_of=("brief",)),
    DocType(QUESTIONS, "Schriftelijke vragen", (
        _c("start", r"^\W{0,3}schriftelijke vragen\b", 0.45, "'Schriftelijke vragen' als kop"),
        _c("body", r"^\s*Indiener", 0.15, "'Indiener(s)' onder de vragen"),
        _c("head", r"stelt ondergetekende.{0,200}de volgende (?:schriftelijke )?vragen", 0.2,
           "'stelt ondergetekende de volgende vragen'"),
        _c("file", r"(?:^|[\W_])sv(?:[\W_]|$)|schriftelijke.vragen", 0.2, "de bestandsnaam"),
    ), kind_of=("brief",)),
    DocType("raadsinformatiebrief", "Raadsinformatiebrief", (
        _c("start", r"raadsinformatiebrief|^\W{0,3}raadsbrief\b", 0.6, "'Raadsinformatiebrief' bovenaan"),
        _c("head", r"Geachte leden van de (?:gemeente)?raad|^\s*Aan:? de leden van de gemeenteraad", 0.25,
           "de aanhef aan de raad"),
        _c("file", r"raads(?:informatie)?brief", 0.3, "de bestandsnaam"),
    ), kind_of=("brief",)),
    DocType("raadsvoorstel", "Raadsvoorstel", (
        _c("head", r"raadsvoorstel|voorstel aan de (?:gemeente)?raad|^\s*(?:ontwerp)?raadsbesluit\b", 0.5,
           "'raadsvoorstel'/'raadsbesluit'"),
        _c("head", r"^\s*(?:Agendapunt|Registratienummer|Vergaderdatum)\b|\bbesluit(?:en)?\s*:", 0.15, "vergaderkenmerken"),
        _c("file", r"raadsvoorstel", 0.3, "de bestandsnaam"),
    )),
    DocType("besluitenlijst", "Besluitenlijst", (
        _c("start", r"^\W{0,3}(?:besluitenlijst|uitslagenlijst|besluitenlijst en actielijst)\b", 0.8,
           "'Besluitenlijst'/'Uitslagenlijst' als kop"),
        _c("file", r"besluitenlijst|uitslagenlijst", 0.35, "de bestandsnaam"),
    )),
    DocType("motie", "Motie", (
        _c("start", r"^\W{0,3}(?:(?:nr\.\s*\d+\s+)?motie(?: van (?:het lid|de leden))?|aangenomen motie)\b", 0.8,
           "'Motie' als kop"),
        _c("head", r"^\s*(?:constaterende|overwegende),? dat", 0.25, "'constaterende/overwegende dat'"),
        _c("head", r"^\s*verzoekt (?:het college|de regering|de burgemeester)", 0.25, "'verzoekt het college'"),
        _c("file", r"(?:^|[\W_\d])motie", 0.35, "de bestandsnaam"),
    )),
    DocType("amendement", "Amendement", (
        _c("start", r"^\W{0,3}(?:(?:nr\.\s*\d+\s+)?amendement)\b", 0.8, "'Amendement' als kop"),
        _c("head", r"besluit(?:en)?\s+(?:het|de) (?:raads)?(?:voorstel|ontwerpbesluit).{0,60}te wijzigen", 0.3,
           "'besluit het voorstel te wijzigen'"),
        _c("file", r"amendement", 0.35, "de bestandsnaam"),
    )),
    DocType("woo-besluit", "Woo-besluit", (
        _c("head", r"^\W{0,3}(?:onderwerp|betreft)\W{0,3}\s*(?:deel[- ]?)?(?:beslissing|besluit)\b.{0,30}"
                   r"(?:woo|wob|verzoek)", 0.8, "onderwerp 'Beslissing op uw Woo-verzoek'"),
        _c("start", r"\b(?:woo|wob)[- ]?(?:deel)?besluit\b", 0.5, "'Woo-besluit' bovenaan"),
        _c("head", r"met een beroep op de (?:wet open overheid|wet openbaarheid van bestuur)", 0.2,
           "'met een beroep op de Wet open overheid'"),
        _c("file", r"(?:woo|wob)[\W_]{0,2}(?:deel)?besluit", 0.4, "de bestandsnaam"),
    ), kind_of=("brief",)),
    DocType("woo-verzoek", "Woo-verzoek", (
        _c("head", r"^\W{0,3}(?:onderwerp|betreft|inzake)\s*:?\s*(?:het )?(?:woo|wob)[- ]?verzoek", 0.6,
           "onderwerp 'Woo-verzoek'"),
        _c("head", r"verzoek(?:en)? (?:ik|wij) u\b.{0,200}(?:documenten|informatie)|verzoek om informatie"
                   r"|beroep op de (?:wet open overheid|wet openbaarheid van bestuur|woo\b|wob\b)", 0.3,
           "een verzoek om documenten"),
        _c("file", r"^(?!.*(?:^|[\W_\d])(?:re|fw|fwd|mail)[\W_])(?=.*(?:woo|wob)[\W_]{0,2}verzoek)", 0.45,
           "de bestandsnaam"),  # not a reply about one ("RE_Woo_verzoek_...")
    ), kind_of=("brief", "e-mail")),
    DocType("e-mail", "E-mail", (
        _c("start", _EMAIL_FROM + r".{0,200}\n(?:.*\n){0,12}?\W{0,3}(?:sent|verzonden|datum|date)\s*:", 0.7,
           "e-mailkop (Van/Verzonden)"),
        _c("start", r"^\W{0,3}(?:subject|onderwerp)\s*:", 0.3, "'Onderwerp:'/'Subject:' in de kop"),
        _c("start", r"^\W{0,3}(?:to|aan|cc)\s*:", 0.2, "'Aan:' in de kop"),
        _c("file", r"(?:^|[\W_\d])(?:re|fw|fwd|e-?mail|mail)(?:[\W_]|$)", 0.3, "de bestandsnaam"),
    )),
    DocType("brief", "Brief", (
        _c("head", r"^\s*(?:geachte|beste|dear)\s+(?:heer|mevrouw|voorzitter|burgemeester|college|leden|mayor|heer/mevrouw"
                   r"|mevrouw/heer|[A-Z])", 0.25, "een aanhef ('Geachte …')"),
        _c("head", r"^\W{0,3}(?:retouradres|>\s*retouradres)", 0.2, "een retouradres"),
        _c("head", r"^\s*aan de voorzitter van de (?:tweede|eerste) kamer", 0.4, "gericht aan de Kamer"),
        _c("head", r"^\s*(?:datum|ons kenmerk|uw kenmerk|kenmerk)\b", 0.1, "briefkenmerken"),
        _c("body", r"^\s*(?:met vriendelijke groet|hoogachtend|yours sincerely)", 0.1, "een groet"),
        _c("file", r"(?:^|[\W_])(?:brief|kamerbrief|antwoordbrief)(?:[\W_]|$)", 0.3, "de bestandsnaam"),
    )),
    DocType("raadsadres", "Raadsadres", (
        _c("start", r"^\W{0,3}raadsadres\b", 0.8, "'Raadsadres' als kop"),
        _c("file", r"raadsadres", 0.45, "de bestandsnaam"),
        _c("head", r"^\s*geachte (?:gemeente)?raad\b|^\s*geachte raadsleden", 0.2, "aanhef aan de raad"),
    ), kind_of=("brief", "e-mail")),
    DocType("inspreekbijdrage", "Inspreekbijdrage", (
        _c("start", r"inspreek(?:reactie|bijdrage|tekst)", 0.6, "'inspreekbijdrage'"),
        _c("file", r"inspreek|schriftelijke.reactie", 0.45, "de bestandsnaam"),
    )),
    DocType("nieuwsbericht", "Nieuwsbericht", (
        _c("start", r"^\W{0,3}home\s*>", 0.5, "een webpagina ('Home >')"),
        _c("start", r"\b(?:nieuws|persbericht(?:en)?)\b", 0.25, "'Nieuws'/'Persbericht'"),
        _c("file", r" - (?:gemeente|kalender) [A-Z]", 0.3, "de bestandsnaam van een webpagina"),
        _c("file", r"(?:^|[\W_\d])(?:pb|persbericht)(?:[\W_]|$)", 0.5, "de bestandsnaam (persbericht)"),
    )),
    DocType("agenda", "Agenda", (
        _c("start", r"^\W{0,3}(?:concept[- ])?agenda\b(?! ?\d{4}\b)", 0.6, "'Agenda' als kop"),
        _c("file", r"(?:^|[\W_])agenda(?:[\W_]|$)", 0.3, "de bestandsnaam"),
    )),
    DocType("verslag", "Verslag", (
        _c("start", r"^\W{0,3}(?:(?:definitief|concept)[- ]?)?(?:verslag|notulen|conceptverslag)\b", 0.6,
           "'Verslag'/'Notulen' als kop"),
        _c("head", r"^\s*(?:aanwezig|afwezig|voorzitter|notulist)\s*:?", 0.15, "aanwezigen"),
        _c("file", r"verslag|notulen", 0.35, "de bestandsnaam"),
    )),
    DocType("jaarverslag", "Jaarverslag", (
        _c("start", r"jaarverslag|jaarverantwoording|jaarrekening|jaarstukken", 0.6, "'Jaarverslag' op de voorpagina"),
        _c("title", r"jaarverslag|jaarverantwoording|jaarrekening|jaarstukken", 0.3, "'jaarverslag' in de titel"),
        _c("file", r"jaarverslag|jaarverantwoording|jaarrekening", 0.3, "de bestandsnaam"),
    )),
    DocType("monitor", "Monitor", (
        _c("title", r"monitor", 0.5, "'monitor' in de titel"),
        _c("start", r"monitor\b", 0.3, "'monitor' bovenaan"),
        _c("head", r"^\W{0,3}deze monitor\b", 0.3, "'Deze monitor …'"),
        _c("file", r"monitor", 0.3, "de bestandsnaam"),
    )),
    DocType("beleidskader", "Beleidskader", (
        _c("title", r"beleids(?:kader|plan|nota|visie)|\bbeleid\b|\bactieplan\b", 0.5, "'beleid(skader)' in de titel"),
        _c("head", r"beleids(?:kader|plan|nota|visie)|(?-i:^\s*(?:Regionaal |Integraal )?Beleid [A-Z])", 0.3,
           "'beleidskader' op de eerste pagina's"),
        _c("file", r"beleids(?:kader|plan)", 0.25, "de bestandsnaam"),
    )),
    DocType("verordening", "Verordening of regeling", (
        _c("start", r"^\W{0,3}[\w-]*(?:verordening|regeling)\b", 0.6, "'Verordening' bovenaan"),
        _c("head", r"^\s*artikel 1\b", 0.2, "'Artikel 1'"),
        _c("file", r"verordening|regeling", 0.3, "de bestandsnaam"),
    )),
    DocType("besluit", "Besluit", (
        _c("start", r"^\W{0,3}(?:\w+-)?(?:aanwijzings|bm-|collegebesluit|burgemeestersbesluit|besluit\b)"
                    r"|(?:bm|college)-besluit", 0.5, "'Besluit' als kop"),
        _c("head", r"^\s*(?:de burgemeester|het college) van [A-Z]\w+,\s*$", 0.2, "'De burgemeester van …,'"),
        _c("head", r"^\s*(?:overwegende|gelet op)\b", 0.15, "'overwegende'/'gelet op'"),
        _c("file", r"(?:^|[\W_])\w*besluit(?!enlijst)", 0.2, "de bestandsnaam"),
    )),
    DocType("notitie", "Notitie", (
        _c("start", r"^\W{0,3}(?:memo|notitie|nota|annotatie|oplegger)\b", 0.6, "'Memo'/'Notitie' als kop"),
        _c("head", r"^\s*(?:ter beslissing|ter informatie|ter advisering)\s*$|^\s*geadviseerd besluit", 0.4,
           "'Ter beslissing'/'Geadviseerd besluit'"),
        _c("start", r"oplegger\b|toelichting en omgang", 0.3, "'oplegger'"),
        _c("file", r"(?:^|[\W_\d])(?:memo|notitie|nota|annotatie|oplegger|voordracht|flap)(?:[\W_]|$)", 0.4,
           "de bestandsnaam"),
    ), kind_of=("brief",)),
    DocType("advies", "Advies", (
        _c("head", r"^\W{0,3}(?:betreft|onderwerp)\s*:?\s*\n?\s*advies\b", 0.5, "onderwerp 'Advies'"),
        _c("head", r"\badvies(?:college|raad|commissie)\b", 0.2, "een adviesorgaan"),
        _c("file", r"(?:^|[\W_])advies(?:[\W_]|$)", 0.2, "de bestandsnaam"),
    ), kind_of=("brief",)),
    DocType("rapport", "Rapport", (
        _c("start", r"\b(?:rapport(?:age)?|onderzoek|inpassingsstudie|locatieonderzoek|ontwerptoelichting)\b", 0.35,
           "'rapport'/'onderzoek' op de voorpagina"),
        _c("head", r"^\s*(?:inhoudsopgave|inhoud)\s*$", 0.15, "een inhoudsopgave"),
        _c("file", r"rapport|onderzoek|studie|analyse|inspectie", 0.25, "de bestandsnaam"),
    )),
    DocType("bijlage", "Bijlage", (
        _c("start", r"^\W{0,3}(?:vertrouwelijke |geheime? )?bijlage\b", 0.45, "'Bijlage' als kop"),
        _c("file", r"(?:^|[\W_\d])bijlage", 0.25, "de bestandsnaam"),
    )),
    DocType("factsheet", "Factsheet", (
        _c("start", r"factsheet", 0.7, "'Factsheet' bovenaan"),
        _c("file", r"factsheet", 0.35, "de bestandsnaam"),
    )),
    DocType("presentatie", "Presentatie", (
        _c("file", r"presentatie|sheets|slides", 0.5, "de bestandsnaam"),
        _c("start", r"presentatie|technische sessie", 0.35, "'presentatie' bovenaan"),
    )),
    DocType("inventarislijst", "Inventarislijst", (
        _c("start", r"^\W{0,3}inventaris(?:lijst)?\b", 0.8, "'Inventarislijst' als kop"),
        _c("file", r"inventaris", 0.4, "de bestandsnaam"),
    )),
    DocType("melding", "Melding", (
        _c("head", r"^\s*melding\s*\n(?:.*\n){0,2}\s*toelichting\s*:?", 0.7, "een melding ('Melding', 'Toelichting')"),
        _c("head", r"^\s*gemeld op\b|^\s*(?:hoofd|sub)categorie\b", 0.3, "'Gemeld op'/'Hoofdcategorie'"),
        _c("head", r"^\s*(?:verbalisant|volgnummer)\b", 0.3, "een registratie ('Verbalisant', 'Volgnummer')"),
        _c("file", r"melding", 0.4, "de bestandsnaam"),
    )),
    DocType("chatbericht", "Chatbericht", (
        _c("start", r"t-mobile|odido|vodafone|\bkpn\b|^\W{0,3}doorgestuurd\b", 0.5, "een schermafdruk van een telefoon"),
        _c("head", r"\bbericht\b\W{0,6}\S{0,3}\W{0,6}(?:\S{1,2}\W{0,3}){0,3}$", 0.3, "het invoerveld 'Bericht'"),
        _c("file", r"whatsapp|(?:^|[\W_\d])img[\W_-]?\d{3,}", 0.3, "de bestandsnaam (schermafdruk)"),
    )),
    DocType("foto", "Foto", (
        _c("file", r"(?:^|[\W_])(?:foto|photo|afbeelding|knipsel)(?:[\W_]|$)", 0.6, "de bestandsnaam"),
        _c("file", r"bijlage[\W_]e-?mail", 0.3, "de bestandsnaam"),
    )),
    DocType("tekening", "Tekening of kaart", (
        _c("head", r"\bschaal\s*1\s*:\s*\d+|\brenvooi\b", 0.5, "een schaal of renvooi"),
        _c("file", r"tekening|detail|plattegrond|bestaande.toestand|kaart|situatie|kadetraject", 0.4, "de bestandsnaam"),
    )),
    DocType("factuur", "Factuur of offerte", (
        _c("start", r"\bfactuur(?:nummer|voorstel|datum)?\b|orderbevestiging|^\W{0,3}offerte\b", 0.6, "'Factuur' bovenaan"),
        _c("file", r"factuur|offerte|(?:^|[\W_])order(?:[\W_]|bevestiging|$)", 0.4, "de bestandsnaam"),
    )),
    DocType(OTHER, "Overig"),
)
TYPE_NAMES = {t.key: t.name for t in DOCTYPES}
