"""Loading a validated batch: one transaction per batch, an article's rows replaced as a whole."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

import duckdb
import polars as pl

from schemas import MODELS, columns
from schemas.validate import REJECT_COLUMNS

_CHILD_TABLES = ("members", "institutions", "milestones")
# Column lists in contract order (schemas/), plus what the loader adds.
_COLUMNS = {name: columns(name) for name in MODELS} | {
    "rejects": ["run_id", "reject_id", *REJECT_COLUMNS, "recorded_at"]
}
_COLUMNS["articles"] = [*_COLUMNS["articles"], "run_id", "ingested_at"]


def known_articles(con: duckdb.DuckDBPyConnection) -> tuple[set[str], set[str]]:
    """(raw_sha256 values, article_ids) already in the warehouse, to skip unchanged input."""
    rows = con.execute("SELECT raw_sha256, article_id FROM articles").fetchall()
    return {r[0] for r in rows}, {r[1] for r in rows}


def start_run(con: duckdb.DuckDBPyConnection, run_id: str, flow_run_id: str | None, parameters: dict) -> None:
    """Record a run as started; runs still marked running belonged to a process that died (only one process
    can hold the file for writing), so they are marked abandoned."""
    con.execute("UPDATE pipeline_runs SET status = 'abandoned' WHERE status = 'running'")
    con.execute(
        "INSERT INTO pipeline_runs (run_id, flow_run_id, started_at, status, parameters) VALUES (?, ?, ?, ?, ?)",
        [run_id, flow_run_id, datetime.now(UTC), "running", json.dumps(parameters, default=str)],
    )


def finish_run(con: duckdb.DuckDBPyConnection, run_id: str, status: str, counts: dict, warnings: list) -> None:
    """Record how a run ended and what it did."""
    con.execute(
        """UPDATE pipeline_runs SET finished_at = ?, status = ?, articles_seen = ?, articles_new = ?,
           articles_unchanged = ?, articles = ?, organizations = ?, members = ?, institutions = ?, milestones = ?,
           rejects = ?, warnings = ? WHERE run_id = ?""",
        [
            datetime.now(UTC),
            status,
            counts.get("seen", 0),
            counts.get("new", 0),
            counts.get("unchanged", 0),
            counts.get("articles", 0),
            counts.get("organizations", 0),
            counts.get("members", 0),
            counts.get("institutions", 0),
            counts.get("milestones", 0),
            counts.get("rejects", 0),
            json.dumps(warnings, ensure_ascii=False),
            run_id,
        ],
    )


def _reject_ids(rejects: pl.DataFrame, run_id: str) -> pl.DataFrame:
    now = datetime.now(UTC)
    rows = []
    seen: set[str] = set()
    for r in rejects.iter_rows(named=True):
        key = json.dumps(
            [r.get(k) for k in ("source_uri", "article_id", "stage", "table_name", "reason", "detail")], default=str
        )
        reject_id = hashlib.sha1(key.encode()).hexdigest()[:16]
        if reject_id in seen:
            continue
        seen.add(reject_id)
        detail = r.get("detail")
        if detail is not None:
            try:
                json.loads(detail)
            except ValueError:
                detail = json.dumps({"text": detail})  # the column holds JSON: plain text is wrapped, not lost
        rows.append(r | {"run_id": run_id, "reject_id": reject_id, "recorded_at": now, "detail": detail})
    schema = {"run_id": pl.Utf8, "reject_id": pl.Utf8, **REJECT_COLUMNS, "recorded_at": pl.Datetime("us", "UTC")}
    return pl.DataFrame(rows, schema=schema)


def load_batch(
    con: duckdb.DuckDBPyConnection, tables: dict[str, pl.DataFrame], rejects: pl.DataFrame, run_id: str
) -> dict[str, int]:
    """Write one batch in a single transaction: all of it or none of it. Returns rows written per table.

    Articles already present are replaced with all their rows (members, institutions, milestones), so
    loading the same article again leaves the same rows; organisations are merged, keeping the first
    canonical name and type and gathering aliases.
    """
    now = datetime.now(UTC)
    frames = dict(tables)
    frames["articles"] = frames["articles"].with_columns(
        pl.lit(run_id).alias("run_id"), pl.lit(now).dt.replace_time_zone("UTC").alias("ingested_at")
    )
    frames["rejects"] = _reject_ids(rejects, run_id)
    con.execute("BEGIN TRANSACTION")
    try:
        for name, df in frames.items():
            con.register(f"batch_{name}", df.select(_COLUMNS[name]).to_arrow())
        for child in _CHILD_TABLES:
            con.execute(f"DELETE FROM {child} WHERE article_id IN (SELECT article_id FROM batch_articles)")
        con.execute("DELETE FROM articles WHERE article_id IN (SELECT article_id FROM batch_articles)")
        cols = ", ".join(_COLUMNS["articles"])
        con.execute(f"INSERT INTO articles ({cols}) SELECT {cols} FROM batch_articles")
        cols = ", ".join(_COLUMNS["organizations"])
        con.execute(
            f"""INSERT INTO organizations ({cols}) SELECT {cols} FROM batch_organizations
                ON CONFLICT (org_id) DO UPDATE SET
                aliases = list_sort(list_distinct(list_concat(coalesce(organizations.aliases, []),
                                                              coalesce(excluded.aliases, []))))"""
        )
        for name in (*_CHILD_TABLES, "rejects"):
            cols = ", ".join(_COLUMNS[name])
            con.execute(f"INSERT INTO {name} ({cols}) SELECT {cols} FROM batch_{name}")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        for name in frames:
            con.unregister(f"batch_{name}")
    return {name: df.height for name, df in frames.items()}
