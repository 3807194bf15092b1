"""Validation splits bad rows into rejects with Pandera's failure cases; good rows go on."""

import json
from datetime import date

import polars as pl

from flows import stages
from schemas.validate import validate

PAGE = """출범
입력 2025-05-02 10:00
바이오 데이터 협의회가 2일 출범했다. 회장사는 한빛바이오가 맡고, 창립 회원사로 △가온제약 △다온헬스 등 2곳이 참여했다.
"""


def _tables(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(PAGE, encoding="utf-8")
    articles, _ = stages.read_and_clean([str(path)], 10_000_000)
    extraction, _ = stages.safe_extract(articles)
    return extraction.tables()


def test_valid_batch_has_no_rejects(tmp_path):
    tables = _tables(tmp_path)
    valid, rejects = validate(tables)
    assert rejects.is_empty()
    assert valid["members"].height == 2


def test_bad_rows_go_to_rejects_and_the_rest_loads(tmp_path):
    tables = _tables(tmp_path)
    members = tables["members"]
    bad_type = members.head(1).with_columns(pl.lit("sponsor").alias("membership_type"))
    bad_span = members.tail(1).with_columns(pl.lit(10_000, dtype=pl.Int64).alias("span_end"))
    tables["members"] = pl.concat([bad_type, bad_span])
    ms = tables["milestones"]
    tables["milestones"] = ms.with_columns(
        pl.lit(date(2030, 1, 1)).alias("start_date"), pl.lit(date(2020, 1, 1)).alias("end_date")
    )
    valid, rejects = validate(tables)
    assert valid["members"].is_empty()
    assert valid["milestones"].is_empty()
    assert valid["institutions"].height == 1
    by_table = rejects.group_by("table_name").len()
    assert dict(by_table.iter_rows()) == {"members": 2, "milestones": ms.height}
    reasons = " ".join(rejects["reason"])
    assert "isin" in reasons and "span_in_body" in reasons and "start_not_after_end" in reasons
    detail = json.loads(rejects.filter(pl.col("table_name") == "members")["detail"][0])
    assert detail["failures"] and detail["row"]["article_id"]


def test_children_of_a_rejected_article_follow_it(tmp_path):
    tables = _tables(tmp_path)
    tables["articles"] = tables["articles"].with_columns(pl.lit("xx").alias("language"))
    valid, rejects = validate(tables)
    assert valid["articles"].is_empty() and valid["members"].is_empty()
    assert "its article or organisation was rejected" in set(rejects["reason"])
