"""Opening the warehouse: migrations on connect, clear errors, bounded retries while another process writes."""

from __future__ import annotations

import logging
import os
import re
import time
from importlib import resources
from pathlib import Path

import duckdb

log = logging.getLogger("hubetl.warehouse")


class WarehouseError(RuntimeError):
    """A problem with the database a person can act on; the message is one line."""


class WarehouseBusy(WarehouseError):
    """Another process holds the database file's write lock."""


def _migrations() -> list[tuple[int, str, str]]:
    files = resources.files("warehouse").joinpath("migrations")
    out = []
    for f in files.iterdir():
        m = re.match(r"^(\d+)_(.+)\.sql$", f.name)
        if m:
            out.append((int(m.group(1)), m.group(2), f.read_text("utf-8")))
    return sorted(out)


SCHEMA_VERSION = max(v for v, _, _ in _migrations())


def _open(path: str, read_only: bool, attempts: int | None) -> duckdb.DuckDBPyConnection:
    attempts = attempts or int(os.environ.get("HUBETL_LOCK_RETRIES", "8"))
    delay = float(os.environ.get("HUBETL_LOCK_DELAY", "0.5"))
    for attempt in range(1, attempts + 1):
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            text = str(exc)
            if "lock" not in text.lower():
                raise WarehouseError(f"cannot open database {path}: {text.splitlines()[0]}") from None
            holder = re.search(r"PID (\d+)", text)
            who = f" (process {holder.group(1)})" if holder else ""
            if attempt == attempts:
                raise WarehouseBusy(
                    f"database {path} is being written by another process{who}; "
                    f"try again when that run has finished (gave up after {attempts} attempts)"
                ) from None
            wait = min(delay * 2 ** (attempt - 1), 8.0)
            log.warning(
                "database %s is locked by another process%s; retrying in %.1fs (attempt %d/%d)",
                path,
                who,
                wait,
                attempt,
                attempts,
            )
            time.sleep(wait)
    raise AssertionError("unreachable")


def connect(path: str | os.PathLike, read_only: bool = False, attempts: int | None = None) -> duckdb.DuckDBPyConnection:
    """Open the warehouse at path, creating it and applying pending migrations unless read_only.

    While another process writes the file, opening is retried with backoff (attempts, default
    HUBETL_LOCK_RETRIES or 8) and then refused with WarehouseBusy.
    """
    path = str(path)
    folder = Path(path).expanduser().resolve().parent
    if not folder.is_dir():
        raise WarehouseError(f"database folder does not exist: {folder}")
    if read_only and not Path(path).exists():
        raise WarehouseError(f"no database at {path}: run `hubetl run` first")
    con = _open(path, read_only, attempts)
    try:
        _check_and_migrate(con, read_only)
    except Exception:
        con.close()
        raise
    return con


def _check_and_migrate(con: duckdb.DuckDBPyConnection, read_only: bool) -> None:
    has_table = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchall()[0][0]
    current = con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchall()[0][0] if has_table else 0
    if current > SCHEMA_VERSION:
        raise WarehouseError(
            f"database schema version {current} is newer than this hubetl understands ({SCHEMA_VERSION}); "
            "upgrade hubetl"
        )
    if read_only or current == SCHEMA_VERSION:
        return
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, "
            "applied_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp)"
        )
        for version, name, sql in _migrations():
            if version > current:
                con.execute(sql)
                con.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)", [version, name])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
