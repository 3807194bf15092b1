"""Inputs that once broke a run (found by tests/robustness/fuzz.py), each kept as a test."""

import json

import polars as pl

import warehouse
from flows import stages
from schemas.validate import REJECT_COLUMNS

VENUE_ONLY = (
    "행사 소식\n입력 2025-03-02 10:00\n2일 서울 코엑스에서 인공지능 반도체 포럼 출범식이 열렸다. 많은 사람이 모여 "
    "새로운 협력의 시작을 축하했다. 관계자들은 앞으로 활발한 교류를 이어가겠다고 밝혔다.\n"
)


def _article(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return stages.read_and_clean([str(path)], 10_000_000)


def test_an_article_whose_only_institution_is_a_venue(tmp_path):
    articles, _ = _article(tmp_path, "venue.txt", VENUE_ONLY)
    extraction, rejects = stages.safe_extract(articles)
    assert rejects.is_empty()
    assert extraction.institutions.select("name", "role").rows() == [("코엑스", "host")]


def test_an_extraction_failure_costs_only_its_article(tmp_path, monkeypatch):
    good, _ = _article(tmp_path, "good.txt", VENUE_ONLY)
    bad, _ = _article(tmp_path, "bad.txt", VENUE_ONLY.replace("인공지능", "양자"))
    batch = pl.concat([good, bad])
    real_extract = stages.extract

    def failing(frame):
        if frame["source_uri"].str.ends_with("bad.txt").any():
            raise RuntimeError("boom")
        return real_extract(frame)

    monkeypatch.setattr(stages, "extract", failing)
    extraction, rejects = stages.safe_extract(batch)
    assert extraction.articles["source_uri"].to_list() == [str(tmp_path / "good.txt")]
    assert rejects["stage"].to_list() == ["extract"]
    assert "boom" in json.loads(rejects["detail"][0])["traceback"]


def test_plain_text_details_are_stored_as_json(tmp_path):
    con = warehouse.connect(tmp_path / "w.duckdb")
    tables = {name: df.clear() for name, df in stages.empty_tables().items()}
    rejects = pl.DataFrame(
        [
            {
                "source_uri": "x.txt",
                "article_id": None,
                "stage": "read",
                "table_name": None,
                "reason": "r",
                "detail": "not json",
            }
        ],
        schema=REJECT_COLUMNS,
    )
    warehouse.load_batch(con, tables, rejects, "run")
    assert con.execute("SELECT detail->>'text' FROM rejects").fetchall() == [("not json",)]
    con.close()


def test_an_article_on_one_line_with_unicode_line_separators(tmp_path):
    one_line = VENUE_ONLY.replace("\n", "\u2028")
    articles, rejects = _article(tmp_path, "one.txt", one_line)
    assert rejects.is_empty() and "출범식이 열렸다" in articles["body"][0]


def test_a_page_nested_too_deep_for_trafilatura_keeps_its_text(tmp_path):
    html = "<html><body>" + "<div>" * 400 + VENUE_ONLY.replace("\n", "<br>") + "</div>" * 400 + "</body></html>"
    path = tmp_path / "deep.html"
    path.write_text(html, encoding="utf-8")
    articles, rejects = stages.read_and_clean([str(path)], 10_000_000)
    assert rejects.is_empty() and "코엑스" in articles["body"][0]


def test_an_article_whose_first_line_is_half_a_megabyte_long(tmp_path):
    # (once a regex compiled from the first line exceeded Polars' size limit and crashed cleaning)
    line = "UNIVERSITY NEWS Home | Research | " + "Maine will lead a $20 million NSF AI institute. " * 12000
    articles, rejects = _article(tmp_path, "long.txt", line + "\n")
    assert articles.height == 1 and rejects.is_empty()


def test_a_year_no_calendar_holds_is_no_date():
    from datetime import date

    from flows.dates import find_dates

    # (a page dated in 9999, then 'next year': once 'year 10000 is out of range' failed the article's extraction)
    assert find_dates("내년 하반기에 착공한다.", date(9999, 6, 1)) == []
    assert [m.start_date for m in find_dates("내년 하반기에 착공한다.", date(2026, 6, 1))] == [date(2027, 7, 1)]
