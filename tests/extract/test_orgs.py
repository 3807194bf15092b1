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
