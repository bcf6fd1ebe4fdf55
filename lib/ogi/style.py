"""House style for every ogi chart: one call, `use()`.

The CJK font comes from the pylopdf-fonts-zh-cn wheel (Noto Sans SC, SIL OFL), registered with
matplotlib's font manager when `use()` is called, never at import, and never from OS fonts: a
style file alone cannot make matplotlib find a font it has not been told about.
"""
from __future__ import annotations

import importlib.resources
from functools import lru_cache
from pathlib import Path

STYLE_FILE = Path(__file__).with_name("house.mplstyle")
FONT_PACKAGE = "pylopdf_fonts_zh_cn"
FONT_FILE = "NotoSansSC-Regular.otf"

# The palette, defined once: a muted categorical set that stays readable in greyscale order.
PALETTE = ["#2f5d8a", "#d1793b", "#5b9a68", "#b5473a", "#7c6aa6", "#8c8c3e", "#c9849f",
           "#4a9bb3", "#9c7451", "#6e6e6e"]
ACCENT = PALETTE[0]
MUTED = "#9a9a9a"
NO_DATA = "#bdbdbd"


def font_path() -> Path:
    """The bundled Noto Sans SC file (inside the installed wheel)."""
    return Path(str(importlib.resources.files(FONT_PACKAGE).joinpath(FONT_FILE)))


@lru_cache(maxsize=1)
def _register_font() -> str:
    from matplotlib import font_manager

    path = font_path()
    font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()


def font_name() -> str:
    """Family name of the registered CJK font (registers it on first call)."""
    return _register_font()


def use() -> None:
    """Apply house.mplstyle, register the CJK font and set the palette."""
    import matplotlib as mpl
    import matplotlib.pyplot as plt
    from cycler import cycler

    name = _register_font()
    plt.style.use(STYLE_FILE)
    # DejaVu Sans (shipped with matplotlib) is the fallback for glyphs Noto Sans SC lacks.
    mpl.rcParams["font.sans-serif"] = [name, "DejaVu Sans"]
    mpl.rcParams["axes.prop_cycle"] = cycler(color=PALETTE)
