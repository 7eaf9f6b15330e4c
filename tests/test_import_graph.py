"""The import graph of the product: no cycles, the layers point one way, and each third-party library and
the database's SQL stay behind the one module (or package) that owns them.

Every import counts, at the top of a module or inside a function (a late import still ties two modules);
``import a.b`` is an edge to ``a.b`` (the packages above it run first, but they do not import it).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("extract", "index", "ui", "avvik_cli")
# what each top-level part may import from the project: the layers, lowest first
ALLOWED = {
    "extract": {"extract"},
    "index": {"extract", "index"},
    "ui": {"extract", "index", "ui"},
    "avvik_cli": {"extract", "index", "avvik_cli"},
    "app": {"extract", "index", "ui"},
}
# Cycles that exist and are not ours to break, each with who should: the test fails on any other.
KNOWN_CYCLES: dict[tuple[str, ...], str] = {}
# third-party modules, and who alone may import them
OWNERS = {
    "sqlite3": ("index.catalog",),
    "qdrant_client": ("index.vectors.server",),
    "qdrant_edge": ("index.vectors.edge",),
    "sentence_transformers": ("index.vectors.embedder",),
    "pymupdf": ("extract",),
    "fitz": ("extract",),
    "spacy": ("extract",),
    "streamlit": ("ui", "app"),
}


def _modules() -> dict[str, Path]:
    found = {"app": ROOT / "app.py"}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """Every module ``name`` imports (project and third-party), by its full dotted name."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                child = f"{base}.{alias.name}"
                found.add(child if child in MODULES else base)
    return found


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _project_edges(name: str) -> set[str]:
    return {target for target in GRAPH[name] if target in MODULES}


def _cycles() -> list[list[str]]:
    """Each strongly connected group of more than one module (or a module importing itself)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's algorithm
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(_project_edges(node)):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1 or node in _project_edges(node):
                groups.append(sorted(group))

    for node in sorted(MODULES):
        if node not in index:
            visit(node)
    return groups


def test_the_graph_is_read() -> None:
    assert len(MODULES) > 50
    assert "index.catalog.sql" in GRAPH["index.catalog"]


def test_no_import_cycles() -> None:
    assert _cycles() == []


@pytest.mark.parametrize("name", sorted(MODULES))
def test_layers_point_one_way(name: str) -> None:
    """extract/ never imports index/, ui/ or the CLI; index/ never the app or the CLI."""
    layer = name.split(".")[0]
    wrong = sorted(t for t in _project_edges(name) if t.split(".")[0] not in ALLOWED[layer])
    assert wrong == [], f"{name} imports {wrong}"


@pytest.mark.parametrize("library", sorted(OWNERS))
def test_each_library_has_one_owner(library: str) -> None:
    users = sorted(
        name
        for name, imported in GRAPH.items()
        if any(i == library or i.startswith(f"{library}.") for i in imported)
    )
    strangers = [u for u in users if not any(u == o or u.startswith(f"{o}.") for o in OWNERS[library])]
    assert strangers == [], f"{library} is imported outside {OWNERS[library]}: {strangers}"


SQL = re.compile(r"\b(SELECT .+ FROM|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE)\b")


@pytest.mark.parametrize("name", sorted(n for n in MODULES if not n.startswith("index.catalog")))
def test_sql_is_written_in_the_catalog_only(name: str) -> None:
    """No caller outside ``index.catalog`` writes SQL or reaches for the catalog's connection."""
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    strings = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    assert [s for s in strings if SQL.search(s)] == []
    reached = [n for n in ast.walk(tree) if isinstance(n, ast.Attribute) and n.attr == "db"]
    assert reached == [], f"{name} uses a catalog's connection (.db)"
