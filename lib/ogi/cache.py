"""A content-hash cache of parse results, so re-parsing an unchanged corpus is nearly free.

Key: sha256 of (parser hash, source_file, sha256 of the file's bytes). The parser hash covers
the source of every module the worker's code imports, transitively (found from the import
statements, starting at pipeline.py: readers, extractors, checks, model, tidy, ...), the
package's data files (taxonomy.yaml) and the versions of the libraries they lean on, so editing
the parser invalidates every entry while editing, say, the CLI or a chart does not.
`source_file` is in the key because the reader sees the name (its suffix picks the format).
Values are the report rendered as table rows (`ogi.tidy.Rendered`, so tidy.py is part of the
parser hash): a hit gives exactly the rows a fresh parse would, hence byte-identical outputs.

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

from .codegraph import data_files, imported_files
from .read import content_sha256
from .tidy import Rendered, output_names

# Workers run pipeline.parse_file and tidy.render: what pipeline.py imports, transitively, is
# the code that can change a Rendered.
_PACKAGE = Path(__file__).resolve().parent
_WORKER_ENTRY = "pipeline.py"
_LIBRARIES = ("opencc", "cn2an", "lxml", "markdown-it-py", "pypdfium2", "python-docx",
              "charset-normalizer", "rapidocr-onnxruntime", "onnxruntime", "opencv-python",
              "pillow")
_COMMIT_EVERY = 500


def default_cache_dir(out_dir: Path) -> Path:
    """$OGI_CACHE_DIR, else `.ogi-cache/` next to the output folder."""
    env = os.environ.get("OGI_CACHE_DIR")
    return Path(env) if env else Path(out_dir).resolve().parent / ".ogi-cache"


@lru_cache(maxsize=4)
def parser_hash(package: Path = _PACKAGE) -> str:
    """Changes whenever code or a library that can change a parse result changes."""
    h = hashlib.sha256(f"python {sys.version_info[:2]}".encode())
    for path in parser_files(package):
        rel = path.relative_to(package)
        h.update(rel.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for lib in _LIBRARIES:
        try:
            h.update(f"{lib}=={metadata.version(lib)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{lib} absent".encode())
    return h.hexdigest()


def parser_files(package: Path) -> list[Path]:
    """The worker's modules (pipeline.py and what it imports from the package, at any depth)
    and the package's data files, sorted."""
    return sorted(set(imported_files(package, [package / _WORKER_ENTRY])) | data_files(package))


def run_digest(items) -> str:
    """One hash for a whole run's inputs (names and bytes) and the parser: equal digests mean
    the outputs of the last run are still the outputs of this one."""
    h = hashlib.sha256(parser_hash().encode())
    for item in items:
        content = content_sha256(Path(item.path)) or "not read"
        h.update(f"{item.source_file}\0{content}\n".encode("utf-8", "surrogateescape"))
    return h.hexdigest()


class RunManifest:
    """`OUT/.ogi-run.json`: what the last run read and wrote, so an unchanged corpus with
    untouched outputs is not parsed nor written again. Every published file is recorded (the
    partitioned datasets' parts too) with its size and modification time: one file missing,
    added, truncated or rewritten and the shortcut is not taken."""

    def __init__(self, out_dir: Path):
        self.path = Path(out_dir) / ".ogi-run.json"

    @staticmethod
    def _outputs(out_dir: Path) -> dict[str, list[int]]:
        found = {}
        for name in output_names():
            top = Path(out_dir) / name
            for path in sorted(top.rglob("*")) if top.is_dir() else [top]:
                try:
                    st = path.stat()
                except OSError:
                    continue   # missing: absent from the record, so a mismatch
                if not path.is_dir():
                    found[path.relative_to(out_dir).as_posix()] = [st.st_size, st.st_mtime_ns]
        return found

    def unchanged(self, digest: str) -> dict | None:
        """The last run's summary if it read the same inputs, retried nothing and its
        outputs are as it left them; else None."""
        try:
            last = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if (not isinstance(last, dict) or last.get("digest") != digest
                or not last.get("complete")
                or last.get("outputs") != self._outputs(self.path.parent)):
            return None
        return last.get("summary")

    def record(self, digest: str, complete: bool, summary: dict) -> None:
        data = {"digest": digest, "complete": complete, "summary": summary,
                "outputs": self._outputs(self.path.parent)}
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, self.path)

    def forget(self) -> None:
        self.path.unlink(missing_ok=True)


