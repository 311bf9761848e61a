"""Answer types: a sentence answers "wanneer", "wie", "waar" or "waarom" only when it says a time, a
who, a where or a reason.

A passage sentence can hold every word asked and still not answer: "wanneer
startte de pilot" is not answered by "De pilot is gestart om slachtoffers op
te vangen" (no time), "wie beheert de koffer" not by "De koffer wordt veel
gebruikt" (nobody named), "waar kunnen slachtoffers terecht" not by
"Slachtoffers melden zich weinig" (no place).  So each of those kinds asks
for its own expression in the sentence:

- wanneer: a date or time (a year, a day and month, a month, a season, a
  weekday, a clock time, "volgend jaar", "eind 2024");
- wie: a person (a title or initial with a name, two capitalised words that
  are no place), an organisation or party, or a role ("de wethouder",
  "het college", "de politie", "het meldpunt");
- waar: a place (a municipality, an address, a street), a location word
  ("locatie", "wijk", "website", "loket") or "bij / via" an organisation;
- waarom: a reason or purpose ("omdat", "want", "doordat", "om ... te", "de reden").

A month word inside another word ("mei" in "meisjes", "begin" in "beginnen")
is no date.

>>> says_when("De pilot is in september 2023 gestart."), says_when("Meisjes beginnen vaak later.")
(True, False)
>>> says_who("Het Meldpunt registreert de slachtoffers."), says_who("Slachtoffers melden zich weinig.")
(True, False)
>>> says_where("Slachtoffers kunnen terecht bij het Meldpunt."), says_where("Slachtoffers melden zich weinig.")
(True, False)
"""

from __future__ import annotations

import re

from extract.dates import MONTHS
from extract.nlp import PARTIES
from search.answer.question import Asked, organisation_in, place_in
from search.index.analysis import fold

_MONTH = "|".join(MONTHS)
_SEASONS = (
    "voorjaar|najaar|zomer|winter|zomervakantie|kerstvakantie|herfstvakantie|meivakantie|jaarwisseling|"
    "zomerreces|kerstreces|herfstreces|voorjaarsreces|meireces|reces"
)
_WEEKDAYS = "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|weekend|weekenden|werkdagen|feestdagen"
_WHEN = re.compile(
    rf"\b(?:19[5-9]\d|20[0-4]\d)\b"  # a year
    rf"|\b\d{{1,2}}[-/]\d{{1,2}}[-/]\d{{2,4}}\b"  # 21-05-2025
    rf"|\b(?:{_MONTH}|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\b\.?"  # a month (word, not a part of one)
    rf"|\b(?:{_SEASONS})\b|\b(?:{_WEEKDAYS})\b|\b(?:dagelijks|wekelijks|maandelijks|jaarlijks)\b"
    rf"|\b\d{{1,2}}[:.]\d{{2}}\s*uur\b|\b\d{{1,2}}:\d{{2}}\b|\b\d{{1,2}}\s*uur\b"  # a clock time
    rf"|\b(?:om|vanaf|tot|na|voor)\s+\d{{1,2}}\.\d{{2}}\b"  # "vanaf 12.00"
    rf"|\b(?:kwartaal|Q[1-4])\b"
    rf"|\b(?:volgend|vorig|komend|afgelopen|dit|deze|volgende|vorige|komende)\s+"
    rf"(?:jaar|week|maand|maanden|jaren|weken|zomer|najaar|voorjaar|kwartaal|periode|schooljaar)\b"
    rf"|\b(?:binnenkort|zo spoedig mogelijk)\b",
    re.I,
)

