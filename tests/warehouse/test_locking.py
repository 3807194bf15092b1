"""Two processes on one database file: the second waits with bounded retries, then says why it stopped."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import warehouse

ROOT = Path(__file__).resolve().parents[2]

HOLD = """
import sys, time
import warehouse
con = warehouse.connect(sys.argv[1])
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
"""


@pytest.fixture
def held_db(tmp_path):
    db = tmp_path / "w.duckdb"
    warehouse.connect(db).close()
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db), "30"], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "holding"
    yield db
    holder.kill()
    holder.wait()


def test_second_writer_gives_up_with_a_clear_error(held_db, monkeypatch):
    monkeypatch.setenv("HUBETL_LOCK_DELAY", "0.05")
    started = time.monotonic()
    with pytest.raises(warehouse.WarehouseBusy, match="being written by another process"):
        warehouse.connect(held_db, attempts=3)
    assert time.monotonic() - started >= 0.1  # it waited between attempts


def test_reader_during_a_write_gets_a_message_not_a_traceback(held_db):
    env = dict(os.environ, HUBETL_LOCK_DELAY="0.05")
    done = subprocess.run(
        [sys.executable, "-m", "flows.cli", "query", "SELECT count(*) FROM articles", "--db", str(held_db)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "being written by another process" in done.stderr
    assert "Traceback" not in done.stderr


def test_writer_waits_for_the_lock_to_be_released(tmp_path, monkeypatch):
    db = tmp_path / "w.duckdb"
    warehouse.connect(db).close()
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db), "1.5"], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "holding"
    monkeypatch.setenv("HUBETL_LOCK_DELAY", "0.5")
    con = warehouse.connect(db, attempts=6)  # 0.5 + 1 + 2 s of waiting covers the holder's 1.5 s
    assert con.execute("SELECT count(*) FROM articles").fetchall() == [(0,)]
    con.close()
    holder.wait()
