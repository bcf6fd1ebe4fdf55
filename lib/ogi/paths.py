"""Project folders, derived from the package location; importing this has no side effects."""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA_RAW = ROOT / "data" / "raw"
DATA_PROCESSED = ROOT / "data" / "processed"
FIGURES = ROOT / "figures"
NOTEBOOKS = ROOT / "notebooks"
BUILD = ROOT / "build"
REPORTS = ROOT / "reports"


def resolve(path: str | Path) -> Path:
    """A path as the user gave it -> absolute. Relative paths mean the current directory, in
    every command and loader alike (as `ogi parse --out` always did); a notebook kernel starts
    in the notebook's folder, and `ogi run` hands it absolute paths."""
    return Path(os.path.abspath(Path(path).expanduser()))


def in_repo(path: str | Path) -> str:
    """How manifests record a path: relative to the repository root when inside it, so a
    record made on one clone reads the same on another."""
    path = resolve(path)
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return path.as_posix()


def from_repo(recorded: str | Path) -> Path:
    """The inverse of `in_repo`: a recorded path relative to the repository root."""
    path = Path(recorded)
    return path if path.is_absolute() else ROOT / path
