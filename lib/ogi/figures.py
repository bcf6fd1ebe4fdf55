"""The only writer of figure files: `save()`, plus the manifest that proves they are fresh.

save() stamps a mandatory "Source:" line, writes PNG + SVG (+ PDF) with deterministic bytes
(no dates, no software versions, fixed SVG hash salt), each through a temporary file renamed
into place, and records one row per figure in <figures_dir>/MANIFEST.csv: the producing notebook
and a hash of its cell sources, the parameters, the sha256 of every input file, a hash of the
rendering code, library versions and the image hashes. `check_fresh()` recomputes those hashes
(for `make check-figures`); `figure_index_markdown()` renders the README figure index.
"""
from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import os
import tempfile
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

from . import paths
from .codegraph import data_files, imported_files

MANIFEST = "MANIFEST.csv"
MANIFEST_COLUMNS = ["figure", "notebook", "notebook_sha256", "parameters", "inputs",
                    "code_sha256", "versions", "png_sha256", "svg_sha256", "source"]
FORMATS = ("png", "svg")
SAVE_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "Creator": None, "Producer": None},
}
SVG_HASHSALT = "ogi"
# What notebooks call to draw and save (and, through the imports, everything that code runs),
# plus the style sheet: a change there can alter a figure without changing its data.
RENDERING_ENTRIES = ("notebook.py", "charts.py", "figures.py", "style.py")
STYLE_FILES = ("house.mplstyle",)
VERSIONED = ("matplotlib", "pandas", "numpy", "pylopdf-fonts-zh-cn")
SOURCE_GID = "ogi-source"


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@functools.lru_cache(maxsize=256)
def _sha256_cached(path: str, size: int, mtime_ns: int) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sha256_file(path: str | Path) -> str:
    """sha256 of a file; cached per (path, size, mtime) because every figure re-hashes inputs."""
    st = os.stat(path)
    return _sha256_cached(str(path), st.st_size, st.st_mtime_ns)


def notebook_sha256(notebook: str | Path) -> str:
    """Hash of a notebook's cell types and sources only: re-executing it (new outputs, counts,
    papermill metadata) does not change the hash, editing a cell does."""
    nb = json.loads(Path(notebook).read_text(encoding="utf-8"))
    cells = [[c["cell_type"], "".join(c["source"]) if isinstance(c["source"], list)
              else c["source"]] for c in nb["cells"]]
    return sha256_bytes(json.dumps(cells, ensure_ascii=False).encode())


def code_sha256() -> str:
    """Hash of the rendering code, the package's data files (chart labels come from
    taxonomy.yaml and outcomes.yaml) and the bundled font."""
    from .style import font_path

    here = Path(__file__).parent
    digest = hashlib.sha256()
    code = set(imported_files(here, [here / name for name in RENDERING_ENTRIES]))
    for path in sorted(code | data_files(here)) + [here / name for name in STYLE_FILES]:
        digest.update(path.relative_to(here).as_posix().encode() + b"\0" + path.read_bytes())
    digest.update(sha256_file(font_path()).encode())
    return digest.hexdigest()


def library_versions() -> dict[str, str]:
    return {name: metadata.version(name) for name in VERSIONED}


def input_hashes(inputs: Iterable[str | Path]) -> dict[str, str]:
    """{path as recorded (paths.in_repo): sha256} for the files that exist (a missing optional
    input is recorded as absent rather than failing the figure)."""
    return {paths.in_repo(p): sha256_file(paths.resolve(p)) if paths.resolve(p).exists()
            else "missing" for p in inputs}


SOURCE_PREFIX = {"en": "Source: ", "zh": "资料来源："}


def _stamp_source(fig, source: str, lang: str) -> None:
    """Add (or replace, so saving twice is idempotent) the source line, in the figure's
    language."""
    for text in list(fig.texts):
        if text.get_gid() == SOURCE_GID:
            text.remove()
    fig.text(0.01, 0.07 / fig.get_figheight(), f"{SOURCE_PREFIX[lang]}{source}", ha="left",
             va="bottom", fontsize=7.5, color="#6b6b6b", gid=SOURCE_GID)


