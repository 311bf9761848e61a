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
from search.answer.question import FILLER, Asked, verbish
from search.answer.subject import PARTY, equivalent, lemma_stems, missing_runs, missing_words, tabular
from search.index.analysis import fold, stem, terms

CANDIDATES = 30
MIN_COVER = 0.8
MIN_OWN = 0.65  # the sentence itself must hold two thirds of the words asked; its passage may hold the rest
SENTENCE_WEIGHT = 0.6
MAX_SENTENCE = 600
MIN_WORDS = 6  # shorter "sentences" are headings and chart labels
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9“\"'(•▪-])|\n\s*\n|\n(?=[-•▪e] )")
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
    hits = archive.search(query_of(asked), kinds=("passage",), limit=limit).hits if query_of(asked) else ()
    return tuple(Source(h.file, h.page, h.snippet, document=h.document, kind="passage") for h in hits)


def best_sentences(archive, asked: Asked) -> list[Found]:
    """Sentences of the passages found, best first (see the module docstring)."""
    wanted = wanted_terms(asked)
    query = query_of(asked)
    if not wanted or not query:
        return []
    passages = []
    for hit in archive.search(query, kinds=("passage",), limit=CANDIDATES).hits:
        row = archive.store.passage(int(hit.unit[1:])) if hit.unit.startswith("p") else None
        if row is not None and holds(asked, f"{row['text']} {hit.title}"):
            passages.append((hit, row["text"]))
    weights = _weights(wanted, [text for _, text in passages])
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
            ):
                continue
            own = weighted_coverage(weights, sentence)
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


def weighted_coverage(weights: dict[str, float], text: str) -> float:
    """The weighted share of the words asked that stand in ``text`` (verbs by their lemma:
    "registreert" is found in "geregistreerd"; "partij" by a party's name)."""
    total = sum(weights.values())
    if not total:
        return 0.0
    found = set(terms(text)) | lemma_stems(text)
    if PARTY.search(text):
        found.add("partij")
    return sum(w for t, w in weights.items() if t in found or _near(t, found) or equivalent(t, found)) / total


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
    for part in (sentence, re.split(r"[:;]", sentence)[-1]):
        words = [fold(w).strip("•▪-:.()") for w in re.sub(r"^\W*\d+\W*", "", part.strip()).split()[:2]]
        if words and (words[0] in _QUESTION_OPENERS or _ASKING & set(words)):
            return True
    return False


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


_DEFINITION = re.compile(r"^wat (?:is|zijn|betekent|betekenen|houdt|verstaat men onder) (?:de |het |een )?(.+)$")
_DEFINES = (
    r"^(?:\W*(?:de|het|een)\s+)?{x}\w*,?\s+(?:is|zijn|betekent|betekenen|houdt in|omvat|omvatten|behelst|"
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
    if asked.kind != "wat" or not found or len(found.group(1).split()) > 4:
        return True
    thing = r"\s+".join(re.escape(w) for w in found.group(1).split())
    folded = fold(sentence)
    return any(re.search(p.format(x=thing), folded) for p in _DEFINES)


def _complete(sentence: str) -> bool:
    """A sentence rather than chart labels or a heading run together: it ends like one, or is long."""
    return bool(re.search(r"[.!?:;)\"”’]$", sentence.rstrip())) or len(_WORDS.findall(sentence)) >= 14


def query_of(asked: Asked) -> str:
    """The search for a question: the words asked (verbs included), ORed."""
    words = [w for w in terms(asked.topic) if len(w) > 1]
    return " OF ".join(dict.fromkeys(words))


def _fits_kind(asked: Asked, sentence: str) -> bool:
    """The sentence is of the kind asked: a number for "hoeveel"; a time, a who or a where for
    "wanneer", "wie" and "waar" (:func:`search.answer.kinds.fits`)."""
    if asked.wants_figure:
        return bool(_NUMBER.search(sentence))
    return fits(asked, sentence)
