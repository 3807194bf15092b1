"""A part in the work told by a verb ('X will supply the sensors') is an organisation's role only when the
article gives it none besides; money it provides is funding."""

import polars as pl

from flows.extract import extract


def _roles(body: str) -> set[tuple[str, str]]:
    articles = pl.DataFrame(
        {"article_id": ["a"], "title": ["t"], "body": [body], "language": ["en"], "published_at": [None]},
        schema_overrides={"published_at": pl.Datetime("us", "UTC")},
    )
    return {(r["name"], r["role"]) for r in extract(articles).institutions.to_dicts()}


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