_ROLES = (
    "burgemeester|wethouder|wethouders|college|gemeenteraad|raad|raadslid|raadsleden|gemeente|gemeenten|politie|"
    "minister|ministerie|staatssecretaris|kabinet|kamer|provincie|directeur|directie|bestuur|bestuurder|"
    "voorzitter|voorzitterschap|portefeuillehouder|coördinator|coordinator|regisseur|beleidsregisseur|"
    "medewerker|medewerkers|ambtenaar|ambtenaren|team|teams|afdeling|stichting|organisatie|organisaties|"
    "instantie|instanties|partner|partners|ketenpartners|samenwerkingsverband|officier|rechter|commissie|"
    "werkgroep|hulpverlener|hulpverleners|professionals|handhaver|handhavers|handhaving|toezichthouder|"
    "toezichthouders|inspectie|inspecteurs|marechaussee|meldpunt|registratiepunt|expertisecentrum|"
    "centrum|loket|fractie|partij|indiener|indieners|verzoeker|aanvrager|opdrachtgever|uitvoerder|"
    "projectleider|projectteam|zorgcoördinator|zorgcoordinator|aandachtsfunctionaris|aandachtsfunctionarissen|"
    "boa|boa's|agent|agenten|rijksoverheid|overheid|ondernemer|ondernemers|eigenaar|eigenaren|exploitant|"
    "bewoners|inwoners|ouders|scholen|school|vereniging|bedrijf|bedrijven|bureau|dienst|diensten|"
    "ggd|om|riec|essm|avim|rctm|var|comensha"
)
_ROLE = re.compile(rf"\b(?:{_ROLES})\b", re.I)
_TITLED = re.compile(
    r"\b(?:mevrouw|mevr\.?|mw\.?|meneer|de heer|dhr\.?|dr\.?|mr\.?|prof\.?|ir\.?|drs\.?)\s+[A-Z]"
    r"|\b[A-Z]\.(?:\s?[A-Z]\.)*\s?(?:(?:van|de|der|den|ten|ter)\s)*[A-Z][a-zà-ÿ]+"  # S. Reitema
)
_CAPITALISED = re.compile(r"\b[A-Z][a-zà-ÿ]+(?:\s(?:(?:van|de|der|den|ten|ter)\s)*[A-Z][a-zà-ÿ]+)+")
_ACRONYM = re.compile(r"\b[A-Z]{2,}[a-z]?\b")
_PARTY = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in PARTIES) + r")\b")

_STREET = re.compile(
    r"\b[A-Z]?[a-zà-ÿ]+(?:straat|weg|laan|plein|gracht|kade|dijk|singel|park|markt|dreef|hof|steeg|pad|"
    r"plantsoen|boulevard|brug|haven|kwartier)\b(?:\s\d+)?",
    re.I,
)
_LOCATION = re.compile(
    r"\b(?:locatie|locaties|adres|adressen|gebouw|pand|panden|wijk|wijken|buurt|buurten|stadsdeel|stadsdelen|"
    r"centrum|station|terrein|plek|plekken|plaats|plaatsen|ruimte|kantoor|loket|balie|meldpunt|registratiepunt|"
    r"website|site|telefoon|telefonisch|telefoonnummer|nummer|online|digitaal|app|e-mail|mail|chat|"
    r"opvang|opvanglocatie|huis|woning|school|scholen|regio|land|landen|buitenland|stad|dorp|gemeente|"
    r"kruising|rotonde|route|zone|gebied|omgeving|binnenstad|noord|zuid|oost|west|centraal|vandaan|"
    r"aanwezig|gevestigd|gelegen|ondergebracht|gehuisvest|terecht)\b",
    re.I,
)
_AT = re.compile(r"\b(?:bij|via|naar|in|op)\s+(?:het\s+|de\s+|een\s+)?[A-Z][\w-]+")
_WHY = re.compile(
    r"\b(?:omdat|doordat|want|vanwege|wegens|daardoor|hierdoor|daarom|zodat|aangezien|dankzij|teneinde|"
    r"reden|redenen|oorzaak|oorzaken|gevolg|doel|bedoeld|nodig|noodzakelijk|belangrijk|"
    r"in verband met|dan ook|met als doel|gezien)\b|\bom\b[^.;]{0,100}\bte\b",
    re.I,
)
_NOT_A_PLACE = re.compile(r"\b(?:over|voor|uit|aan|mee|om|van|tegen|toe|op|door)$")  # "waar gaat het over"