def _freeze_layout(fig) -> None:
    """Run the layout engine once, then fix the positions: constrained layout iterates from the
    current state, so without this a second save of the same figure moves things slightly."""
    if fig.get_layout_engine() is not None:
        fig.draw_without_rendering()
        fig.set_layout_engine("none")


def render(fig, fmt: str) -> bytes:
    """The figure's bytes in one format, without dates or version strings."""
    import matplotlib as mpl

    buffer = io.BytesIO()
    with mpl.rc_context({"svg.hashsalt": SVG_HASHSALT}):
        fig.savefig(buffer, format=fmt, metadata=SAVE_METADATA[fmt])
    return buffer.getvalue()


def _readable_mode() -> int:
    """0644 under the usual umask (what open() gives; mkstemp alone gives 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, _readable_mode())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save(fig, name: str, figures_dir: str | Path, *, notebook: str | Path,
         parameters: dict[str, Any], inputs: Iterable[str | Path], source: str,
         formats: Iterable[str] = FORMATS, lang: str = "en") -> dict[str, str]:
    """Write `name`.png/.svg (and .pdf if asked) into figures_dir and record it in MANIFEST.csv.

    Returns the manifest row. `source` is required: every published chart says where its
    numbers come from (prefixed "Source: " or "资料来源：" by `lang`). Path parameters
    (`*_dir`) are recorded as paths.in_repo records them, so a manifest does not depend on
    the clone's location.
    """
    if not source or not source.strip():
        raise ValueError("save() needs a source line (where the numbers come from)")
    formats = tuple(formats)
    if "png" not in formats:
        raise ValueError("PNG is always written (the manifest hashes it)")
    if lang not in SOURCE_PREFIX:
        raise ValueError(f"lang must be one of {sorted(SOURCE_PREFIX)}, got {lang!r}")
    folder = paths.resolve(figures_dir)
    _stamp_source(fig, source, lang)
    _freeze_layout(fig)
    hashes = {}
    for fmt in formats:
        data = render(fig, fmt)
        _write_atomic(folder / f"{name}.{fmt}", data)
        hashes[fmt] = sha256_bytes(data)
    row = {
        "figure": name, "notebook": paths.in_repo(notebook),
        "notebook_sha256": notebook_sha256(notebook),
        "parameters": json.dumps(recorded_parameters(parameters), ensure_ascii=False,
                                 sort_keys=True),
        "inputs": json.dumps(input_hashes(inputs), sort_keys=True),
        "code_sha256": code_sha256(), "versions": json.dumps(library_versions(), sort_keys=True),
        "png_sha256": hashes["png"], "svg_sha256": hashes.get("svg", ""), "source": source,
    }
    _update_manifest(folder, row)
    return row


def recorded_parameters(parameters: dict[str, Any]) -> dict[str, Any]:
    return {k: paths.in_repo(v) if k.endswith("_dir") and isinstance(v, str) and v else v
            for k, v in parameters.items()}


def saver(figures_dir: str | Path, *, notebook: str | Path, parameters: dict[str, Any],
          inputs: Iterable[str | Path], source: str, formats: Iterable[str] = FORMATS,
          lang: str = "en"):
    """`save` with everything but the figure and its name bound (one per notebook)."""
    return functools.partial(save, figures_dir=figures_dir, notebook=notebook,
                             parameters=parameters, inputs=list(inputs), source=source,
                             formats=tuple(formats), lang=lang)


def read_manifest(figures_dir: str | Path) -> list[dict[str, str]]:
    path = paths.resolve(figures_dir) / MANIFEST
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def manifest_figures(figures_dir: str | Path, notebook: str | Path) -> list[str]:
    """Names of the figures the manifest attributes to `notebook`."""
    recorded = paths.in_repo(notebook)
    return [r["figure"] for r in read_manifest(figures_dir) if r["notebook"] == recorded]


def _update_manifest(folder: Path, row: dict[str, str]) -> None:
    """Replace the figure's row; locked, because parallel notebook runs share the manifest."""
    from filelock import FileLock

    folder.mkdir(parents=True, exist_ok=True)
    with FileLock(str(folder / f".{MANIFEST}.lock")):
        rows = {r["figure"]: r for r in read_manifest(folder)}
        rows[row["figure"]] = row
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=MANIFEST_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows[k] for k in sorted(rows))
        _write_atomic(folder / MANIFEST, buffer.getvalue().encode("utf-8"))


