"""End to end: the ingest-articles flow in Prefect's local mode into a real DuckDB file, and the CLI."""

import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows.pipeline import ingest_articles

ROOT = Path(__file__).resolve().parent.parent


def _rows(db: Path, sql: str):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory, seed_path):
    folder = tmp_path_factory.mktemp("inbox")
    shutil.copy(seed_path, folder / "seed.txt")
    (folder / "empty.txt").write_bytes(b"")
    rnd = random.Random(3)
    (folder / "noise.txt").write_bytes(bytes(rnd.randrange(256) for _ in range(5000)))
    db = folder / "w.duckdb"
    summary = ingest_articles(sources=[str(folder)], db_path=str(db), batch_size=2)
    return folder, db, summary


def test_flow_loads_the_seed_and_rejects_bad_files(seed_run):
    folder, db, summary = seed_run
    assert summary["status"] == "completed"
    assert _rows(db, "SELECT count(*) FROM members")[0][0] == 14
    assert _rows(db, "SELECT count(*) FROM members WHERE membership_type = 'demand_company'")[0][0] == 2
    assert sorted(_rows(db, "SELECT country FROM institutions WHERE role = 'international'")) == [
        ("CA",),
        ("FR",),
        ("US",),
    ]
    assert _rows(db, "SELECT count(*) FROM milestones")[0][0] == 3
    rejects = dict(_rows(db, "SELECT source_uri, reason FROM rejects"))
    assert set(rejects) == {str(folder / "empty.txt"), str(folder / "noise.txt")}
    assert rejects[str(folder / "empty.txt")].startswith("empty file")
    run = _rows(db, "SELECT status, articles_seen, articles_new, rejects, flow_run_id FROM pipeline_runs")
    assert run[0][:4] == ("completed", 3, 1, 2) and run[0][4]


def test_second_run_skips_unchanged_articles_and_keeps_rows(seed_run):
    folder, db, _ = seed_run
    before = _rows(db, "SELECT * FROM members ORDER BY ALL")
    summary = ingest_articles(sources=[str(folder)], db_path=str(db))
    assert summary["counts"]["unchanged"] == 1 and summary["counts"]["new"] == 0
    assert _rows(db, "SELECT * FROM members ORDER BY ALL") == before
    summary = ingest_articles(sources=[str(folder)], db_path=str(db), reprocess=True)
    assert summary["counts"]["new"] == 1
    assert _rows(db, "SELECT * FROM members ORDER BY ALL") == before
    assert _rows(db, "SELECT count(*) FROM articles")[0][0] == 1


def _cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def test_cli_run_query_and_errors(tmp_path, seed_path):
    db = tmp_path / "x.duckdb"
    done = _cli("run", str(seed_path), "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "1 articles loaded" in done.stdout
    q = _cli("query", "SELECT count(*) AS n FROM members", "--db", str(db), "--format", "csv")
    assert q.returncode == 0 and q.stdout.split() == ["n", "14"]
    w = _cli("query", "DELETE FROM members", "--db", str(db))
    assert w.returncode == 1 and "read-only" in w.stderr and "Traceback" not in w.stderr
    missing = _cli("run", str(tmp_path / "nope.txt"), "--db", str(db))
    assert missing.returncode == 1 and "source not found" in missing.stderr and "Traceback" not in missing.stderr
    nodir = _cli("query", "SELECT 1", "--db", str(tmp_path / "no" / "x.duckdb"))
    assert nodir.returncode == 1 and "Traceback" not in nodir.stderr


def test_cli_strict_fails_on_rejects(tmp_path, seed_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    shutil.copy(seed_path, tmp_path / "seed.txt")
    done = _cli("run", str(tmp_path), "--db", str(tmp_path / "x.duckdb"), "--strict")
    assert done.returncode == 3
    assert "rejected" in done.stdout


def test_cli_extract_json(seed_path):
    import json

    done = _cli("extract", str(seed_path), "--format", "json")
    assert done.returncode == 0, done.stderr
    tables = json.loads(done.stdout)
    assert len(tables["members"]) == 14 and len(tables["milestones"]) == 3


def test_parquet_per_batch_beside_the_warehouse(tmp_path):
    samples = sorted(str(p) for p in (ROOT / "samples").glob("ko_a0[1-4]*.txt"))
    lake = tmp_path / "lake"
    summary = ingest_articles(sources=samples, db_path=str(tmp_path / "w.duckdb"), batch_size=2, parquet_dir=str(lake))
    run = summary["run_id"]
    assert sorted(p.name for p in (lake / "articles" / f"run={run}").iterdir()) == [
        "batch=00000.parquet",
        "batch=00001.parquet",
    ]
    con = duckdb.connect()
    in_lake = con.execute(f"SELECT count(*) FROM read_parquet('{lake}/members/*/*.parquet')").fetchall()[0][0]
    con.close()
    assert in_lake == _rows(tmp_path / "w.duckdb", "SELECT count(*) FROM members")[0][0] > 0


def test_cli_refuses_a_database_from_a_newer_hubetl(tmp_path):
    import warehouse

    db = tmp_path / "w.duckdb"
    warehouse.connect(db).close()
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO schema_version (version, name) VALUES (999, 'future')")
    con.close()
    done = _cli("query", "SELECT 1", "--db", str(db))
    assert done.returncode == 1 and "newer than this hubetl" in done.stderr and "Traceback" not in done.stderr
