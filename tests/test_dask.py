"""Extraction on a Dask cluster (prefect-dask's DaskTaskRunner, a local cluster) gives the same tables."""

import duckdb
import pytest

from flows.pipeline import dask_flow, ingest_articles

pytest.importorskip("prefect_dask")

TABLES = {
    "members": "SELECT article_id, org_id, name, membership_type FROM members ORDER BY ALL",
    "institutions": "SELECT article_id, org_id, role, person_name FROM institutions ORDER BY ALL",
    "milestones": "SELECT article_id, start_date, end_date, kind FROM milestones ORDER BY ALL",
}


def _tables(db) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {name: con.execute(sql).fetchall() for name, sql in TABLES.items()}
    finally:
        con.close()


def test_dask_cluster_extracts_the_same_rows(tmp_path):
    from pathlib import Path

    samples = sorted(str(p) for p in (Path(__file__).resolve().parent.parent / "samples").glob("ko_a0*.txt"))
    local = ingest_articles(sources=samples, db_path=str(tmp_path / "local.duckdb"), workers=1)
    on_dask = dask_flow(n_workers=2)(
        sources=samples, db_path=str(tmp_path / "dask.duckdb"), executor="task-runner", workers=2
    )
    assert local["status"] == on_dask["status"] == "completed"
    assert on_dask["counts"]["new"] == len(samples)
    assert _tables(tmp_path / "dask.duckdb") == _tables(tmp_path / "local.duckdb")
