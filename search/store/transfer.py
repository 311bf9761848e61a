"""Moving an archive between stores: every table as JSON lines plus a manifest.

``export_store`` writes one ``TABLE.jsonl`` per store table (one JSON object
per row, in primary-key order) and ``manifest.json`` last: the schema version
(the applied migrations, in order), the raadslens version, and per table its
columns, row count and the sha256 of its file.  ``import_store`` checks all of
that before it writes anything, then loads every table into an empty store in
one transaction; a failure half-way leaves the store as empty as it was.
Imported documents are marked unindexed: the caller rebuilds the index.

The format names columns, not positions, and holds plain JSON values, so a
store of another back end with the same migrations reads it the same way.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from search.store.db import Store

MANIFEST = "manifest.json"
FORMAT = "raadslens-export-1"

# Every table of the store, in load order (a row's document first), with the columns that order its rows:
# the primary key, or for figure_terms (which has none) all its columns.  A migration that adds a table
# adds it here too (tests/test_transfer.py fails otherwise).
TABLES: dict[str, tuple[str, ...]] = {
    "documents": ("id",),
    "pages": ("doc_id", "number"),
    "passages": ("id",),
    "tables": ("id",),
    "figures": ("id",),
    "letters": ("doc_id",),
    "questions": ("id",),
    "figure_terms": ("doc_id", "figure_id", "term", "unit", "year"),
    "figure_terms_state": ("doc_id",),
    "figure_context": ("figure_id",),
    "saved_reports": ("token",),
    "saved_searches": ("id",),
}
# bookkeeping, not data: the migrations are the manifest's schema version, the generation counter moves by
# itself; the PostgreSQL engine's index tables (when it shares the store's database) are rebuilt by import
NOT_EXPORTED = frozenset({"migrations", "generation", "raadslens_units", "raadslens_meta"})

Progress = Callable[[int, int], None]  # rows done, rows in all


class TransferError(Exception):
    """An export or import that cannot go ahead; the message (Dutch) says what to do."""


@dataclass
class TransferSummary:
    direction: str  # "export" or "import"
    directory: str
    counts: dict[str, int] = field(default_factory=dict)
    schema: list[str] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(self.counts.values())

    def line(self) -> str:
        what = "geëxporteerd naar" if self.direction == "export" else "geïmporteerd uit"
        documents = self.counts.get("documents", 0)
        return (
            f"{what} {self.directory}: {documents} documenten, {self.counts.get('passages', 0)} passages, "
            f"{self.counts.get('figures', 0)} cijfers; {self.rows} rijen in {len(self.counts)} tabellen"
        )

    def to_json(self) -> dict:
        return {
            "direction": self.direction,
            "directory": self.directory,
            "schema": self.schema,
            "rows": self.rows,
            "tables": dict(self.counts),
        }


def raadslens_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("raadslens")
    except PackageNotFoundError:
        return "onbekend"


def export_store(store: Store, directory: str | Path, progress: Progress | None = None) -> TransferSummary:
    """Write every table of ``store`` to ``directory`` (new or empty), the manifest last."""
    target = Path(directory)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise TransferError(
            f"{target} bestaat al en is niet leeg; kies een nieuwe map voor de export "
            f"(een bestaande export wordt niet overschreven)"
        )
    _check_tables(store)
    target.mkdir(parents=True, exist_ok=True)
    counts = {name: store.count_rows(name) for name in TABLES}
    total, done = sum(counts.values()), 0
    tables = {}
    for name, key in TABLES.items():
        columns = store.columns(name)
        digest = hashlib.sha256()
        written = 0
        with open(target / f"{name}.jsonl", "wb") as out:
            for row in store.dump_rows(name, columns, key):
                line = json.dumps(dict(zip(columns, row)), ensure_ascii=False).encode() + b"\n"
                out.write(line)
                digest.update(line)
                written += 1
                done += 1
                if progress and done % 1000 == 0:
                    progress(done, total)
        counts[name] = written
        tables[name] = {"file": f"{name}.jsonl", "columns": columns, "rows": written, "sha256": digest.hexdigest()}
    manifest = {
        "format": FORMAT,
        "raadslens": raadslens_version(),
        "schema": store.applied_migrations(),
        "tables": tables,
    }
    (target / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if progress:
        progress(done, total)
    return TransferSummary("export", str(target), counts, list(manifest["schema"]))


def read_manifest(directory: str | Path) -> dict:
    """The manifest of an export, checked for form (not yet the files)."""
    path = Path(directory) / MANIFEST
    if not path.is_file():
        raise TransferError(
            f"{path} ontbreekt: {directory} is geen (volledige) export; maak hem opnieuw met 'raadslens export MAP'"
        )
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        assert isinstance(manifest, dict) and manifest.get("format") == FORMAT
        assert isinstance(manifest["schema"], list) and isinstance(manifest["tables"], dict)
        for name, entry in manifest["tables"].items():
            assert isinstance(entry["file"], str) and "/" not in entry["file"] and "\\" not in entry["file"]
            assert isinstance(entry["columns"], list) and isinstance(entry["rows"], int)
            assert isinstance(entry["sha256"], str)
    except (ValueError, AssertionError, KeyError, TypeError, AttributeError) as err:
        raise TransferError(
            f"{path} is beschadigd of geen raadslens-export ({type(err).__name__}); "
            f"maak de export opnieuw met 'raadslens export MAP'"
        ) from None
    return manifest


def verify_export(directory: str | Path) -> dict:
    """The manifest, after checking that every file is there and has its recorded checksum."""
    source = Path(directory)
    manifest = read_manifest(source)
    for name, entry in manifest["tables"].items():
        path = source / entry["file"]
        if not path.is_file():
            raise TransferError(f"{path} ontbreekt in de export; maak de export opnieuw met 'raadslens export MAP'")
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        if digest.hexdigest() != entry["sha256"]:
            raise TransferError(
                f"{path} is beschadigd (controlegetal klopt niet met manifest.json); er is niets geïmporteerd. "
                f"Kopieer de export opnieuw of maak hem opnieuw met 'raadslens export MAP'"
            )
    return manifest


def import_store(store: Store, directory: str | Path, progress: Progress | None = None) -> TransferSummary:
    """Load an export into an empty ``store`` in one transaction; documents come in unindexed."""
    source = Path(directory)
    manifest = verify_export(source)
    _check_tables(store)
    schema = store.applied_migrations()
    if manifest["schema"] != schema:
        raise TransferError(
            f"de export heeft een ander schema dan dit archief (export: {_last(manifest['schema'])}, "
            f"archief: {_last(schema)}); importeer met de raadslens-versie die exporteerde "
            f"({manifest.get('raadslens', 'onbekend')}), of exporteer opnieuw met deze versie ({raadslens_version()})"
        )
    if set(manifest["tables"]) != set(TABLES):
        missing = sorted(set(TABLES) - set(manifest["tables"]))
        extra = sorted(set(manifest["tables"]) - set(TABLES))
        raise TransferError(
            f"de export heeft andere tabellen dan dit archief (ontbreekt: {', '.join(missing) or '-'}; "
            f"onbekend: {', '.join(extra) or '-'}); maak de export opnieuw met 'raadslens export MAP'"
        )
    for name in TABLES:
        if set(manifest["tables"][name]["columns"]) != set(store.columns(name)):
            raise TransferError(
                f"de kolommen van tabel {name} in de export wijken af van dit archief; "
                f"maak de export opnieuw met 'raadslens export MAP'"
            )
    filled = [name for name in TABLES if store.count_rows(name)]
    if filled:
        raise TransferError(
            f"dit archief is niet leeg ({', '.join(filled)}); importeer in een nieuwe, lege map: "
            f"raadslens --data NIEUWE-MAP import {source}"
        )
    total = sum(manifest["tables"][name]["rows"] for name in TABLES)
    counts: dict[str, int] = {}
    done = 0

    def rows(name: str, columns: list[str]) -> Iterator[tuple]:
        nonlocal done
        entry = manifest["tables"][name]
        path = source / entry["file"]
        n = 0
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                try:
                    record = json.loads(line)
                    values = tuple(record[c] for c in columns)
                except (ValueError, KeyError, TypeError):
                    raise TransferError(
                        f"{path} regel {number} is onleesbaar; er is niets geïmporteerd. "
                        f"Maak de export opnieuw met 'raadslens export MAP'"
                    ) from None
                n += 1
                done += 1
                if progress and done % 1000 == 0:
                    progress(done, total)
                yield values
        if n != entry["rows"]:
            raise TransferError(
                f"{path} heeft {n} rijen, manifest.json zegt {entry['rows']}; er is niets geïmporteerd. "
                f"Maak de export opnieuw met 'raadslens export MAP'"
            )
        counts[name] = n

    store.load_tables(
        [(name, list(manifest["tables"][name]["columns"])) for name in TABLES],
        rows,
        unindexed=True,
    )
    if progress:
        progress(done, total)
    return TransferSummary("import", str(source), counts, schema)


def _check_tables(store: Store) -> None:
    """Every table of the store is one this module knows (a new table must be added to ``TABLES``)."""
    unknown = set(store.table_names()) - set(TABLES) - NOT_EXPORTED
    if unknown:
        raise TransferError(
            f"deze raadslens kent tabel(len) {', '.join(sorted(unknown))} niet voor export/import; "
            f"werk raadslens bij (search/store/transfer.py TABLES)"
        )


def _last(schema: list[str]) -> str:
    return f"{schema[-1]} ({len(schema)} stappen)" if schema else "leeg"
