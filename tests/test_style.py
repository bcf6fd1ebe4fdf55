"""The house style draws Chinese with the bundled Noto Sans SC, registered at call time."""
from __future__ import annotations

import subprocess
import sys
import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from matplotlib import font_manager  # noqa: E402
from ogi import style  # noqa: E402


def _bitmap(text: str) -> np.ndarray:
    fig = plt.figure(figsize=(1, 1), dpi=60)
    fig.text(0.5, 0.5, text, fontsize=40, ha="center", va="center")
    fig.canvas.draw()
    pixels = np.asarray(fig.canvas.buffer_rgba())[..., 0].copy()
    plt.close(fig)
    return pixels


def test_chinese_is_drawn_with_the_bundled_font():
    style.use()
    found = font_manager.findfont(font_manager.FontProperties(family=["sans-serif"]),
                                  fallback_to_default=False)
    assert found == str(style.font_path())
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph ... missing from font(s)"
        zheng, fu = _bitmap("政"), _bitmap("府")
    with pytest.warns(UserWarning, match="missing from font"):
        box = _bitmap("\ue000")  # private-use code point: no font has it -> the missing box
    assert (zheng < 128).sum() > 50, "nothing was drawn"
    assert not np.array_equal(zheng, fu), "two characters render identically (missing glyphs)"
    assert not np.array_equal(zheng, box) and not np.array_equal(fu, box)


def test_font_is_registered_at_call_not_import():
    code = ("import ogi.style\n"
            "from matplotlib import font_manager as fm\n"
            "before = any(f.name == 'Noto Sans SC' for f in fm.fontManager.ttflist)\n"
            "ogi.style.use()\n"
            "after = any(f.name == 'Noto Sans SC' for f in fm.fontManager.ttflist)\n"
            "print(before, after)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"MPLBACKEND": "Agg", "PATH": ""})
    assert out.stdout.split() == ["False", "True"]


def test_use_applies_the_house_rcparams():
    style.use()
    rc = matplotlib.rcParams
    assert rc["font.sans-serif"][0] == "Noto Sans SC"
    assert rc["axes.spines.top"] is False and rc["axes.grid.axis"] == "y"
    assert rc["axes.prop_cycle"].by_key()["color"] == style.PALETTE
