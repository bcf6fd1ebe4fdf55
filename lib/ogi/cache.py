"""A content-hash cache of parse results, so re-parsing an unchanged corpus is nearly free.

Key: sha256 of (parser hash, source_file, sha256 of the file's bytes). The parser hash covers
the source of every module that can change a result (readers, extractors, checks, model, ...)
and the versions of the libraries they lean on, so editing the parser invalidates every entry
while editing, say, the CLI does not. `source_file` is in the key because the reader sees the
name (its suffix picks the format). Values are the report rendered as table rows
(`ogi.tidy.Rendered`, so tidy.py is part of the parser hash): a hit gives exactly the rows a
fresh parse would, hence byte-identical outputs.

Storage is one SQLite file (`results.sqlite`) in the cache folder: safe for two runs at once,
cheap for 100k entries. A value is the report's small fields as JSON plus its CSV rows
compressed with zstd (through pyarrow, already a dependency): ~0.05 ms a report to store,
against ~0.35 ms for JSON-encoding and zlib-compressing the rows.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
from dataclasses import asdict
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from .read import content_sha256
from .tidy import Rendered

# Modules that never change a Rendered: editing them keeps the cache.
_NOT_PARSER = {"cli.py", "cache.py", "synth.py", "load.py", "runs.py", "paths.py", "style.py"}
_LIBRARIES = ("opencc", "cn2an", "lxml", "markdown-it-py", "pypdfium2", "python-docx",
              "charset-normalizer", "rapidocr-onnxruntime", "onnxruntime", "opencv-python",
              "pillow")
_COMMIT_EVERY = 500


def default_cache_dir(out_dir: Path) -> Path:
    """$OGI_CACHE_DIR, else `.ogi-cache/` next to the output folder."""
    env = os.environ.get("OGI_CACHE_DIR")
    return Path(env) if env else Path(out_dir).resolve().parent / ".ogi-cache"


@lru_cache(maxsize=4)
def parser_hash(package: Path = Path(__file__).resolve().parent) -> str:
    """Changes whenever code or a library that can change a parse result changes."""
    h = hashlib.sha256(f"python {sys.version_info[:2]}".encode())
    for path in sorted(package.rglob("*")):
        rel = path.relative_to(package)
        if (not path.is_file() or "__pycache__" in rel.parts
                or path.suffix not in (".py", ".yaml", ".yml", ".json", ".csv", ".txt")
                or (len(rel.parts) == 1 and rel.name in _NOT_PARSER)):
            continue
        h.update(rel.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for lib in _LIBRARIES:
        try:
            h.update(f"{lib}=={metadata.version(lib)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{lib} absent".encode())
    return h.hexdigest()


def run_digest(items) -> str:
    """One hash for a whole run's inputs (names and bytes) and the parser: equal digests mean
    the outputs of the last run are still the outputs of this one."""
    h = hashlib.sha256(parser_hash().encode())
    for item in items:
        content = content_sha256(Path(item.path)) or "not read"
        h.update(f"{item.source_file}\0{content}\n".encode())
    return h.hexdigest()


class RunManifest:
    """`OUT/.ogi-run.json`: what the last run read and wrote, so an unchanged corpus with
    untouched outputs is not parsed nor written again."""

    def __init__(self, out_dir: Path):
        self.path = Path(out_dir) / ".ogi-run.json"

    @staticmethod
    def _outputs(out_dir: Path) -> dict[str, list[int]]:
        found = {}
        for path in sorted(Path(out_dir).glob("*.*")):
            if path.suffix in (".csv", ".parquet"):
                st = path.stat()
                found[path.name] = [st.st_size, st.st_mtime_ns]
        return found

    def unchanged(self, digest: str) -> dict | None:
        """The last run's summary if it read the same inputs, retried nothing and its
        outputs are as it left them; else None."""
        try:
            last = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if (last.get("digest") != digest or not last.get("complete")
                or last.get("outputs") != self._outputs(self.path.parent)):
            return None
        return last["summary"]

    def record(self, digest: str, complete: bool, summary: dict) -> None:
        data = {"digest": digest, "complete": complete, "summary": summary,
                "outputs": self._outputs(self.path.parent)}
        self.path.write_text(json.dumps(data), encoding="utf-8")

    def forget(self) -> None:
        self.path.unlink(missing_ok=True)


class ResultCache:
    """get(item) -> cached Rendered or None; put(item, report) after parsing it."""

    def __init__(self, cache_dir: Path):
        self.dir = Path(cache_dir)
        self.dir.mkdir(parents=True, exist_ok=True)
        ignore = self.dir / ".gitignore"
        if not ignore.exists():
            ignore.write_text("*\n", encoding="utf-8")   # never committed by accident
        self._db = sqlite3.connect(self.dir / "results.sqlite", timeout=60)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        # Bump the table's version whenever the stored value format (_decode) changes:
        # cache.py is outside the parser hash, so the name is what keeps old values out.
        self._db.execute("DROP TABLE IF EXISTS results")   # the JSON+zlib values of before
        self._db.execute("CREATE TABLE IF NOT EXISTS results_v2 "
                         "(key TEXT PRIMARY KEY, fields TEXT, rows BLOB)")
        self._parser = parser_hash()
        self._keys: dict[str, tuple[str, str]] = {}   # source_file -> (key, content sha)
        self._uncommitted = 0
        self.hits = self.misses = self.uncached = 0

    def _key(self, item) -> tuple[str, str] | None:
        content = content_sha256(Path(item.path))
        if content is None:
            return None   # unreadable, special or too large: parse it (and report why), never cache it
        key = hashlib.sha256(f"{self._parser}\0{item.source_file}\0{content}".encode())
        return key.hexdigest(), content

    def get(self, item) -> Rendered | None:
        found = self._key(item)
        if found is None:
            self.misses += 1
            return None
        row = self._db.execute("SELECT fields, rows FROM results_v2 WHERE key = ?",
                               (found[0],)).fetchone()
        report = None
        if row is not None:
            # JSON and bytes, not pickle: a cache folder may be shared, and unpickling runs code.
            try:
                report = _decode(*row)
            except (ValueError, KeyError, TypeError, AttributeError, OSError):
                pass   # a damaged entry is a miss: parsed again, then overwritten
        if report is None:
            self._keys[item.source_file] = found
            self.misses += 1
            return None
        self.hits += 1
        return report

    def put(self, item, report: Rendered) -> None:
        found = self._keys.pop(item.source_file, None)
        # A file rewritten between hashing and parsing would store a stale result.
        if found is None or report.report_id != found[1][:16]:
            return
        fields = {k: v for k, v in asdict(report).items() if k != "csv"}
        fields["csv_sizes"] = {name: len(data) for name, data in report.csv.items()}
        rows = _zstd_compress(b"".join(report.csv.values()))
        self._db.execute("INSERT OR REPLACE INTO results_v2 VALUES (?, ?, ?)",
                         (found[0], json.dumps(fields, ensure_ascii=False), rows))
        self._uncommitted += 1
        if self._uncommitted >= _COMMIT_EVERY:
            self._db.commit()
            self._uncommitted = 0

    def skip(self, item) -> None:
        """A result not to keep (a time limit, a dead worker): the next run parses it again."""
        self._keys.pop(item.source_file, None)
        self.uncached += 1

    def close(self) -> None:
        self._db.commit()
        self._db.close()


def _decode(fields_json: str, rows: bytes) -> Rendered:
    fields = json.loads(fields_json)
    sizes = fields.pop("csv_sizes")
    data = _zstd_decompress(rows, sum(sizes.values()))
    fields["csv"], offset = {}, 0
    for name, size in sizes.items():
        fields["csv"][name] = data[offset:offset + size]
        offset += size
    return Rendered(**fields)


def _zstd_compress(data: bytes) -> bytes:
    import pyarrow as pa

    return pa.compress(data, codec="zstd", asbytes=True)


def _zstd_decompress(data: bytes, size: int) -> bytes:
    import pyarrow as pa

    return pa.decompress(data, decompressed_size=size, codec="zstd", asbytes=True)
