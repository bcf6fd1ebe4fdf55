"""Which of the package's files a piece of code runs: found from the import statements.

The parse cache (`ogi.cache`) and the figure manifest (`ogi.figures`) key on the code that can
change what they hold. Reading the imports instead of keeping lists by hand means a new module
counts as soon as something imports it, and a module nothing on the path imports never does.
Imports inside functions count too (the lazy ones are as real as the others).
"""
from __future__ import annotations

import ast
from pathlib import Path

DATA_SUFFIXES = (".yaml", ".yml", ".json", ".csv", ".txt")


def data_files(package: Path) -> set[Path]:
    """The package's data files (taxonomy.yaml, outcomes.yaml, …): code reads them by name, so
    no import names them, and any of them can change what parsing or rendering gives."""
    return {p for p in package.rglob("*") if p.is_file() and p.suffix in DATA_SUFFIXES
            and "__pycache__" not in p.parts}


def imported_files(package: Path, entries: list[Path]) -> list[Path]:
    """`entries` and every file of `package` they import, at any depth, sorted."""
    found: set[Path] = set()
    todo = list(entries)
    while todo:
        path = todo.pop()
        if path in found or not path.is_file():
            continue
        found.add(path)
        todo += _package_imports(path, package)
        # importing a module runs its parent packages' __init__ first
        todo += [parent / "__init__.py" for parent in path.parents
                 if parent.is_relative_to(package)]
    return sorted(found)


def _package_imports(path: Path, package: Path) -> list[Path]:
    """Files of the package that `path` imports (relative or absolute `ogi.` imports); a name
    may be a module or a package, so both candidates are listed and missing ones skipped."""
    def module_file(base: Path) -> list[Path]:
        return [base.with_suffix(".py"), base / "__init__.py"]

    out = []
    for node in ast.walk(ast.parse(path.read_bytes())):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = path.parent
                for _ in range(node.level - 1):
                    base = base.parent
            elif (node.module or "").split(".")[0] == package.name:
                base = package.parent
            else:
                continue
            target = base.joinpath(*node.module.split(".")) if node.module else base
            out += module_file(target)
            out += [f for alias in node.names for f in module_file(target / alias.name)]
        elif isinstance(node, ast.Import):
            out += [f for alias in node.names if alias.name.split(".")[0] == package.name
                    for f in module_file(package.parent.joinpath(*alias.name.split(".")))]
    return out
