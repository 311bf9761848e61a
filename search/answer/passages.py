"""Passage answers: the sentence of the archive that answers, with its source.

Candidates come from :meth:`search.archive.Archive.search` (the words
asked, ORed, passages only).  Each passage is cut into sentences; a
sentence answers when it (with the sentence before it, for context) holds
most of the words asked (:data:`MIN_COVER`), its passage holds every year,
place, organisation, number and name asked (:func:`evidence.holds`), and it
is the kind of sentence the question asks for: a date for "wanneer", a
number for "hoeveel", a name for "wie".

>>> sentences("Eerste zin. Tweede zin over 2024! En de derde")
['Eerste zin.', 'Tweede zin over 2024!', 'En de derde']
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from extract.nlp import lemma
from search.answer.evidence import _near, holds, specifics_hold, wanted_terms
from search.answer.figures import opposite
from search.answer.kinds import fits
from search.answer.model import Answer, Source, Value
from search.answer.question import FILLER, Asked, organisation_in, verbish
from search.answer.subject import (
    PARTY,
    equivalent,
    head_of,
    header_not_asked,
    lemma_stems,
    missing_runs,
    missing_words,
    names_nothing_asked,
    tabular,
)
from search.index.analysis import fold, stem, terms

CANDIDATES = 30
MIN_COVER = 0.9  # set on the tune half: keeps 9 in 10 of its right sentence answers; the rest are the doubtful ones
MIN_OWN = 0.65  # the sentence itself must hold two thirds of the words asked; its passage may hold the rest
SENTENCE_WEIGHT = 0.6
MAX_SENTENCE = 600
VERB_WEIGHT = 0.3  # a verb asked is often said otherwise ("voerde uit": "(RHDHV)"), its nouns are not
MIN_WORDS = 6  # shorter "sentences" are headings and chart labels
# A letter's or an e-mail's header field starts a piece of its own ("... Datum 6 september 2022 Ons
# kenmerk ... Onderwerp ..."): the lines of a header were joined when the page was read.
_FIELDS = (
    r"(?:Datum\s+\d|Datum:|Portefeuille\(s\)|Behandeld door\b|Bijlage\(n\)|Ons kenmerk\b|Uw kenmerk\b|"
    r"Onderwerp\b|Retouradres:|Verzonden:|Van:|Aan:|Sent:|From:|To:|Subject:|Cc:)"
)
_FIELD = re.compile(_FIELDS)
_SPLIT = re.compile(rf"(?<=[.!?])\s+(?=[A-Z0-9“\"'(•▪-])|\n\s*\n|\n(?=[-•▪e] )|\s+(?={_FIELDS})")
_NUMBER = re.compile(
    r"\d|\b(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|honderd|duizend)\b", re.I
)
_LINK = re.compile(
    r"https?://|www\.|\w+\.(?:nl|com|org)/|@|\b(?:Sent|To|From|Subject|Cc|Van|Aan|Onderwerp):"
    r"|\w\.(?:docx?|xlsx?|pptx?|pdf|msg|eml)\b"  # a list of files (a Woo inventory), not a sentence
)
_WORDS = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class Found:
    sentence: str
    passage: str
    file: str
    page: int
    document: int
    cover: float
    score: float
    before: str = ""  # the sentence before it


_ABBREVIATIONS = re.compile(
    r"\b(max|min|bv|bijv|ca|nr|art|blz|incl|excl|resp|etc|o\.a|m\.b\.t|i\.c|d\.d|t\.b\.v|zgn)\.", re.I
)
_DOT = "\u2024"  # one dot leader: an abbreviation's dot while splitting


def sentences(text: str) -> list[str]:
    """The sentences of a passage; abbreviations ("max. 250 watt") do not end one, and a sentence
    that ends in a colon keeps the list it announces."""
    protected = _ABBREVIATIONS.sub(lambda m: m.group(0)[:-1].replace(".", _DOT) + _DOT, text)
    parts = [s.strip().replace(_DOT, ".") for s in _SPLIT.split(protected) if s and s.strip()]
    out: list[str] = []
    for part in parts:
        if out and out[-1].endswith(":") and len(out[-1]) < MAX_SENTENCE:
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


def passage_answer(archive, asked: Asked) -> Answer | None:
    """The best answering sentence, or None."""
    found = best_sentences(archive, asked)
    if not found or found[0].cover < MIN_COVER:
        return None
    best = found[0]
    text = f"{best.before} {best.sentence}" if asked.kind == "waarom" and points_back(best.sentence) else best.sentence
    sources = (Source(best.file, best.page, text, document=best.document, kind="passage"),)
    return Answer(
        asked.text,
        asked.kind,
        Value(text=text),
        sources,
        None,
        f"Zin uit {best.file}, p. {best.page}.",
        "passage",
    )


def nearest(archive, asked: Asked, limit: int = 3) -> tuple[Source, ...]:
    """The nearest passages (shown when there is no answer)."""
    hits = archive.search(query_of(asked), kinds=("passage",), limit=limit, **LOOSE).hits if query_of(asked) else ()
    return tuple(Source(h.file, h.page, h.snippet, document=h.document, kind="passage") for h in hits)


def best_sentences(archive, asked: Asked) -> list[Found]:
    """Sentences of the passages found, best first (see the module docstring)."""
    wanted = wanted_terms(asked)
    query = query_of(asked)
    if not wanted or not query:
        return []
    passages = []
    for hit in archive.search(query, kinds=("passage",), limit=CANDIDATES, **LOOSE).hits:
        row = archive.store.passage(int(hit.unit[1:])) if hit.unit.startswith("p") else None
        if row is not None and holds(asked, f"{row['text']} {hit.title}"):
            passages.append((hit, row["text"]))
    nouns = frozenset(wanted_terms(asked, verbs=False))
    weights = {
        t: w if t in nouns else VERB_WEIGHT * w for t, w in _weights(wanted, [text for _, text in passages]).items()
    }
    out: list[Found] = []
    for hit, passage in passages:
        whole = weighted_coverage(weights, f"{hit.title} {passage}")
        parts = sentences(passage)
        if parts and parts[-1].endswith(":"):  # the list it announces is the next passage
            parts[-1] = f"{parts[-1]} {_next_passage(archive.store, hit)}"[:MAX_SENTENCE]
        for i, sentence in enumerate(parts):
            if (
                len(_WORDS.findall(sentence)) < MIN_WORDS
                or len(sentence) > MAX_SENTENCE
                or not _complete(sentence)
                or _asks(sentence)
                or restates_request(asked, f"{_announcing(archive.store, hit, parts, i)} {sentence}")
                or _verb_missing(asked, sentence)
                or _LINK.search(sentence)
                or not _fits_kind(asked, sentence)
                or not specifics_hold(asked, f"{parts[i - 1] if i else ''} {sentence} {hit.title}")
                or not _defines(asked, sentence)
                or _negates(asked, sentence)
                or _affirms(asked, sentence)
                or opposite(asked.words, sentence)
                or tabular(sentence)
                or missing_words(asked, f"{parts[i - 1] if i else ''} {sentence} {hit.title}")
                or missing_runs(asked, sentence) > 1
                or names_nothing_asked(asked, f"{parts[i - 1] if i else ''} {sentence}")
                or header_not_asked(asked, sentence)
            ):
                continue
            own = own_coverage(weights, sentence, hit.title, nouns, verbs_said(asked, sentence))
            if own < MIN_OWN:
                continue
            cover = max(own, SENTENCE_WEIGHT * own + (1 - SENTENCE_WEIGHT) * whole)
            lead = 0.05 if asked.kind in ("wat", "welke") and weighted_coverage(weights, sentence[:60]) >= 0.99 else 0
            out.append(
                Found(
                    sentence,
                    passage,
                    hit.file,
                    hit.page,
                    hit.document,
                    cover,
                    cover + 0.05 * own + lead + 0.001 * hit.score,
                    parts[i - 1] if i else "",
                )
            )
    out.sort(key=lambda f: -f.score)
    return out


def _announcing(store, hit, parts: list[str], i: int) -> str:
    """The sentence ending in a colon that announces the list ``parts[i]`` belongs to: the one before
    it, or, for a list opening its passage ("1. het participatieplan ..."), the last of the passage before."""
    if i:
        return parts[i - 1] if parts[i - 1].endswith(":") else ""
    if not _LIST_ITEM.match(parts[i]):
        return ""
    rows = list(
        store.rows(
            "SELECT p2.text FROM passages p1 JOIN passages p2 ON p2.doc_id = p1.doc_id "
            "AND p2.seq = p1.seq - 1 WHERE p1.id = ?",
            (int(hit.unit[1:]),),
        )
    )
    last = sentences(rows[0][0])[-1] if rows and rows[0][0].strip() else ""
    return last if last.endswith(":") else ""


_LIST_ITEM = re.compile(r"^\W*(?:\d{1,2}|[a-h])[.)]\s")


def _next_passage(store, hit) -> str:
    rows = list(
        store.rows(
            "SELECT p2.text FROM passages p1 JOIN passages p2 ON p2.doc_id = p1.doc_id "
            "AND p2.seq = p1.seq + 1 WHERE p1.id = ?",
            (int(hit.unit[1:]),),
        )
    )
    return rows[0][0] if rows else ""


def _weights(wanted: tuple[str, ...], texts: list[str]) -> dict[str, float]:
    """A weight per word asked: words that stand in few of the passages found tell them apart."""
    found = [set(terms(t)) | lemma_stems(t) for t in texts]
    n = len(found)
    return {
        w: math.log(1 + (n + 1) / (1 + sum(1 for f in found if w in f or _near(w, f) or equivalent(w, f))))
        for w in wanted
    }


def own_coverage(
    weights: dict[str, float],
    sentence: str,
    title: str,
    nouns: frozenset[str] | None = None,
    said: frozenset[str] = frozenset(),
) -> float:
    """The sentence's :func:`weighted_coverage`, the words it lacks found in its document's title
    counted at :data:`TITLE_WEIGHT`: a letter titled "Voortgang verkenning Erotisch Centrum" does
    not repeat "erotisch centrum" in its sentence on "de drie vaste uitgangspunten".  Only ``nouns``
    (when given) are taken from the title: "Beantwoording vragen fatbikes" does not make a sentence on
    the questions received say when they were answered.  ``said``: the verbs asked the sentence says
    otherwise (:func:`verbs_said`).

    >>> w = {"uitgangspunt": 1.0, "erotisch": 1.0, "centrum": 1.0}
    >>> round(own_coverage(w, "Er gelden drie vaste uitgangspunten.", "Verkenning Erotisch Centrum"), 2)
    0.8
    >>> round(own_coverage({"beantwoord": 1.0, "vrag": 1.0}, "Vragen ontvangen.", "Beantwoording", frozenset({"vrag"})), 2)
    0.5
    """
    total = sum(weights.values())
    if not total:
        return 0.0
    inside = _standing(weights, sentence) | (said & weights.keys())
    gained = _standing(weights, f"{sentence} {title}") - inside if title else set()
    if nouns is not None:
        gained &= nouns
    return (sum(weights[t] for t in inside) + TITLE_WEIGHT * sum(weights[t] for t in gained)) / total


TITLE_WEIGHT = 0.7


def weighted_coverage(weights: dict[str, float], text: str) -> float:
    """The weighted share of the words asked that stand in ``text`` (verbs by their lemma:
    "registreert" is found in "geregistreerd"; "partij" by a party's name; a compound's head:
    "bevestigd" in "ontvangstbevestiging")."""
    total = sum(weights.values())
    if not total:
        return 0.0
    return sum(weights[t] for t in _standing(weights, text)) / total


def _standing(weights: dict[str, float], text: str) -> set[str]:
    found = set(terms(text)) | lemma_stems(text)
    if PARTY.search(text):
        found.add("partij")
    return {t for t in weights if t in found or _near(t, found) or equivalent(t, found) or head_of(t, found)}


def _asks(sentence: str) -> bool:
    """A question is no answer: a sentence ending in "?" whose first words, or the first words of
    its last part (after a colon, a list number), ask ("1.) per wanneer wordt ...?" after a
    resident's greeting); a title quoted in a sentence ("vragen over X - hoe staat Rotterdam
    ervoor?") may answer.

    >>> _asks("Ik heb de volgende vragen: 1.) per wanneer wordt de weg afgesloten?"), _asks(
    ...     "Reitema (PvdA) stelde vragen over Veiligheid - hoe staat Rotterdam ervoor?")
    (True, False)
    """
    if not sentence.rstrip().rstrip('"”’)').endswith("?"):
        return False
    if not _REPORTS_ASKING.search(sentence):
        return True  # "Concrete signalen van slachtofferschap seksuele uitbuiting?": a flowchart's question
    for part in (sentence, re.split(r"[:;]", sentence)[-1]):
        words = [fold(w).strip("•▪-:.()") for w in re.sub(r"^\W*\d+\W*", "", part.strip()).split()[:2]]
        if words and (words[0] in _QUESTION_OPENERS or _ASKING & set(words)):
            return True
    return False


def _verb_missing(asked: Asked, sentence: str) -> bool:
    """A "wanneer" or "wat" question's own verb (not a light one) is not in the sentence, not even as a
    noun ("ontvangen": ontvangst): "wanneer zijn de brieven ontvangen" is not answered by "In uw brieven
    van 8 juli 2020 heeft u verzocht ...", the date the letters were written.

    >>> from search.answer.question import analyse
    >>> q = analyse("wanneer zijn de brieven ontvangen")
    >>> _verb_missing(q, "In uw brieven van 8 juli heeft u verzocht."), _verb_missing(q, "De ontvangst was op 14 juli.")
    (True, False)
    """
    if asked.kind not in ("wanneer", "wat"):
        return False
    verbs = _own_verbs(asked)
    return bool(verbs) and not verbs_said(asked, sentence)


def _own_verbs(asked: Asked) -> list[str]:
    return [w for w in asked.words if verbish(w) and w not in FILLER and fold(lemma(w)) not in _LIGHT_VERBS]


def verbs_said(asked: Asked, sentence: str) -> frozenset[str]:
    """The stems of the question's verbs the sentence says: itself, as a noun or compound ("ontvangst",
    "ontvangstbevestiging"), by a verb of :data:`SAME_VERB`, or for a verb of making or sending a
    letter by its date ("uw verzoek van 16 februari 2022" was made on that day).

    >>> from search.answer.question import analyse
    >>> sorted(verbs_said(analyse("wanneer is het verzoek ingediend"), "Uw verzoek van 16 februari 2022."))
    ['indien']
    """
    found = set(terms(sentence)) | lemma_stems(sentence)
    dated = bool(_DATED.search(sentence))
    said = set()
    for verb in _own_verbs(asked):
        if (dated and fold(lemma(verb)) in _DATING_VERBS) or any(
            t in found or _near(t, found) or head_of(t, found) or equivalent(t, found) for t in _verb_stems(verb)
        ):
            said.add(stem(fold(lemma(verb))))
    return frozenset(said)


# "Uw verzoek van 16 februari 2022" says when it was made, sent or written.
_DATING_VERBS = frozenset("indienen sturen versturen verzenden schrijven dateren opstellen insturen".split())
_DATED = re.compile(
    r"\b(?:van|d\.d\.|gedateerd)\s+\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|"
    r"oktober|november|december)\b",
    re.I,
)


def _verb_stems(verb: str) -> tuple[str, ...]:
    """The stem of a verb's lemma and of the verbs that say the same (:data:`SAME_VERB`)."""
    root = fold(lemma(verb))
    return tuple(stem(v) for v in (root, *SAME_VERB.get(root, ())))


