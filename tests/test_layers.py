"""The shape of the code: each layer of ``pipeline/`` imports only from the layers below it, ``stages/`` never
imports the engine (nor Dramatiq), no module imports itself back through others, and the API's functions stay
short. Read from the source with ``ast``: every import counts, at the top of a module or inside a function.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Lowest first; a module may import its own layer and the layers before it. ``pipeline.errors``,
#: ``pipeline.settings`` and the checks they rely on are the core every layer reads.
LAYERS = (
    ("core", ("pipeline", "pipeline.errors", "pipeline.settings", "pipeline.checks", "pipeline.addresses",
              "pipeline.ids", "pipeline.netguard", "pipeline.metrics", "pipeline.demo")),
    ("setup", ("pipeline.setup",)),
    ("model", ("pipeline.model",)),
    ("storage", ("pipeline.storage",)),
    ("control", ("pipeline.control",)),
    ("stages", ("stages",)),
    ("engine", ("pipeline.engine",)),
    ("services", ("pipeline.services",)),
    ("api", ("pipeline.api",)),
    ("cli", ("pipeline.cli",)),
)


def modules() -> dict[str, Path]:
    found = {}
    for package in ("pipeline", "stages"):
        for path in (ROOT / package).rglob("*.py"):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


MODULES = modules()


def layer(module: str) -> int:
    """The rank of ``module``'s layer (the longest prefix that names one)."""
    best, rank = -1, -1
    for index, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best:
                best, rank = len(prefix), index
    assert rank >= 0, f"{module} is in no layer: add it to LAYERS"
    return rank


def imported(module: str, path: Path) -> set[str]:
    """The project modules ``module`` imports (the module itself when a name is imported from it)."""
    names: set[str] = set()
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            names.update(f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base
                         for alias in node.names)
    found = set()
    for name in names:
        while name and name not in MODULES:
            name = name.rpartition(".")[0]
        if name and name != module:
            found.add(name)
    return found


GRAPH = {module: imported(module, path) for module, path in MODULES.items()}


def test_each_layer_imports_only_layers_below_it():
    upward = [f"{module} ({LAYERS[layer(module)][0]}) imports {target} ({LAYERS[layer(target)][0]})"
              for module, targets in sorted(GRAPH.items()) for target in sorted(targets)
              if layer(target) > layer(module)]
    assert upward == []


def test_stages_import_neither_dramatiq_nor_the_engine():
    offenders = []
    for module, path in MODULES.items():
        if module.split(".")[0] != "stages":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            offenders += [f"{module}: {n}" for n in names if n.split(".")[0] == "dramatiq"
                          or n == "pipeline.engine" or n.startswith("pipeline.engine.")]
    assert offenders == []


def test_no_import_cycle():
    """Tarjan's strongly connected components over every import: each must be a single module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in GRAPH[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(GRAPH):
        if node not in index:
            visit(node)
    assert cycles == []


def test_api_functions_are_short():
    long = []
    for module, path in MODULES.items():
        if module.startswith("pipeline.api"):
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    lines = node.end_lineno - node.lineno + 1
                    if lines > 60:
                        long.append(f"{module}.{node.name}: {lines} lines")
    assert long == []
