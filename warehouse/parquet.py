"""Parquet per batch: each loaded batch's tables also written as Parquet files, for a lake past one writer.

Layout: DIR/<table>/run=<run_id>/batch=<n>.parquet. Files are written to a temporary name and renamed, so
a reader (or a DuckLake/Iceberg ingest job) never sees a half-written file. docs/scale.md says how such a
folder feeds DuckLake.
"""

from __future__ import annotations

import os
from pathlib import Path

import polars as pl


def write_batch(folder: str | os.PathLike, tables: dict[str, pl.DataFrame], run_id: str, batch: int) -> list[Path]:
    """Write every non-empty table of a batch; returns the files written."""
    written = []
    for name, df in tables.items():
        if df.is_empty():
            continue
        target = Path(folder) / name / f"run={run_id}" / f"batch={batch:05d}.parquet"
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".parquet.partial")
        df.write_parquet(partial, compression="zstd")
        partial.replace(target)
        written.append(target)
    return written