# Verbs that say what a question's verb says ("wat vraagt de motie": "Verzoekt het college ...").
SAME_VERB: dict[str, tuple[str, ...]] = {
    "vragen": ("verzoeken",),
    "verzoeken": ("vragen",),
    "invoeren": ("implementeren", "implementatie", "invoering"),
}


_LIGHT_VERBS = frozenset(
    "doen maken komen gaan krijgen geven hebben zijn worden staan zitten houden laten kunnen zullen moeten "
    "willen mogen vinden plaatsvinden".split()
)


def restates_request(asked: Asked, sentence: str) -> bool:
    """The sentence restates what someone asked for or wants to know ("u heeft verzocht om ... 2. de
    BER", "heeft u aangegeven geïnteresseerd te zijn of derde partijen invloed hebben gehad"): it tells
    what was asked, not what is; it answers only a question about the request itself.

    >>> from search.answer.question import analyse
    >>> s = "Daarin heeft u aangegeven geïnteresseerd te zijn of derde partijen invloed hebben gehad."
    >>> restates_request(analyse("hadden derde partijen invloed"), s), restates_request(analyse("wat vroeg de verzoeker"), s)
    (True, False)
    """
    if not _REQUEST.search(sentence) or _ABOUT_REQUEST.search(fold(asked.text)):
        return False
    return True


