"""Sources: turn the paths, folders and globs a user gives into a frame of raw article bytes."""

from __future__ import annotations

import glob
import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

import polars as pl

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

RAW_SCHEMA = {
    "source_uri": pl.Utf8,
    "raw": pl.Binary,
    "raw_sha256": pl.Utf8,
    "error": pl.Utf8,
}


class SourceError(ValueError):
    """A source the user named cannot be used at all (missing path, nothing matched)."""


def is_url(source: str) -> bool:
    """True for http and https URLs (any case); everything else is a path or a glob."""
    return source.lower().startswith(("http://", "https://"))


def discover(sources: Iterable[str]) -> list[str]:
    """Expand files, folders (recursively) and globs into article paths, sorted and without repeats.

    URLs pass through unchanged. A path that does not exist, or a glob that matches nothing, raises
    SourceError: that is a typo to report, not an article to reject.
    """
    found: dict[str, None] = {}
    for source in sources:
        if is_url(source):
            found[source] = None
            continue
        if any(ch in source for ch in "*?["):
            matches = sorted(glob.glob(source, recursive=True))
            if not matches:
                raise SourceError(f"no file matches {source!r}")
            for match in matches:
                found.update(dict.fromkeys(_expand_path(Path(match))))
            continue
        path = Path(source)
        if not path.exists():
            raise SourceError(f"source not found: {source}")
        if path.is_file() and not os.access(path, os.R_OK):
            raise SourceError(f"cannot read {source}: permission denied")
        found.update(dict.fromkeys(_expand_path(path)))
    return list(found)


def _expand_path(path: Path) -> list[str]:
    if path.is_dir():
        return sorted(
            str(p)
            for p in path.rglob("*")
            if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")
        )
    return [str(path)]


def unchanged_files(paths: list[str], known_raw: set[str], max_bytes: int = DEFAULT_MAX_BYTES) -> set[str]:
    """The files among paths whose bytes hash to one of known_raw (loaded before, unchanged). Each file is read
    and dropped in turn, so a folder of any size is looked at in constant memory."""
    out: set[str] = set()
    for path in paths:
        if is_url(path):
            continue
        try:
            if os.path.getsize(path) > max_bytes:
                continue
            with open(path, "rb") as fh:
                if hashlib.sha256(fh.read()).hexdigest() in known_raw:
                    out.add(path)
        except OSError:
            continue  # read again later, where the error becomes a reject with its reason
    return out


def read_files(paths: list[str], max_bytes: int = DEFAULT_MAX_BYTES) -> pl.DataFrame:
    """Read each path's bytes; unreadable or oversized files carry an error instead of bytes."""
    rows = []
    for path in paths:
        raw, error = None, None
        try:
            size = os.path.getsize(path)
            if size > max_bytes:
                error = f"file is {size:,} bytes, over the {max_bytes:,}-byte limit per article"
            else:
                with open(path, "rb") as fh:
                    raw = fh.read()
        except OSError as exc:
            error = f"cannot read file: {exc.strerror or exc}"
        rows.append(
            {
                "source_uri": path,
                "raw": raw,
                "raw_sha256": hashlib.sha256(raw).hexdigest() if raw is not None else None,
                "error": error,
            }
        )
    return pl.DataFrame(rows, schema=RAW_SCHEMA)
