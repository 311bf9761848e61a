"""How well Dutch number expressions are read, and how fast ``mentions()`` is: prints tables.

    .venv/bin/python bench/number_reading.py [--tune] [--speed] [--root DIR]

The expressions (``bench/number_expressions.py``, written before tuning) are split once by the sha1 of
their text into a tune half (even) and a test half (odd).  An expression is read right when
``extract.mentions.mentions`` finds exactly one mention with the right value (and range ends) and unit,
or none where none should be read.  The test half is printed; ``--tune`` prints the tune half too, with
its misses (look only at those when tuning).  ``--speed`` times ``mentions()`` on a long text (the
corpus seeds and the Amsterdam archive), in CPU seconds, best of 5; ``--root DIR`` imports ``extract`` from another
checkout (e.g. a ``git worktree`` of main) to compare before and after.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = Path(sys.argv[sys.argv.index("--root") + 1]).resolve() if "--root" in sys.argv else HERE.parent
# this script's own folder must not be on the path: its name would shadow the standard library's "numbers"
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != HERE]

from extract.mentions import mentions  # noqa: E402


def _expressions() -> list:
    spec = importlib.util.spec_from_file_location("number_expressions", HERE / "number_expressions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.EXPRESSIONS


EXPRESSIONS = _expressions()

SHARES = {"fraction", "ratio"}
SPEED_CHARS = 2_000_000


def half(text: str) -> str:
    return "tune" if hashlib.sha1(text.encode("utf-8")).digest()[-1] % 2 == 0 else "test"


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def read_right(item) -> tuple[bool, str]:
    """Is the expression read with the right value and kind?  Also what was read, for the misses."""
    text, value, unit, low, high = item
    found = mentions(text)
    seen = (
        "; ".join(
            f"{m.raw!r}={m.value:g} {m.unit}" + (f" [{m.low:g}-{m.high:g}]" if m.low is not None else "") for m in found
        )
        or "niets"
    )
    if value is None:
        return not found, seen
    if len(found) != 1:
        return False, seen
    m = found[0]
    same_unit = m.unit == unit or (m.unit in SHARES and unit in SHARES)
    return same_unit and close(m.value, value) and close(m.low, low) and close(m.high, high), seen


def kind_of(item) -> str:
    text, value, unit, low, _ = item
    if value is None:
        return "geen getal"
    if low is not None:
        return "bereik"
    return {
        "fraction": "aandeel",
        "ratio": "aandeel",
        "times": "keer",
        "times_per_period": "keer",
        "count": "aantal",
        "eur": "bedrag",
        "percent": "procent",
    }.get(unit, "overig")


def accuracy_table(name: str, items: list, show_misses: bool) -> None:
    right, total = Counter(), Counter()
    misses = []
    for item in items:
        ok, seen = read_right(item)
        kind = kind_of(item)
        total[kind] += 1
        right[kind] += ok
        if not ok:
            misses.append((item, seen))
    print(
        f"\n{name}: {sum(right.values())} van {sum(total.values())} goed gelezen "
        f"({sum(right.values()) / max(1, sum(total.values())):.1%})"
    )
    print(f"  {'soort':<12} {'goed':>5} {'totaal':>7}")
    for kind in sorted(total):
        print(f"  {kind:<12} {right[kind]:>5} {total[kind]:>7}")
    if show_misses:
        for (text, value, unit, low, high), seen in misses:
            want = (
                "niets" if value is None else f"{value:g} {unit}" + (f" [{low:g}-{high:g}]" if low is not None else "")
            )
            print(f"  mis: {text!r}: verwacht {want}, gelezen {seen}")


def long_text() -> str:
    folders = [HERE.parent.parent / "shared" / "seeds", HERE.parent.parent / "shared" / "amsterdam"]
    parts, size = [], 0
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.suffix in (".txt", ".ocr")):
            text = path.read_text(encoding="utf-8", errors="replace")
            parts.append(text)
            size += len(text)
            if size >= SPEED_CHARS:
                return "\n\n".join(parts)
    return "\n\n".join(parts)


def speed() -> None:
    from extract.nonfigures import non_figures

    text = long_text()
    pages = [text[i : i + 4000] for i in range(0, len(text), 4000)]  # page-sized, as extraction calls it
    masks = [non_figures(page) for page in pages]  # extraction finds them once per page (PageText)
    print(f"\nmentions() op {len(text):,} tekens ({len(pages)} stukken van 4.000), {ROOT}:")
    for name, run in (
        ("met eigen maskers", lambda: [mentions(page) for page in pages]),
        ("maskers vooraf", lambda: [mentions(page, m) for page, m in zip(pages, masks)]),
    ):
        best, found = float("inf"), []
        for _ in range(5):
            start = time.process_time()  # CPU time of this process: other processes on the machine do not count
            found = run()
            best = min(best, time.process_time() - start)
        print(
            f"  {name:<18} {best:6.2f} CPU-s (beste van 5) = {1e6 * best / len(text):.2f} µs per teken, "
            f"{sum(map(len, found))} vermeldingen"
        )


if __name__ == "__main__":
    if "--speed" not in sys.argv or "--accuracy" in sys.argv:
        test = [item for item in EXPRESSIONS if half(item[0]) == "test"]
        tune = [item for item in EXPRESSIONS if half(item[0]) == "tune"]
        print(f"{len(EXPRESSIONS)} uitdrukkingen: {len(tune)} afstemmen (tune), {len(test)} toets (test)")
        accuracy_table("toets (test)", test, show_misses=False)
        if "--tune" in sys.argv:
            accuracy_table("afstemmen (tune)", tune, show_misses=True)
    if "--speed" in sys.argv:
        speed()