_REQUEST = re.compile(
    r"\b(?:verzocht|verzoekt|verzoeken)\s+om\b|\bgevraagd\s+om\b|\bvraagt\s+(?:u\s+)?om\b"
    r"|\b(?:geïnteresseerd|geinteresseerd|benieuwd)\b.{0,30}\b(?:of|wat|wanneer|hoe|waarom|welke|wie|waar)\b"
    r"|\bwil(?:t|de|den)?\s+(?:graag\s+)?weten\b",
    re.I,
)
_ABOUT_REQUEST = re.compile(r"\b(?:verzo\w*|vr[oa]eg\w*|gevraagd|vragen|vraag|aanvr\w*|wilde|wil|wob|woo)\b")


_REPORTS_ASKING = re.compile(r"\b(?:vragen|vraag|vroeg|vroegen|stelde|stelden|gesteld|titel|getiteld)\b", re.I)
_QUESTION_OPENERS = frozenset("en zo kunt kan is zijn heeft hebben wordt worden vraag bent gaat zal zullen".split())
_ASKING = frozenset("wanneer waarom hoeveel waar wie welke welk wat hoe".split())  # also "per wanneer", "tot hoeveel"


_NEGATIONS = frozenset("niet geen nooit nog-niet".split())


def _negates(asked: Asked, sentence: str) -> bool:
    """The sentence denies what is asked: a verb of the question stands in it right after "niet" or
    "geen" ("welke locaties zijn afgevallen": "... dat deze niet definitief zijn afgevallen"), the
    question itself denying nothing.

    >>> from search.answer.question import analyse
    >>> q = analyse("welke locaties zijn afgevallen")
    >>> _negates(q, "De locaties zijn niet definitief afgevallen."), _negates(q, "Twee locaties zijn afgevallen.")
    (True, False)
    """
    asked_words = fold(asked.text).split()
    if _NEGATIONS & set(asked_words):
        return False
    verbs = {stem(fold(lemma(w))) for w in asked_words if verbish(w) and w not in FILLER}
    if not verbs:
        return False
    words = re.findall(r"\w+", fold(sentence))
    for i, word in enumerate(words):
        if stem(fold(lemma(word))) in verbs and _NEGATIONS & set(words[max(0, i - 3) : i]):
            return True
    return False


