"""Whole articles through the extractor: what one sentence cannot settle alone (a part in the work told by a verb
is an organisation's role only when the article gives it none besides; a passage about another programme; an
article's short way of writing a name)."""

import polars as pl

from flows.extract import extract


def _extract(body: str, language: str):
    articles = pl.DataFrame(
        {"article_id": ["a"], "title": ["t"], "body": [body], "language": [language], "published_at": [None]},
        schema_overrides={"published_at": pl.Datetime("us", "UTC")},
    )
    return extract(articles)


def _roles(body: str) -> set[tuple[str, str]]:
    return {(r["name"], r["role"]) for r in _extract(body, "en").institutions.to_dicts()}


def test_a_part_in_the_work_is_other_for_an_organisation_with_no_role_besides():
    body = (
        "The consortium is led by Lakeview University, with Orrin Labs and Tessel Robotics as partners. "
        "The Kings River Irrigation District will provide test sites, and Orrin Labs will supply the soil sensors."
    )
    roles = _roles(body)
    assert ("Kings River Irrigation District", "other") in roles
    assert ("Orrin Labs", "partner") in roles
    assert ("Orrin Labs", "other") not in roles  # a partner that also supplies something is still a partner
    assert not {role for _, role in roles} & {"task"}


def test_money_provided_is_funding_and_an_observer_is_other():
    body = (
        "The network is led by the University of Utah. Genome Canada will provide $4 million over three years. "
        "Defence Research and Development Canada will take part in the network as an observer."
    )
    roles = _roles(body)
    assert ("Genome Canada", "other") not in roles
    assert ("Defence Research and Development Canada", "other") in roles


def test_names_in_brackets_after_a_korean_role_noun_and_another_programme_set_apart():
    body = (
        "컨소시엄은 한국가스공사가 총괄 주관기관을 맡는다. 가스공사는 설계를 총괄하고, 수요기업(SK해운·에이치라인해운)이 "
        "실증선을 운항한다. 한편 산업부는 이와 별도로 액화수소 화물창 개발사업을 진행 중이다. 이 사업에는 "
        "한국조선해양기자재연구원과 한국재료연구원 등이 참여하고 있다."
    )
    out = _extract(body, "ko")
    members = {(r["name"], r["membership_type"]) for r in out.members.to_dicts()}
    assert members == {("SK해운", "demand_company"), ("에이치라인해운", "demand_company")}
    # '가스공사' is the article's short way of writing '한국가스공사': one organisation
    assert out.institutions["org_id"].n_unique() == 1