class ResultCache:
    """get(item) -> cached Rendered or None; put(item, report) after parsing it.

    Never fatal: a cache that cannot be opened, read or written is dropped for the rest of the
    run with one warning (`warn`), and the run goes on parsing every file. Each value carries
    the sha256 of its stored bytes; a value that does not match is a miss, parsed again."""

    def __init__(self, cache_dir: Path, warn=None):
        self.dir = Path(cache_dir)
        self._warn = warn or (lambda message: print(message, file=sys.stderr))
        self._db = None
        self._parser = parser_hash()
        self._keys: dict[str, tuple[str, str]] = {}   # source_file -> (key, content sha)
        self._uncommitted = 0
        self.hits = self.misses = self.uncached = 0
        self.disabled = False
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            ignore = self.dir / ".gitignore"
            if not ignore.exists():
                ignore.write_text("*\n", encoding="utf-8")   # never committed by accident
            self._db = sqlite3.connect(self.dir / "results.sqlite", timeout=60)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            # Bump the table's version whenever the stored value format (_decode) changes:
            # cache.py is outside the parser hash, so the name is what keeps old values out.
            for old in ("results", "results_v2"):   # values of before, without checksums
                self._db.execute(f"DROP TABLE IF EXISTS {old}")
            self._db.execute("CREATE TABLE IF NOT EXISTS results_v3 "
                             "(key TEXT PRIMARY KEY, fields TEXT, rows BLOB, sha256 TEXT)")
        except (sqlite3.Error, OSError) as exc:
            self._drop(exc)

    def _drop(self, exc: Exception) -> None:
        """Go on without the cache; said once."""
        if self._db is not None:
            try:
                self._db.close()
            except sqlite3.Error:
                pass
        self._db = None
        self._keys.clear()
        if not self.disabled:
            self.disabled = True
            reason = " ".join(str(exc).split()) or type(exc).__name__
            self._warn(f"warning: result cache {self.dir} unusable ({reason}); "
                       f"parsing without it")

    def _key(self, item) -> tuple[str, str] | None:
        content = content_sha256(Path(item.path))
        if content is None:
            return None   # unreadable, special or too large: parse it (and report why), never cache it
        key = hashlib.sha256(f"{self._parser}\0{item.source_file}\0{content}"
                             .encode("utf-8", "surrogateescape"))
        return key.hexdigest(), content

    def get(self, item) -> Rendered | None:
        found = self._key(item) if self._db is not None else None
        if found is None:
            self.misses += 1
            return None
        try:
            row = self._db.execute("SELECT fields, rows, sha256 FROM results_v3 WHERE key = ?",
                                   (found[0],)).fetchone()
        except sqlite3.Error as exc:
            self._drop(exc)
            self.misses += 1
            return None
        report = None
        if row is not None and isinstance(row[0], str) and isinstance(row[1], bytes) \
                and row[2] == _checksum(row[0], row[1]):
            # JSON and bytes, not pickle: a cache folder may be shared, and unpickling runs code.
            try:
                report = _decode(row[0], row[1])
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
        if found is None or report.report_id != found[1][:16] or self._db is None:
            return
        fields = {k: v for k, v in asdict(report).items() if k != "csv"}
        fields["csv_sizes"] = {name: len(data) for name, data in report.csv.items()}
        fields_json = json.dumps(fields, ensure_ascii=False)
        rows = _zstd_compress(b"".join(report.csv.values()))
        try:
            self._db.execute("INSERT OR REPLACE INTO results_v3 VALUES (?, ?, ?, ?)",
                             (found[0], fields_json, rows, _checksum(fields_json, rows)))
            self._uncommitted += 1
            if self._uncommitted >= _COMMIT_EVERY:
                self._db.commit()
                self._uncommitted = 0
        except sqlite3.Error as exc:
            self._drop(exc)

    def skip(self, item) -> None:
        """A result not to keep (a time limit, a dead worker): the next run parses it again."""
        self._keys.pop(item.source_file, None)
        self.uncached += 1

    @property
    def complete(self) -> bool:
        """Every result of this run is in the cache (nothing skipped, cache still usable)."""
        return self.uncached == 0 and not self.disabled

    def close(self) -> None:
        if self._db is None:
            return
        try:
            self._db.commit()
            self._db.close()
        except sqlite3.Error as exc:
            self._drop(exc)
        self._db = None


def _checksum(fields_json: str, rows: bytes) -> str:
    return hashlib.sha256(fields_json.encode("utf-8", "surrogateescape") + b"\0" + rows) \
        .hexdigest()


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