def fits(asked: Asked, sentence: str) -> bool:
    """The sentence says what the question's kind asks (kinds other than wanneer, wie, waar: True).

    >>> from search.answer.question import analyse
    >>> fits(analyse("wanneer startte de pilot"), "De pilot is gestart om slachtoffers op te vangen.")
    False
    """
    if asked.kind == "wanneer":
        return says_when(sentence)
    if asked.kind == "wie":
        if asks_for_holder(asked):
            return names_someone(sentence, asked.subject)
        return says_who(_without(sentence, asked.subject))
    if asked.kind == "waar" and not _NOT_A_PLACE.search(fold(asked.text.strip().rstrip("?!. "))):
        return says_where(sentence)
    if asked.kind == "waarom":
        return says_why(sentence)
    unit = _WHICH_TIME.search(fold(asked.text))
    if unit:
        return names_the_unit(unit.group(1), sentence)
    return True


# "in welke minuut / week / maand ...": a point in time counted in that unit, not an amount of it.
_WHICH_TIME = re.compile(
    r"\b(?:in|op|tijdens|vanaf|tot)\s+(?:welke|welk)\s+(minuut|week|maand|kwartaal|ronde|fase|dag)\b"
)


def names_the_unit(unit: str, sentence: str) -> bool:
    """The sentence names which ``unit`` (an ordinal before it, a number after it): "in de 55e minuut",
    "in week 12", "in het derde kwartaal"; "de resterende 35 minuten" names none.

    >>> names_the_unit("minuut", "De wedstrijd is in de 55° minuut gestaakt."), names_the_unit(
    ...     "minuut", "De resterende 35 minuten worden uitgespeeld.")
    (True, False)
    >>> names_the_unit("week", "Dit gebeurt in week 12."), names_the_unit("kwartaal", "in het derde kwartaal")
    (True, True)
    """
    u = re.escape(unit)
    ordinal = r"(?:\d+\s*(?:e|ste|de|°|º)|\w+(?:ste|de))"
    return bool(re.search(rf"\b{ordinal}\s+{u}\b|\b{u}\s+\d+\b", fold(sentence)))


_IDENTITY = re.compile(r"^wie (?:is|was|zijn|waren|wordt|werd) (?:de |het |een )?(\w+)")


def asks_for_holder(asked: Asked) -> bool:
    """ "wie is de burgemeester / rapporteur / portefeuillehouder ...": the question names a role and
    asks who holds it, so a sentence naming the role (or another organisation) does not answer.

    >>> from search.answer.question import analyse
    >>> asks_for_holder(analyse("wie is de nationaal rapporteur")), asks_for_holder(analyse("wie beheert de koffer"))
    (True, False)
    """
    found = _IDENTITY.match(fold(asked.text.strip()))
    return bool(found) and any(_HOLDER.fullmatch(w) for w in fold(asked.subject).split()[:2])


_HOLDER = re.compile(
    r"(?:burgemeester|wethouder|portefeuillehouder|voorzitter|directeur|rapporteur|minister|staatssecretaris|"
    r"exploitant|contactpersoon|woordvoerder|coordinator|regisseur|beleidsregisseur|projectleider|"
    r"secretaris|griffier|ombudsman|commissaris|korpschef|politiechef|hoofdofficier|raadslid|indiener|"
    r"verzoeker|eigenaar|aanvrager|opdrachtnemer|aannemer|adviseur|nationaal)s?"
)