def _affirms(asked: Asked, text: str) -> bool:
    """The question asks about what is not ("waar zijn geen locaties gevonden") and the sentence denies
    nothing: it tells what is.

    >>> from search.answer.question import analyse
    >>> q = analyse("in welke gebieden zijn geen locaties gevonden")
    >>> _affirms(q, "In zes gebieden zijn locaties gevonden."), _affirms(q, "In Sloterdijk zijn geen locaties gevonden.")
    (True, False)
    """
    if not _NEGATIONS & set(fold(asked.text).split()):
        return False
    return not _NEGATIONS & set(re.findall(r"\w+", fold(text)))


_BACK = re.compile(r"\b(?:daarom|hierom|daardoor|hierdoor|om die reden|om deze reden|dan ook)\b", re.I)


def points_back(sentence: str) -> bool:
    """The sentence's reason is the sentence before it: "Voor de regeling komt u daarom niet in
    aanmerking" (a "waarom" answer then shows both).

    >>> points_back("Voor de coulanceregeling komt u daarom niet in aanmerking."), points_back(
    ...     "U komt niet in aanmerking omdat u nog geen drie jaar exploitant bent.")
    (True, False)
    """
    return bool(_BACK.search(sentence)) and not re.search(r"\b(?:omdat|doordat|want|vanwege|wegens)\b", sentence, re.I)


