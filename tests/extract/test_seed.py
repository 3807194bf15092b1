"""The seed article must yield exactly the facts DESIGN.md lists (expected tables written by hand)."""

from datetime import date

import polars as pl
import pytest

from flows import stages

MEMBERS = {
    "네이버클라우드",
    "포스코홀딩스",
    "LG전자",
    "LG에너지솔루션",
    "HD한국조선해양",
    "인이지",
    "42마루",
    "VessI AI",
    "플레이오니",
    "코르카",
    "소프틀리 AI",
    "에버엑스",
}


@pytest.fixture(scope="module")
def seed_tables(request):
    path = request.getfixturevalue("seed_path")
    articles, rejects = stages.read_and_clean([str(path)], 10_000_000)
    assert rejects.is_empty()
    extraction, errors = stages.safe_extract(articles)
    assert errors.is_empty()
    return extraction


def test_seed_members(seed_tables):
    m = seed_tables.members
    assert set(m.filter(pl.col("membership_type") == "initial_member")["name"]) == MEMBERS
    assert set(m.filter(pl.col("membership_type") == "demand_company")["name"]) == {"네이버클라우드", "포스코홀딩스"}
    assert m.height == 14


def test_seed_institutions(seed_tables):
    rows = {
        (r["name"], r["role"], r["person_name"], r["person_title"], r["country"])
        for r in seed_tables.institutions.to_dicts()
    }
    assert rows == {
        ("KAIST", "lead", "김기응", "교수", None),
        ("고려대학교", "co", "이성환", "교수", None),
        ("연세대학교", "co", "김선주", "교수", None),
        ("POSTECH", "co", "조민수", "교수", None),
        ("미국", "international", None, None, "US"),
        ("캐나다", "international", None, None, "CA"),
        ("프랑스", "international", None, None, "FR"),
        ("과학기술정보통신부", "organiser", None, None, None),
        ("정보통신기획평가원", "organiser", None, None, None),
        ("경영컨설팅 전문기업", "consigned", None, None, None),
        ("양재 서울 AI 허브", "host", None, None, None),
    }


def test_seed_milestones(seed_tables):
    rows = {(r["start_date"], r["end_date"], r["date_precision"], r["kind"]) for r in seed_tables.milestones.to_dicts()}
    assert rows == {
        (date(2024, 10, 28), date(2024, 10, 28), "day", "event"),
        (date(2024, 1, 1), date(2026, 12, 31), "year", "phase"),
        (date(2027, 1, 1), date(2028, 12, 31), "year", "phase"),
    }


def test_seed_article_facts(seed_tables):
    a = seed_tables.articles.row(0, named=True)
    assert a["published_at"].isoformat() == "2024-10-28T06:52:00+00:00"  # 15:52 KST
    assert a["language"] == "ko"
    assert a["stated_member_count"] == 12
    assert a["program_name"] == "국가 AI 연구거점"
    # Clutter is gone: no tickers, headlines or buttons in the body.
    for clutter in ("비트코인", "주요 뉴스", "가장작게", "좋아요", "엑사원", "사진제공"):
        assert clutter not in a["body"]


def test_seed_spans_point_at_names(seed_tables):
    body = seed_tables.articles["body"][0]
    for table in (seed_tables.members, seed_tables.institutions):
        for r in table.to_dicts():
            assert body[r["span_start"] : r["span_end"]] == r["name"]
            assert r["evidence"] in body


def test_seed_organizations(seed_tables):
    orgs = {r["canonical_name"]: r for r in seed_tables.organizations.to_dicts()}
    assert orgs["KAIST"]["org_type"] == "university"
    assert "카이스트" in orgs["KAIST"]["aliases"]
    assert orgs["과학기술정보통신부"]["org_type"] == "government"
    assert orgs["양재 서울 AI 허브"]["org_type"] == "venue"
    assert orgs["네이버클라우드"]["org_type"] == "company"
