"""The pure-Python tokenizer and phrase matcher of extract/ against spaCy itself (the oracle).

This is the one place besides ``extract.nlp.pipeline`` that needs spaCy: it checks that
``extract/data/tokenizer-nl.json`` holds the installed spaCy's expressions, that the tokens
and the entities are spaCy's on real sentences, and that a short CLI job never imports spaCy.

Rewrite the stored expressions after a spaCy upgrade with ``python tests/test_dutch_tokens.py --write``.
"""

from __future__ import annotations

import functools
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from extract import dutch_tokens, nlp
from ingest import read_document

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
NAMES = ("prefix", "suffix", "infix", "url")


def spacy_rules() -> dict[str, str]:
    """The expressions of the tokenizer :func:`extract.nlp._blank_dutch` builds, by name."""
    tokenizer = nlp.pipeline().tokenizer
    assert not tokenizer.rules and tokenizer.token_match is None, "special cases or token_match: not reproduced"
    functions = (tokenizer.prefix_search, tokenizer.suffix_search, tokenizer.infix_finditer, tokenizer.url_match)
    return {name: f.__self__.pattern for name, f in zip(NAMES, functions)}


@functools.lru_cache(maxsize=1)
def sentences() -> list[str]:
    """Sentences (and table-cell-like lines) of corpus, seeds and Amsterdam texts holding a pattern's first word."""
    starts = nlp._pattern_starts()
    texts = [
        p.read_text(encoding="utf-8", errors="replace") for p in sorted((SHARED / "amsterdam").rglob("*.ocr"))[:150]
    ]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted((SHARED / "seeds").glob("*.txt"))]
    texts += [
        page.text for page in read_document(ROOT / "corpus" / "mensenhandelmonitor-2025-regio-rotterdam.pdf").pages
    ]
    found = []
    for text in texts:
        for piece in re.split(r"(?<=[.!?])\s+|\n\s*\n", text):
            if starts.intersection(nlp._WORDS.findall(piece.lower())):
                found.append(piece)
    return found


HARD = [
    "Rotterdam-Rijnmond en het ESSM's rapport, (AVIM) en Capelle a/d IJssel; 's-Gravenhage en Alblasserdam.",
    "De VVD/PvdA-fractie, GroenLinks-PvdA en D66: 50PLUS (BIJ1)!",
    "Zie https://www.rotterdam.nl/politie of info@riec.nl, het OM—Openbaar Ministerie—en de KMar.",
    "  Rotterdam\n\nSchiedam  Vlaardingen\tMaassluis  ",
    "Het Regionaal Informatie- en Expertisecentrum Rotterdam en het RIEC Rotterdam (RIEC's).",
    "Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen, de Nationaal Rapporteur.",
    "“Den Haag”, ‘Leiden’, [Delft], {Gouda}, Zuid-Holland’s Ridderkerk… Lansingerland.",
]


def test_the_stored_expressions_are_the_installed_spacys():
    stored = json.loads(dutch_tokens.RULES.read_text(encoding="utf-8"))
    assert {name: stored[name] for name in NAMES} == spacy_rules(), "run: python tests/test_dutch_tokens.py --write"


def test_tokens_are_spacys_on_real_sentences():
    tokenizer = nlp.pipeline().tokenizer
    texts = HARD + sentences()
    assert len(texts) > 300
    differ = []
    for text in texts:
        ours = [text[a:b] for a, b in dutch_tokens.spans(text)]
        theirs = [t.text for t in tokenizer(text)]
        if ours != theirs:
            differ.append((text[:80], ours[:20], theirs[:20]))
    assert not differ, differ[:3]


def test_entities_are_the_spacy_rulers_on_real_sentences():
    texts = HARD + sentences()
    ours, theirs = nlp.entities(texts), nlp.spacy_entities(texts)
    assert sum(map(len, theirs)) > 300  # the sentences do hold entities
    differ = [(t[:80], a, b) for t, a, b in zip(texts, ours, theirs) if a != b]
    assert not differ, differ[:3]


def test_token_boundaries_decide_the_names():
    # "ESSM's" stays one token (no suffix rule splits it), so it is not the ESSM; "Rotterdam-Rijnmond" is
    # the region, not Rotterdam; "'s-Gravenhage" is an alias; "Alblasserdam." loses its full stop.
    [found] = nlp.entities([HARD[0]])
    assert [(HARD[0][e.start : e.end], e.canonical) for e in found] == [
        ("Rotterdam-Rijnmond", "Rotterdam-Rijnmond"),
        ("AVIM", "AVIM"),
        ("Capelle a/d IJssel", "Capelle aan den IJssel"),
        ("'s-Gravenhage", "Den Haag"),
        ("Alblasserdam", "Alblasserdam"),
    ]


def test_the_lemma_table_is_spacys():
    import spacy_lookups_data
    from spacy.util import load_language_data

    assert nlp._lemma_table() == load_language_data(spacy_lookups_data.nl["lemma_lookup"])


@pytest.mark.parametrize("text", ["In 2024 waren er 150 meldingen in Capelle aan den IJssel, zegt het ESSM."])
def test_verifying_a_text_from_the_cli_does_not_import_spacy(tmp_path, text):
    draft = tmp_path / "concept.txt"
    draft.write_text(text, encoding="utf-8")
    script = (
        "import sys\n"
        "from web.cli import main\n"
        f"try:\n    main(['--data', {str(tmp_path / 'var')!r}, 'verify', {str(draft)!r}])\n"
        "except SystemExit:\n    pass\n"
        "from extract import nlp\n"
        "assert nlp.lemma('meldingen') == 'melding' and nlp.entities(['Schiedam'])[0]\n"
        "print('spacy' in sys.modules, 'spacy_lookups_data' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == "False True", done.stdout + done.stderr


def write() -> None:
    """Store the installed spaCy's expressions in extract/data/tokenizer-nl.json."""
    import spacy

    rules = {"spacy": spacy.__version__, **spacy_rules()}
    dutch_tokens.RULES.write_text(json.dumps(rules, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit("usage: python tests/test_dutch_tokens.py --write")
    write()