def names_someone(sentence: str, subject: str = "") -> bool:
    """A person or a named body stands in the sentence: a title or initial with a name, a party, or two
    capitalised words (not opening with an article) that are no place or month and no name holding
    the words asked about ("Marktconsultatie Ontwikkeling Erotisch Centrum" for the centrum's exploitant).

    >>> names_someone("De Jaarcijfers van het centrum zijn bekend."), names_someone("Burgemeester C.J. Schouten")
    (False, True)
    >>> names_someone("Zie de Marktconsultatie Ontwikkeling Erotisch Centrum.", "exploitant erotisch centrum")
    False
    """
    if _TITLED.search(_without(sentence, subject) if subject else sentence) or _PARTY.search(sentence):
        return True
    asked = {fold(w) for w in subject.split()}
    return any(
        not _month_or_place(m.group())
        and fold(m.group().split()[0]) not in ("de", "het", "een", "in", "op")
        and not asked & set(fold(m.group()).split())
        for m in _CAPITALISED.finditer(sentence[1:])
    )


def _without(sentence: str, subject: str) -> str:
    """The sentence with the words asked about taken out: "wie is de exploitant" is not answered by a
    sentence whose only who is "exploitanten".

    >>> _without("Er zijn gesprekken met exploitanten gevoerd.", "exploitant erotisch centrum")
    'Er zijn gesprekken met   gevoerd.'
    """
    stems = [fold(w)[:-1] if len(w) > 5 else fold(w) for w in subject.split() if len(w) >= 4]
    if not stems:
        return sentence
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(s) for s in stems) + r")\w*", re.I)
    return pattern.sub(" ", sentence)


def says_when(sentence: str) -> bool:
    """A date or time expression stands in the sentence (see the module docstring), outside a
    condition it opens with: "Vindt de meting na 1 januari plaats, dan ..." says what follows if,
    not when the meting is.

    >>> says_when("Vindt de draagvlakmeting na 1 januari plaats, dan stemmen de nieuwe eigenaren."), says_when(
    ...     "Als de Eerste Kamer instemt, zal de wet naar verwachting in 2026 in werking treden.")
    (False, True)
    """
    return bool(_WHEN.search(_CONDITION.sub("", sentence, count=1)))


# A condition opening a sentence: "Als / Indien / Mits ...," or a verb first with "..., dan" after it.
_CONDITION = re.compile(r"^\W*(?:(?:als|indien|mits|ingeval|tenzij)\b[^,;:]*,|[^,;:]*,(?=\s*dan\b))", re.I)


def says_who(sentence: str) -> bool:
    """A person, organisation, party or role stands in the sentence; a place alone is nobody.

    >>> says_who("In Rotterdam is de aanpak verbeterd."), says_who("Namens het college, Iris van Scheppingen")
    (False, True)
    """
    if _ROLE.search(sentence) or _TITLED.search(sentence) or _PARTY.search(sentence) or organisation_in(sentence):
        return True
    if any(not _month_or_place(m.group()) for m in _ACRONYM.finditer(sentence)):
        return True
    return any(not _month_or_place(m.group()) for m in _CAPITALISED.finditer(sentence[1:]))


def says_where(sentence: str) -> bool:
    """A place, address, location word or "bij / via" a name stands in the sentence.

    >>> says_where("Het café zit aan de Witte de Withstraat 12."), says_where("Het café is erg bekend.")
    (True, False)
    """
    place = place_in(sentence)  # named, not read from "landelijk" ("Landelijk aantal meldingen ...": no place)
    named = bool(place) and fold(place) in fold(sentence)
    return bool(named or _STREET.search(sentence) or _LOCATION.search(sentence) or _AT.search(sentence))


def says_why(sentence: str) -> bool:
    """A reason or purpose stands in the sentence ("omdat", "want", "doordat", "om ... te", "reden").

    >>> says_why("Het betreft een haaldelict, want slachtoffers melden zich niet."), says_why(
    ...     "In 2025 is het aantal lopende casussen gelijk gebleven.")
    (True, False)
    """
    return bool(_WHY.search(sentence))


def _month_or_place(text: str) -> bool:
    """Capitalised words that name a month or a place (no person or organisation)."""
    words = fold(text).split()
    return bool(place_in(text)) and len(words) <= 3 or all(w in MONTHS for w in words)
