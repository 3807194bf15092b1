"""Tables with a column of names and one of roles, as a report prints them or trafilatura renders HTML tables."""

from flows.extract.tables import table_mentions

BODY = """The Forum had 11 members at the end of the year.
Table 1. Members and roles

Member | Country | Role
Aoba Photonics | Japan | Chair
Northlight Space Systems | Canada | Co-chair
Lumisat | France | Technical editor, Physical Layer WG
Vireo Space | Italy | Member

| Partner | Role in the project |
|---|---|
| Halden Institute | Coordinator |
| Brightway Labs | Partner |
| Ostrava Steel | Funder |

| Year | Budget |
| 2026 | 4.2 |
"""


def _rows(body: str) -> set[tuple[str, str, str]]:
    return {(m.name, m.table, m.label) for _, m in table_mentions(body, "en")}


def test_roles_from_the_role_column_and_membership_from_a_member_column():
    assert _rows(BODY) == {
        ("Aoba Photonics", "institutions", "lead"),
        ("Aoba Photonics", "members", "member"),
        ("Northlight Space Systems", "institutions", "co"),
        ("Northlight Space Systems", "members", "member"),
        ("Lumisat", "institutions", "other"),
        ("Lumisat", "members", "member"),
        ("Vireo Space", "members", "member"),
        ("Halden Institute", "institutions", "lead"),
        ("Brightway Labs", "institutions", "partner"),
        ("Ostrava Steel", "institutions", "organiser"),
    }


def test_offsets_point_at_the_name_in_the_body():
    for _, m in table_mentions(BODY, "en"):
        assert BODY[m.start : m.end] == m.name


def test_tables_without_a_role_column_give_nothing():
    assert _rows("Company | Revenue | Growth\nAcme | 12 | 3%\nBrightway | 9 | 1%\n") == set()
