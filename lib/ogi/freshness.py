"""Freshness checks for committed artifacts (run by `make test`).

`python -m ogi.freshness data RAW PROCESSED` re-parses RAW into a scratch folder and fails when
the committed tables in PROCESSED differ: processed data is regenerated deliberately (`make
data`), never edited by hand or left behind by a parser change.
`python -m ogi.freshness figures DIR` fails when a figure in DIR no longer matches the inputs,
parameters and rendering code recorded in DIR/MANIFEST.csv.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from .tidy import TABLES


def stale_tables(raw: Path, processed: Path) -> list[str]:
    """Names of the committed CSV tables that differ from a fresh parse of `raw`."""
    with tempfile.TemporaryDirectory() as tmp:
        ogi = Path(sys.executable).with_name("ogi")
        subprocess.run([str(ogi), "parse", str(raw), "--out", tmp, "--no-progress", "--no-cache"],
                       check=True, capture_output=True)
        return [f"{name}.csv" for name in TABLES
                if not (processed / f"{name}.csv").exists()
                or (processed / f"{name}.csv").read_bytes() != (Path(tmp) / f"{name}.csv").read_bytes()]


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "data":
        stale = stale_tables(Path(argv[1]), Path(argv[2]))
        if stale:
            print(f"stale: {', '.join(stale)} in {argv[2]} no longer match a parse of {argv[1]}; "
                  f"run `make data` and commit the result", file=sys.stderr)
            return 1
        print(f"{argv[2]} is up to date with {argv[1]}")
        return 0
    if len(argv) == 2 and argv[0] == "figures":
        from .figures import check_fresh
        stale = check_fresh(Path(argv[1]))
        if stale:
            print("stale figures (run `make figures` and commit):\n  " + "\n  ".join(stale),
                  file=sys.stderr)
            return 1
        print(f"{argv[1]} is up to date with its inputs")
        return 0
    print("usage: python -m ogi.freshness data RAW PROCESSED | figures DIR", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
