"""codegraph.imported_files: the package files a piece of code runs, from its imports."""
from __future__ import annotations

from pathlib import Path

from ogi.codegraph import imported_files


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
