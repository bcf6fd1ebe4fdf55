"""codegraph: the package files a piece of code runs (from its imports) and the data files it reads."""
from __future__ import annotations

from pathlib import Path

from ogi import figures
from ogi.codegraph import data_files, imported_files
from ogi.paths import ROOT


def write(root: Path, rel: str, text: str = "") -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_relative_absolute_lazy_and_package_imports_are_followed_and_others_are_not(tmp_path):
    pkg = tmp_path / "ogi"
    entry = write(pkg, "entry.py", "from .a import x\nimport ogi.b\nimport json\n"
                                   "def later():\n    from .sub import c\n")
    write(pkg, "a.py", "from . import shared\n")
    write(pkg, "b.py")
    write(pkg, "sub/__init__.py", "from ..deep.leaf import y\n")
    write(pkg, "sub/c.py")
    write(pkg, "shared.py")
    write(pkg, "deep/__init__.py")
    write(pkg, "deep/leaf.py")
    write(pkg, "unused.py", "from . import a\n")
    got = {p.relative_to(pkg).as_posix() for p in imported_files(pkg, [entry])}
    assert got == {"entry.py", "a.py", "b.py", "shared.py", "sub/__init__.py", "sub/c.py",
                   "deep/__init__.py", "deep/leaf.py"}


def test_data_files_are_the_packages_data_at_any_depth_and_not_its_code_or_caches(tmp_path):
    pkg = tmp_path / "ogi"
    write(pkg, "taxonomy.yaml")
    write(pkg, "sub/rows.csv")
    write(pkg, "module.py")
    write(pkg, "__pycache__/stale.txt")
    assert {p.relative_to(pkg).as_posix() for p in data_files(pkg)} == {"taxonomy.yaml",
                                                                        "sub/rows.csv"}


def test_the_figure_code_hash_moves_when_a_label_file_changes(tmp_path, monkeypatch):
    """Chart labels come from outcomes.yaml: editing it must make every figure stale."""
    package = ROOT / "lib" / "ogi"
    before = figures.code_sha256()
    original = (package / "outcomes.yaml").read_bytes()
    copy = tmp_path / "ogi"
    for path in package.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            write(copy, path.relative_to(package).as_posix()).write_bytes(path.read_bytes())
    monkeypatch.setattr(figures, "__file__", str(copy / "figures.py"))
    assert figures.code_sha256() == before
    (copy / "outcomes.yaml").write_bytes(original + b"\n# edited\n")
    assert figures.code_sha256() != before