_DEFINITION = re.compile(
    r"^(?:wat (?:is|zijn|betekent|betekenen|houdt|verstaat men onder)|wie (?:is|zijn)) (?:de |het |een )?(.+)$"
)
_DEFINES = (
    r"(?:^|[)]\s*)(?:\W*(?:de|het|een)\s+)?{x}\w*,?\s+(?:is|zijn|betekent|betekenen|houdt in|omvat|omvatten|behelst|"
    r"gaat over|wil zeggen)\b",
    r"^(?:\W*(?:de|het|een)\s+)?{x}\w*\s*(?:[:(]|[-–] )",
    r"^\W*(?:\w+\s+){{0,2}}[“\"‘'](?:de |het |een )?{x}[”\"’']",  # a name quoted as the sentence opens
    r"\bonder {x}\w*\b.{{0,80}}\bverstaa?n\b",
    r"\b(?:spreken|spreekt) (?:we |men |je )?van {x}\w*,? (?:als|wanneer|indien|zodra)\b",
    r"\b{x}\w* (?:wordt|worden) (?:gedefinieerd|omschreven|verstaan|bedoeld)\b",
)


def _defines(asked: Asked, sentence: str) -> bool:
    """ "wat is X" asks what X is: the sentence must say it ("X is ...", "onder X verstaan we ...",
    "X: ...", a quoted name introduced), not merely name X ("Zaken van criminele uitbuiting worden ... opgepakt").

    >>> from search.answer.question import analyse
    >>> q = analyse("wat is criminele uitbuiting")
    >>> _defines(q, "Zaken van criminele uitbuiting worden door eenheden zelf opgepakt."), _defines(
    ...     q, "Criminele uitbuiting is het dwingen tot strafbare feiten.")
    (False, True)
    """
    found = _DEFINITION.match(fold(asked.text.strip().rstrip("?!. ")))
    if not found or len(found.group(1).split()) > 4:
        return True
    if asked.kind == "wie" and not organisation_in(found.group(1)) or asked.kind not in ("wat", "wie"):
        return True  # "wie is de burgemeester" asks for a name; "wie is het riec" what the RIEC is
    thing = r"\s+".join(re.escape(w) for w in found.group(1).split())
    folded = fold(sentence)
    return any(re.search(p.format(x=thing), folded) for p in _DEFINES)


