"""Countries and organisation types: names an unnamed international partner or a location tail is read by."""

import pytest

from flows.extract.orgs import country_code, infer_type


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Kenya", "KE"),
        ("케냐", "KE"),
        ("Uganda", "UG"),
        ("the United States", "US"),
        ("미국", "US"),
        ("South Korea", "KR"),
        ("Viet Nam", "VN"),
        ("Iceland", "IS"),
        ("Heidelberg University", None),
    ],
)
def test_country_names_in_english_and_korean(name, code):
    assert country_code(name) == code


def test_types_inferred_from_the_shape_of_a_name():
    assert infer_type("부산대학교") == "university"
    assert infer_type("Acme Robotics Inc.") == "company"
    assert infer_type("국립해양조사원") == "public_agency"  # a national body, whatever its last word
    # counties and provinces govern; a group of things ending in 군 does not
    assert infer_type("홍천군") == infer_type("경상남도") == infer_type("강원특별자치도") == "government"
    assert infer_type("고위험군", default="") != "government"
    # a ministry ends in 부; 'whether', 'a part' and a headquarters alone do not govern
    assert infer_type("외교부") == infer_type("궁능유적본부") == "government"
    assert {infer_type(w, default="") for w in ("2단계 연장 여부", "일부", "본부")} == {""}


def test_towns_and_legal_forms_of_other_countries():
    from flows.extract.orgs import is_city, name_key

    assert is_city("Chennai") and is_city("New Delhi") and not is_city("Energy")
    assert name_key("Lingvia AB") == name_key("Lingvia") == "lingvia"
    assert name_key("Research as a Service") == "researchasaservice"  # 'as' is a word, not a legal form


def test_initials_and_a_place_like_short_name_are_the_longer_names_organisation():
    import polars as pl

    from flows.extract import extract

    body = (
        "The alliance has 18 founding members, including state-run Korea Atomic Energy Research Institute and "
        "drugmaker Hanbit Pharm. KAERI will chair the alliance. The University of Waterloo and the Université de "
        "Sherbrooke are partners. Waterloo will coordinate the project."
    )
    articles = pl.DataFrame(
        {"article_id": ["a"], "title": ["t"], "body": [body], "language": ["en"], "published_at": [None]},
        schema_overrides={"published_at": pl.Datetime("us", "UTC")},
    )
    out = extract(articles)
    ids = {r["name"]: r["org_id"] for r in [*out.members.to_dicts(), *out.institutions.to_dicts()]}
    assert ids["KAERI"] == ids["Korea Atomic Energy Research Institute"]
    # (the lead is no partner besides: the University of Waterloo's one row is the one that names it 'Waterloo')
    names = dict(out.organizations.select("org_id", "canonical_name").iter_rows())
    assert names[ids["Waterloo"]] == "University of Waterloo"


def test_a_short_form_names_the_end_of_the_words_before_it():
    from flows.extract.orgs import spelled_by as _spelled_by

    assert _spelled_by("Pukyong National University and the National Institute of Fisheries Science", "NIFS") == (
        "National Institute of Fisheries Science"
    )
    assert _spelled_by("Korea Institute of Geoscience and Mineral Resources", "KIGAM") == (
        "Korea Institute of Geoscience and Mineral Resources"
    )


def test_a_korean_name_written_short_in_a_headline_is_the_longer_one():
    import polars as pl

    from flows.extract import extract

    body = (
        "한국우주의학얼라이언스, 한화에어로·쎄트렉아이 등 2곳 신규 합류\n"
        "새로 가입한 곳은 한화에어로스페이스와 쎄트렉아이다."
    )
    articles = pl.DataFrame(
        {"article_id": ["a"], "title": ["t"], "body": [body], "language": ["ko"], "published_at": [None]},
        schema_overrides={"published_at": pl.Datetime("us", "UTC")},
    )
    out = extract(articles)
    names = set(out.organizations["canonical_name"])
    assert "한화에어로스페이스" in names and "한화에어로" not in names


def test_a_universitys_short_form_before_a_unit():
    from flows.extract.orgs import name_key

    assert name_key("조선대 산학협력단") == name_key("조선대학교 산학협력단")
    assert name_key("현대 모비스") == "현대모비스"  # 현대 is no university
    assert name_key("강원대병원") == name_key("강원대학교병원")  # its hospital, written as one word


def test_a_country_abroad_before_a_korean_name_and_a_main_site_after_it_are_no_part_of_it():
    from flows.extract.orgs import name_key

    assert name_key("영국 서리대학교 우주센터") == name_key("서리대학교 우주센터")
    assert name_key("미국 존스홉킨스대 루푸스센터") == name_key("존스홉킨스대학교 루푸스센터")
    assert name_key("한국식품연구원 본원") == name_key("한국식품연구원")
    assert name_key("한국 마이크로소프트") != name_key("마이크로소프트")  # (Korea is where the article is)


def test_parts_of_a_region_are_no_ministries():
    # ('남해 동부와 서부', '중부': they end in 부 as ministries do)
    assert infer_type("서부") != "government"
    assert infer_type("남해 동부") != "government"
    assert infer_type("고용노동부") == "government"
    assert infer_type("통일부") == "government"
