"""Project folders, derived from the package location; importing this has no side effects."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA_RAW = ROOT / "data" / "raw"
DATA_PROCESSED = ROOT / "data" / "processed"
FIGURES = ROOT / "figures"
NOTEBOOKS = ROOT / "notebooks"
BUILD = ROOT / "build"
REPORTS = ROOT / "reports"


def resolve(path: str | Path) -> Path:
    """A path given relative to the repository root (as notebook parameters are) -> absolute."""
    p = Path(path)
    return p if p.is_absolute() else ROOT / p
