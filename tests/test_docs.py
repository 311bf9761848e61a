"""Docs held to the code: README names every CLI command, each third-party library stays in its one module."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

from web.cli import main

ROOT = Path(__file__).resolve().parents[1]
OWN = {"ingest", "extract", "search", "web"}

# Each third-party library is imported by one module (the web layer's Flask and click excepted: they are
# the web layer).  A swap of the library is then a change of that one module.
ONE_MODULE: dict[str, str | tuple[str, ...]] = {
    "distributed": "search/ingestion/_dask.py",
    "docx": "ingest/_word.py",
    "pdfplumber": "ingest/_plumber.py",
    "pypdfium2": "ingest/pdf.py",
    "psycopg": ("search/index/_postgres.py", "search/store/_postgres.py"),  # the engine, the store
    "rapidfuzz": "extract/fuzzy.py",
    "snowballstemmer": "search/index/analysis.py",
    "spacy": "extract/nlp.py",
    "spacy_lookups_data": "extract/nlp.py",
    "tantivy": "search/index/_tantivy.py",
    "text_to_num": "extract/numwords.py",
    "waitress": "web/_waitress.py",
    "whoosh": "search/index/_whoosh.py",
}
FACES = {"click": "web/cli/", "flask": "web/", "markupsafe": "web/", "werkzeug": "web/"}


def _third_party_imports() -> dict[str, set[str]]:
    uses: dict[str, set[str]] = {}
    for package in sorted(OWN):
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    top = name.split(".")[0]
                    if top not in sys.stdlib_module_names and top not in OWN and top != "__future__":
                        uses.setdefault(top, set()).add(path.relative_to(ROOT).as_posix())
    return uses


def test_every_cli_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    missing = [name for name in main.commands if f"raadslens {name}" not in readme]
    assert not missing, f"README.md names no example of: {missing}"


def test_each_third_party_library_is_imported_by_its_one_module():
    for library, modules in _third_party_imports().items():
        if library in FACES:
            assert all(m.startswith(FACES[library]) for m in modules), (library, modules)
            continue
        assert library in ONE_MODULE, f"{library} is new: give it one module and add it to ONE_MODULE ({modules})"
        expected = ONE_MODULE[library]
        assert modules == ({expected} if isinstance(expected, str) else set(expected)), (library, modules)


def _code_settings() -> set[str]:
    found = set()
    for package in sorted(OWN):
        for path in (ROOT / package).rglob("*.py"):
            found.update(re.findall(r"RAADSLENS_[A-Z_]+", path.read_text()))
    return found


def test_every_environment_variable_is_in_the_settings_table_the_help_and_the_docs():
    from click.testing import CliRunner

    from search.settings import SETTINGS

    names = {s.name for s in SETTINGS}
    assert _code_settings() <= names, f"read but not in search/settings.py: {_code_settings() - names}"
    developers = (ROOT / "DEVELOPERS.md").read_text()
    help_text = CliRunner().invoke(main, ["--help"]).output
    for name in names:
        assert f"`{name}`" in developers, f"DEVELOPERS.md does not document {name}"
        assert name in help_text, f"raadslens --help does not name {name}"


def test_settings_are_read_through_the_table_only():
    offenders = []
    for package in sorted(OWN):
        for path in (ROOT / package).rglob("*.py"):
            text = path.read_text()
            if path.name != "settings.py" and ('environ.get("RAADSLENS_' in text or 'environ["RAADSLENS_' in text):
                offenders.append(path.relative_to(ROOT).as_posix())
    assert not offenders, f"read RAADSLENS_* with setting(): {offenders}"


def test_every_check_kind_has_a_dutch_name_and_a_filter_on_the_consistency_page(tmp_path):
    from search.crosscheck.checks import CHECKS, KINDS
    from web.app import create_app

    assert len(set(KINDS)) == len(CHECKS) and all(c.name.strip() for c in CHECKS)
    page = create_app({"DATA_DIR": str(tmp_path)}).test_client().get("/consistentie").get_data(as_text=True)
    for check in CHECKS:
        assert check.name in page, f"the consistency page does not offer {check.kind} ({check.name})"


def test_the_web_layer_uses_the_search_facade_only():
    import search

    offenders = []
    for path in (ROOT / "web").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("search"):
                if node.module != "search":
                    offenders.append(f"{path.relative_to(ROOT)}: from {node.module}")
                offenders += [
                    f"{path.relative_to(ROOT)}: {a.name} is not in search.__all__"
                    for a in node.names
                    if node.module == "search" and a.name not in search.__all__
                ]
            elif isinstance(node, ast.Import) and any(a.name.startswith("search.") for a in node.names):
                offenders.append(f"{path.relative_to(ROOT)}: import {node.names[0].name}")
    assert not offenders, offenders


def test_developers_md_names_every_module_of_search():
    developers = (ROOT / "DEVELOPERS.md").read_text()
    missing = [
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "search").rglob("*.py")
        if path.name != "__init__.py" and path.name not in developers
    ]
    assert not missing, f"DEVELOPERS.md's layout does not name: {missing}"


def test_no_bench_script_shadows_a_standard_module():
    """bench/ is sys.path[0] when a bench script runs: a bench/numbers.py hides the standard library's."""
    shadowing = [p.name for p in (ROOT / "bench").glob("*.py") if p.stem in sys.stdlib_module_names]
    assert not shadowing, f"rename these bench scripts: {shadowing}"


def _readme_command_lines() -> list[list[str]]:
    """Every ``raadslens ...`` line of the README's shell blocks, as words (env prefix and comment cut)."""
    import shlex

    blocks = re.findall(r"```sh\n(.*?)```", (ROOT / "README.md").read_text(), flags=re.S)
    lines = []
    for line in (line for block in blocks for line in block.splitlines()):
        words = shlex.split(line, comments=True)
        while words and re.fullmatch(r"[A-Z_]+=.*|export", words[0]):
            words = words[1:]
        if words and words[0].endswith("raadslens"):
            lines.append(words[1:])
    return lines


def test_every_readme_command_line_parses_with_the_cli():
    """A command or option the README shows (Deployment included) exists in the CLI with that spelling."""
    import click

    lines = _readme_command_lines()
    assert len(lines) >= 10 and any("--production" in words for words in lines)
    for words in lines:
        shown = "raadslens " + " ".join(words)
        command: click.Command = main
        rest = list(words)
        while isinstance(command, click.Group):
            takes_value = {o for p in command.params if isinstance(p, click.Option) and not p.is_flag for o in p.opts}
            while rest and rest[0].startswith("-"):
                assert rest[0].split("=")[0] in {o for p in command.params for o in p.opts}, f"README: {shown}"
                rest = rest[2:] if rest[0] in takes_value else rest[1:]
            name = rest.pop(0) if rest else ""
            found = command.get_command(click.Context(command), name)
            assert found is not None, f"README: '{shown}': no command {name!r}"
            command = found
        options = {o for p in command.params for o in [*getattr(p, "opts", []), *getattr(p, "secondary_opts", [])]}
        unknown = [w.split("=")[0] for w in rest if w.startswith("--") and w.split("=")[0] not in options]
        assert not unknown, f"README: '{shown}': {command.name} has no option {unknown}"
