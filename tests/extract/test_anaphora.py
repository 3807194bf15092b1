"""Organisations referred back to by a count and a kind take the role the referring sentence gives them."""

import polars as pl

from flows.extract import extract
from flows.extract.anaphora import referents


def _extract(body: str, language: str):
    articles = pl.DataFrame(
        {"article_id": ["a"], "title": ["t"], "body": [body], "language": [language], "published_at": [None]},
        schema_overrides={"published_at": pl.Datetime("us", "UTC")},
    )
    return extract(articles)


def _roles(body: str, language: str) -> set[tuple[str, str]]:
    return {(r["name"], r["role"]) for r in _extract(body, language).institutions.to_dicts()}


def test_the_two_universities_of_the_sentence_before():
    body = (
        "The southern end of the project sits with the University of Tasmania in Hobart and the University of Cape "
        "Town. The two universities are co-leads of MesoCarb."
    )
    assert _roles(body, "en") == {("University of Tasmania", "co"), ("University of Cape Town", "co")}


def test_korean_two_institutions_named_by_a_role_noun():
    body = "연구기관 가운데서는 한국기계연구원과 한국자동차연구원이 참여한다. 두 기관은 공동연구기관으로 부품 시험을 맡는다."
    assert {("한국기계연구원", "co"), ("한국자동차연구원", "co")} <= _roles(body, "ko")


def test_a_verb_of_giving_is_no_role_and_a_count_needs_as_many_names():
    body = "참여기관은 한국재료연구원과 경북대학교, 금오공과대학교다. 한국재료연구원은 장비를, 두 대학은 연구 인력을 지원한다."
    assert not {role for _, role in _roles(body, "ko")} & {"organiser"}
    assert referents("The three universities will lead it.", "Led by the University of Bergen.", "en") == (-1, [])


def test_they_are_names_the_members_the_sentence_before_counted():
    body = (
        "The Korea AI Safety Evaluation Network has 14 founding members. From industry, they are Naver Cloud, Kakao "
        "and KT. From academia, they are KAIST and Yonsei University. They are expected to share test data."
    )
    members = {(r["name"], r["membership_type"]) for r in _extract(body, "en").members.to_dicts()}
    assert members == {
        (name, "founding_member") for name in ("Naver Cloud", "Kakao", "KT", "KAIST", "Yonsei University")
    }


def test_the_remaining_ones_of_the_list_before_take_the_role():
    body = (
        "컨소시엄에는 대구정보진흥원과 대구영상위원회, 계명대학교, ㈜온누리스튜디오 네 곳이 이름을 올렸다. "
        "이 가운데 대구정보진흥원이 주관기관을 맡고, 나머지 세 곳은 공동운영기관으로 참여한다."
    )
    assert _roles(body, "ko") == {
        ("대구정보진흥원", "lead"),
        ("대구영상위원회", "co"),
        ("계명대학교", "co"),
        ("온누리스튜디오", "co"),
    }
