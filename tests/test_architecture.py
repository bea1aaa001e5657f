"""The layering docs/DESIGN.md describes, checked from the source: corpus/ imports neither index/ nor bot/, index/
does not import bot/, and no module of the three packages imports itself back through others.

Every import counts, including those inside functions: an import moved into a function to get around a cycle
still ties the two modules together.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.paths import ROOT

PACKAGES = ("bot", "corpus", "index")
# What each layer may import of the others.
ALLOWED = {"corpus": {"corpus"}, "index": {"corpus", "index"}, "bot": {"corpus", "index", "bot"}}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for package in PACKAGES for path in sorted((ROOT / package).rglob("*.py"))}


def _resolve(name: str) -> str | None:
    """The module of ours an import names: `corpus.models.Film` → corpus.models; None for another library."""
    while name:
        if name in MODULES:
            return name
        name = name.rpartition(".")[0]
    return None


def imports_of(module: str) -> set[str]:
    """Our modules `module` imports anywhere in its source (top level, functions, conditionals)."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            # `from bot import health` imports the module bot.health; `from corpus.models import Film` does not.
            names = [f"{base}.{alias.name}" for alias in node.names] + [base]
        for name in names:
            target = _resolve(name)
            if target is not None and target != module:
                found.add(target)
    return found


GRAPH = {module: imports_of(module) for module in MODULES}


def test_the_graph_is_read_from_real_imports():
    assert "corpus.models" in GRAPH["corpus.store"]
    assert "bot.plain_text" in GRAPH["bot.terminal"]
    assert "bot.run" in GRAPH["bot.cli"]  # imported inside a function, and still seen


@pytest.mark.parametrize("module", sorted(MODULES))
def test_each_layer_imports_only_the_layers_below_it(module: str):
    layer = module.split(".")[0]
    wrong = sorted(target for target in GRAPH[module] if target.split(".")[0] not in ALLOWED[layer])
    assert wrong == [], f"{module} ({layer}/) imports {wrong}"


def test_no_import_cycles():
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        path.append(module)
        for target in sorted(GRAPH[module]):
            if state.get(target) == 1:
                cycles.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target)
        path.pop()
        state[module] = 2

    for module in sorted(GRAPH):
        if module not in state:
            visit(module)
    assert cycles == [], "import cycles: " + "; ".join(" → ".join(cycle) for cycle in cycles)


def test_the_design_document_names_every_module():
    """docs/DESIGN.md gives each module its one job; a module it does not name has no documented job."""
    design = (ROOT / "docs" / "DESIGN.md").read_text(encoding="utf-8")
    missing = [
        str(path.relative_to(ROOT))
        for path in MODULES.values()
        if path.name != "__init__.py" and f"`{path.relative_to(ROOT / path.relative_to(ROOT).parts[0])}`" not in design
    ]
    assert missing == []
