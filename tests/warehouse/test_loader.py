"""The warehouse: migrations, one transaction per batch, idempotent loads, clear errors."""

import duckdb
import polars as pl
import pytest

import warehouse
from flows import stages
from schemas.validate import empty_rejects

PAGE = """협의회 출범
입력 2025-05-02 10:00
바이오 데이터 협의회가 2일 출범했다. 회장사는 한빛바이오가 맡고, 창립 회원사로 △가온제약 △다온헬스 △라온메디 등 3곳이 참여했다.
"""


def _tables(tmp_path, text=PAGE, name="a.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    articles, rejects = stages.read_and_clean([str(path)], 10_000_000)
    extraction, _ = stages.safe_extract(articles)
    tables, vrejects = stages.validate_batch(extraction)
    return tables, pl.concat([rejects, vrejects])


def _counts(con):
    return {
        t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
        for t in ("articles", "organizations", "members", "institutions", "milestones")
    }


def test_migrations_are_recorded(tmp_path):
    con = warehouse.connect(tmp_path / "w.duckdb")
    versions = con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
    assert [v[0] for v in versions] == list(range(1, warehouse.SCHEMA_VERSION + 1))
    con.close()
    # opening again applies nothing new
    con = warehouse.connect(tmp_path / "w.duckdb")
    assert con.execute("SELECT count(*) FROM schema_version").fetchall()[0][0] == warehouse.SCHEMA_VERSION
    con.close()


def test_loading_twice_leaves_the_same_rows(tmp_path):
    tables, rejects = _tables(tmp_path)
    con = warehouse.connect(tmp_path / "w.duckdb")
    warehouse.load_batch(con, tables, rejects, "run1")
    first = {
        t: con.sql(f"SELECT * EXCLUDE (run_id, ingested_at) FROM {t}" if t == "articles" else f"SELECT * FROM {t}")
        .pl()
        .sort(pl.all())
        for t in ("articles", "members", "institutions")
    }
    assert _counts(con)["members"] == 3
    warehouse.load_batch(con, tables, rejects, "run2")
    for t, df in first.items():
        again = (
            con.sql(f"SELECT * EXCLUDE (run_id, ingested_at) FROM {t}" if t == "articles" else f"SELECT * FROM {t}")
            .pl()
            .sort(pl.all())
        )
        assert again.equals(df), t
    con.close()


def test_a_failing_batch_leaves_nothing_behind(tmp_path):
    tables, rejects = _tables(tmp_path)
    broken = dict(tables)
    # a second copy of a member row breaks the primary key half-way through the batch
    broken["members"] = pl.concat([tables["members"], tables["members"].head(1)])
    con = warehouse.connect(tmp_path / "w.duckdb")
    with pytest.raises(duckdb.Error):
        warehouse.load_batch(con, broken, rejects, "run1")
    assert _counts(con) == {"articles": 0, "organizations": 0, "members": 0, "institutions": 0, "milestones": 0}
    con.close()


def test_organisations_merge_aliases_across_articles(tmp_path):
    t1, _ = _tables(tmp_path, PAGE, "a.txt")
    t2, _ = _tables(tmp_path, PAGE.replace("한빛바이오가", "한빛바이오(Hanbit Bio)가").replace("2일", "3일"), "b.txt")
    con = warehouse.connect(tmp_path / "w.duckdb")
    warehouse.load_batch(con, t1, empty_rejects(), "r1")
    warehouse.load_batch(con, t2, empty_rejects(), "r2")
    rows = con.execute("SELECT aliases FROM organizations WHERE canonical_name = '한빛바이오'").fetchall()
    assert len(rows) == 1 and "Hanbit Bio" in rows[0][0]
    con.close()


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "w.duckdb"
    warehouse.connect(path).close()
    raw = duckdb.connect(str(path))
    raw.execute("INSERT INTO schema_version (version, name) VALUES (999, 'future')")
    raw.close()
    with pytest.raises(warehouse.WarehouseError, match="newer than this hubetl"):
        warehouse.connect(path)


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(warehouse.WarehouseError, match="folder does not exist"):
        warehouse.connect(tmp_path / "nope" / "w.duckdb")


def test_views_answer_questions(tmp_path):
    tables, rejects = _tables(tmp_path)
    con = warehouse.connect(tmp_path / "w.duckdb")
    warehouse.load_batch(con, tables, rejects, "run1")
    roster = con.sql("SELECT organization, relations FROM v_program_roster ORDER BY organization").pl()
    assert dict(roster.iter_rows())["한빛바이오"] == ["role:lead"]
    assert con.execute("SELECT count(*) FROM v_members").fetchall()[0][0] == 3
    assert con.execute("SELECT count(*) FROM v_member_count_gaps").fetchall()[0][0] == 0
    con.close()