def check_fresh(figures_dir: str | Path) -> list[str]:
    """'figure: reason' for every figure whose notebook, inputs, rendering code or image file
    no longer match the manifest. Empty list = all fresh."""
    folder = paths.resolve(figures_dir)
    stale = []
    code = code_sha256()
    for row in read_manifest(folder):
        name = row["figure"]
        notebook = paths.from_repo(row["notebook"])
        if not notebook.exists():
            stale.append(f"{name}: notebook {row['notebook']} is gone")
        elif notebook_sha256(notebook) != row["notebook_sha256"]:
            stale.append(f"{name}: notebook {row['notebook']} changed")
        for path, digest in json.loads(row["inputs"]).items():
            now = sha256_file(paths.from_repo(path)) if paths.from_repo(path).exists() else "missing"
            if now != digest:
                stale.append(f"{name}: input {path} changed")
        if row["code_sha256"] != code:
            stale.append(f"{name}: rendering code changed")
        for fmt in ("png", "svg"):
            expected = row[f"{fmt}_sha256"]
            image = folder / f"{name}.{fmt}"
            if expected and (not image.exists() or sha256_file(image) != expected):
                stale.append(f"{name}: {image.name} missing or edited")
    return stale


def figure_index_markdown(figures_dir: str | Path, relative_to: str | Path = paths.ROOT) -> str:
    """A markdown table (thumbnail, figure, notebook) rendered from MANIFEST.csv, for the
    README."""
    folder = paths.resolve(figures_dir)
    base = Path(relative_to)
    lines = ["| Figure | Name | Notebook |", "|---|---|---|"]
    for row in sorted(read_manifest(folder), key=lambda r: r["figure"]):
        png = os.path.relpath(folder / f"{row['figure']}.png", base)
        notebook = os.path.relpath(paths.from_repo(row["notebook"]), base)
        lines.append(f"| <img src=\"{png}\" width=\"240\"> | `{row['figure']}` | "
                     f"[{Path(row['notebook']).name}]({notebook}) |")
    return "\n".join(lines) + "\n"


INDEX_START, INDEX_END = "<!-- figure-index:start -->", "<!-- figure-index:end -->"


def update_readme_index(readme: str | Path, figures_dirs: Iterable[str | Path]) -> None:
    """Rewrite the README's figure index (between the index markers) from the manifests."""
    path = paths.resolve(readme)
    text = path.read_text(encoding="utf-8")
    head, rest = text.split(INDEX_START, 1)
    _, tail = rest.split(INDEX_END, 1)
    tables = "\n".join(figure_index_markdown(d, relative_to=path.parent) for d in figures_dirs)
    _write_atomic(path, (head + INDEX_START + "\n" + tables + INDEX_END + tail).encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    """`python -m ogi.figures index DIR`: print the README figure index (markdown);
    `python -m ogi.figures readme README.md DIR...`: write it into the README. The freshness
    check is `python -m ogi.freshness figures DIR`."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m ogi.figures")
    sub = parser.add_subparsers(dest="action", required=True)
    index = sub.add_parser("index")
    index.add_argument("figures_dir", nargs="?", default="figures")
    readme = sub.add_parser("readme")
    readme.add_argument("readme")
    readme.add_argument("figures_dirs", nargs="+")
    args = parser.parse_args(argv)
    if args.action == "index":
        print(figure_index_markdown(args.figures_dir), end="")
    else:
        update_readme_index(args.readme, args.figures_dirs)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