def _complete(sentence: str) -> bool:
    """A sentence rather than chart labels or a heading run together: it ends like one, or is long;
    not the tail of one begun on the page before, behind the page's running header ("... Pagina 21
    tijdelijke fietsparkeerplekken in de zijstraten moeten daarom ...").

    >>> _complete("Project: Van Woustraat Pagina 21 tijdelijke plekken moeten daarom weer weg.")
    False
    """
    if _CONTINUED.search(sentence):
        return False
    if _FIELD.match(sentence):
        return True  # "Portefeuille(s) Verkeer Portefeuillehouder(s): Melanie van der Horst"
    return bool(re.search(r"[.!?:;)\"”’]$", sentence.rstrip())) or len(_WORDS.findall(sentence)) >= 14


_CONTINUED = re.compile(r"\b(?:Pagina|Blad)\s+\d+(?:\s+(?:van|/)\s*\d+)?\s+[a-z]")


def query_of(asked: Asked) -> str:
    """The search for a question: the words asked (verbs included), each optional (searched
    :data:`LOOSE`: one is enough, more rank higher)."""
    words = [w for w in terms(asked.topic) if len(w) > 1]
    return " ".join(dict.fromkeys(words))


LOOSE = {"loose": True}


def _fits_kind(asked: Asked, sentence: str) -> bool:
    """The sentence is of the kind asked: a number for "hoeveel"; a time, a who or a where for
    "wanneer", "wie" and "waar" (:func:`search.answer.kinds.fits`)."""
    if asked.wants_figure:
        return bool(_NUMBER.search(sentence))
    return fits(asked, sentence)
