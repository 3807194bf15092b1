"""Tables with a column of names and one of roles, as a report prints them or trafilatura renders HTML tables."""

from flows.extract.cues import bare_role
from flows.extract.tables import role_lines, table_mentions

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


def test_a_caption_row_above_the_header_row():
    body = (
        "| Institutions participating in the hub | | |\n|---|---|---|\n| Institution | Location | Role |\n"
        "| Oak Ridge National Laboratory | Oak Ridge, Tenn. | Lead institution |\n"
        "| Keystone Electrical Steel | Butler, Pa. | Industrial partner |\n"
        "| CanmetMATERIALS | Hamilton, Ontario, Canada | International partner |\n"
    )
    assert _rows(body) == {
        ("Oak Ridge National Laboratory", "institutions", "lead"),
        ("Keystone Electrical Steel", "institutions", "partner"),
        ("CanmetMATERIALS", "institutions", "international"),
    }


def test_an_entity_column_and_member_companies():
    body = (
        "| Entity | Type | Role in the consortium |\n|---|---|---|\n"
        "| University of Talca | University | Lead institution |\n"
        "| Exportadora Andes Sur SpA | Exporter | Member company |\n"
        "| Chilean Fruit Exporters Association (ASOEX) | Trade association | Observer |\n"
    )
    assert _rows(body) == {
        ("University of Talca", "institutions", "lead"),
        ("Exportadora Andes Sur SpA", "members", "member"),
        ("Chilean Fruit Exporters Association", "institutions", "other"),
    }


def test_offsets_point_at_the_name_in_the_body():
    for line_start, m in table_mentions(BODY, "en"):
        assert BODY[line_start + m.start : line_start + m.end] == m.name


def test_tables_without_a_role_column_give_nothing():
    assert _rows("Company | Revenue | Growth\nAcme | 12 | 3%\nBrightway | 9 | 1%\n") == set()


def test_a_table_of_names_after_a_sentence_announcing_them_takes_its_role():
    body = (
        "출범과 함께 참여한 초기 멤버는 연구기관·대학·기업을 합쳐 모두 7곳이다.\n"
        "| 구분 | 기관명 |\n|---|---|\n"
        "| 연구기관 | 한국화학연구원, 한국재료연구원 |\n| 대학 | 포스텍, UNIST |\n| 기업 | 솔브랩, 로보케미, 한성케미칼 |\n"
    )
    rows = {(m.name, m.label) for _, m in table_mentions(body, "ko")}
    assert rows == {
        (name, "initial_member")
        for name in ("한국화학연구원", "한국재료연구원", "포스텍", "UNIST", "솔브랩", "로보케미", "한성케미칼")
    }
    for line_start, m in table_mentions(body, "ko"):
        assert body[line_start + m.start : line_start + m.end] == m.name


def test_a_korean_column_headed_by_a_role_gives_its_names_that_role_and_their_heads():
    body = (
        "| 연구 수행 체계 | | | |\n|---|---|---|---|\n| 구분 | 연구 내용 | 주관 | 책임자 |\n"
        "| 총괄 | 연구소 운영, 과제 조정, 성과 통합 | 강원대학교 연안재해연구소 | 윤가람 교수 |\n"
        "| 세부과제 1 | 파랑 관측망 구축 | 강릉원주대학교 | 함도윤 교수(해양생태환경학과) |\n"
    )
    rows = {(m.name, m.label, m.person_name, m.person_title) for _, m in table_mentions(body, "ko")}
    assert rows == {
        ("강원대학교 연안재해연구소", "lead", "윤가람", "교수"),
        ("강릉원주대학교", "lead", "함도윤", "교수"),
    }


def test_a_korean_row_with_a_role_cell_further_down_is_no_header():
    body = (
        "| 구 분 | 역 할 | 기 관 명 | 비 고 |\n| 총 괄 | 총괄주관기관 | 선박해양플랜트연구소 | 사업단장 한동욱 |\n"
        "| 1세부 | 세부주관기관 | 목포해양대학교 | |\n| 전기추진 시스템 | 공동연구기관 | 부경대학교, ㈜해진조선 | |\n"
    )
    assert table_mentions(body, "ko") == []  # (its rows name their own roles, read as cues)


def test_a_table_with_a_column_of_tasks_is_left_to_its_role_cells():
    body = "<붙임> 과제 참여기관 현황\n구분 | 기관명 | 주요 역할\n주관 | 한국지질자원연구원 | 과제 총괄\n위탁 | 서울대학교 | 설계\n"
    assert table_mentions(body, "ko") == []


def test_a_role_cell_with_the_work_after_it_and_a_town_after_the_name():
    body = (
        "The institutions in the consortium and their roles are as follows:\n"
        "S.No. | Institution | Role in the consortium\n"
        "1 | Kaveri Institute of Epidemiology, Chennai | Nodal institution; field epidemiology and coordination\n"
        "2 | Deccan Venom Research Trust, Vellore | Partner; venom collection\n"
        "3 | Satpura Biologicals Ltd, Mumbai | Manufacturing partner\n"
    )
    assert _rows(body) == {
        ("Kaveri Institute of Epidemiology", "institutions", "lead"),
        ("Deccan Venom Research Trust", "institutions", "partner"),
        ("Satpura Biologicals Ltd", "institutions", "partner"),
    }


def test_lines_that_give_each_partner_its_role_after_a_dash():
    body = (
        "THE CONSORTIUM\n"
        "- Consiglio Nazionale delle Ricerche (CNR), Italy — coordinator\n"
        "- Università degli Studi di Bari Aldo Moro (UNIBA), Italy — partner\n"
        "- Agroscope, Switzerland — associated partner\n"
        "- Institut Agronomique et Vétérinaire Hassan II (IAV Hassan II), Morocco — international partner\n"
        "The trials start in March - partner\n"  # a lone line is no list
    )
    from flows.extract.tables import role_lines

    assert {(m.name, m.label) for _, m in role_lines(body, "en")} == {
        ("Consiglio Nazionale delle Ricerche", "lead"),
        ("Università degli Studi di Bari Aldo Moro", "partner"),
        ("Agroscope", "partner"),
        ("Institut Agronomique et Vétérinaire Hassan II", "international"),
    }


def test_lines_that_open_with_the_role_and_its_task_before_a_dash():
    body = (
        "The work is shared as follows:\n"
        "Coordinator – Halvorsen Freight AS (HFA), Bergen\n"
        "Co-lead, modelling – Eindhoven University of Technology (TU/e), Department of Mechanical Engineering\n"
        "Partner, depot operations in Trieste – Porto Giuliano SpA\n"
        "Subcontractor: Kestrel Test Labs Ltd\n"
        "Partner – we will say more in March\n"  # words after the dash, no name
    )
    from flows.extract.tables import role_lines

    assert {(m.name, m.label) for _, m in role_lines(body, "en")} == {
        ("Halvorsen Freight AS", "lead"),
        ("Eindhoven University of Technology", "co"),
        ("Porto Giuliano SpA", "partner"),
        ("Kestrel Test Labs Ltd", "consigned"),
    }


def test_a_korean_table_with_a_column_for_each_role():
    body = (
        "| 구 분 | 세부과제명 | 주관기관(연구단장) | 공동연구개발기관 | 참여기업 | 위탁연구개발기관 |\n"
        "| 1세부 | 구조용 집성재 국산화 | 국립산림과학원 | 충북대학교, 경일목재 | ㈜그린캐소드 | - |\n"
        "| 2세부 | 하이브리드 구조 설계 | 한국건설기술연구원 | 서울과학기술대학교 | - | 한국구조안전연구소 |\n"
    )
    rows = {(m.name, m.table, m.label) for _, m in table_mentions(body, "ko")}
    assert rows == {
        ("국립산림과학원", "institutions", "lead"),
        ("충북대학교", "institutions", "co"),
        ("경일목재", "institutions", "co"),
        ("그린캐소드", "members", "member"),
        ("한국건설기술연구원", "institutions", "lead"),
        ("서울과학기술대학교", "institutions", "co"),
        ("한국구조안전연구소", "institutions", "consigned"),
    }


def test_a_working_group_head_column_and_its_header_read_as_a_table_only():
    body = (
        "분과별 분과장사와 주요 과제는 다음과 같습니다.\n"
        "| 분과 | 분과장사 | 주요 과제 | 참여 회원사 수 |\n"
        "|---|---|---|---|\n"
        "| 기기 연동 분과 | 코어홈네트웍스 | 공통 데이터 모델 | 11 |\n"
        "| 수요반응(DR) 분과 | 그리드링크 | 수요반응 신호 연동 규격 | 7 |\n"
    )
    assert {(m.name, m.label) for _, m in table_mentions(body, "ko")} == {
        ("코어홈네트웍스", "other"),
        ("그리드링크", "other"),
    }
    from flows.extract.tables import table_rows

    assert body.index("| 분과 |") in table_rows(body, "ko")  # the header is no sentence with a cue


def test_a_role_in_another_column_than_the_one_headed_role():
    body = (
        "| Organization | Type | Role in the hub |\n"
        "|---|---|---|\n"
        "| University of Manitoba | Academic partner | Prairie field network; varroa resistance breeding |\n"
        "| Wageningen University & Research (Netherlands) | International partner | Comparative data |\n"
        "| Apimondia | Observer | International outreach to beekeeping associations |\n"
    )
    assert _rows(body) == {
        ("University of Manitoba", "institutions", "partner"),
        ("Wageningen University & Research", "institutions", "international"),
        ("Apimondia", "institutions", "other"),
    }


def test_a_table_after_a_sentence_announcing_its_kind_whatever_its_first_heading():
    body = (
        "Four farms have signed on as grower members and will host trials:\n"
        "| Farm | Parish | Acres |\n"
        "|---|---|---|\n"
        "| Guidry Family Farms | Acadia | 1,200 |\n"
        "| Landry Rice Co. | Vermilion | 640 |\n"
        "\n"
        "| Year | Budget |\n"
        "| 2026 | 4.2 |\n"
    )
    assert _rows(body) == {("Guidry Family Farms", "members", "member"), ("Landry Rice Co", "members", "member")}


def test_a_korean_table_with_a_caption_row_over_its_header():
    body = (
        "이번에 새로 가입한 회원사는 다음과 같다.\n"
        "| 신규 회원사 (12월 8일 가입 승인) | | |\n"
        "|---|---|---|\n"
        "| 회원사 | 주력 분야 | 비고 |\n"
        "| 세미온테크 | 차량용 MCU 설계 | - |\n"
        "| 모빌칩스 | 센서 신호처리 SoC | - |\n"
    )
    assert {(m.name, m.label) for _, m in table_mentions(body, "ko")} == {
        ("세미온테크", "new_member"),
        ("모빌칩스", "new_member"),
    }


def test_a_korean_column_headed_by_a_kind_of_membership_and_roles_in_a_notes_column():
    body = (
        "창립 회원사는 아래와 같습니다.\n"
        "| 분야 | 창립 회원사 | 비고 |\n"
        "|---|---|---|\n"
        "| 음료 | 대한음료 | 회장사 |\n"
        "| 재생원료 | 그린사이클 | |\n"
        "| 공공 | 포장재공제조합 | 사무국 |\n"
    )
    assert {(m.name, m.label) for _, m in table_mentions(body, "ko")} == {
        ("대한음료", "founding_member"),
        ("대한음료", "lead"),
        ("그린사이클", "founding_member"),
        ("포장재공제조합", "founding_member"),
        ("포장재공제조합", "organiser"),
    }


def test_home_institutions_and_a_column_of_principal_investigators():
    body = (
        "| Institution | Role in the NCCR | Principal investigator(s) |\n"
        "|---|---|---|\n"
        "| EPFL | Home institution | Prof. Anne Aubry (Director) |\n"
        "| University of Bern | Co-home institution | Prof. Luc Amrein |\n"
        "| Eawag | Participating institution | – |\n"
    )
    found = {(m.name, m.label, m.person_name) for _, m in table_mentions(body, "en")}
    assert found == {
        ("EPFL", "lead", "Anne Aubry"),
        ("University of Bern", "co", "Luc Amrein"),
        ("Eawag", "partner", None),
    }


def test_a_joined_as_column_and_role_lines_that_name_who_represents_each():
    table = (
        "| Organisation | Type | Joined as |\n"
        "|---|---|---|\n"
        "| Wetterskip Fryslân | Regional water authority | New member |\n"
        "| Kwelder Engineering B.V. | Coastal engineering consultancy | New member |\n"
    )
    assert {(m.name, m.label) for _, m in table_mentions(table, "en")} == {
        ("Wetterskip Fryslân", "new_member"),
        ("Kwelder Engineering B.V.", "new_member"),
    }
    from flows.extract.tables import role_lines

    lines = (
        "- Wadden Sea Research Institute (WSRI) - coordinator; project leader Dr Sanne Hoek\n"
        "- University of Leeuwarden - co-lead, represented by Professor Thijs Veen\n"
    )
    assert {(m.name, m.label) for _, m in role_lines(lines, "en")} == {
        ("Wadden Sea Research Institute", "lead"),
        ("University of Leeuwarden", "co"),
    }


def test_industry_member_rows_and_a_key_contact_column_with_each_persons_office():
    body = (
        "| Organisation | Type | Role in the programme | Key contact |\n"
        "|---|---|---|---|\n"
        "| Lakeland University | University | Lead organisation | Professor Hana Whit, programme director |\n"
        "| Kahu Weavers Ltd | Manufacturer | Industry member | – |\n"
    )
    found = {(m.name, m.table, m.label, m.person_name) for _, m in table_mentions(body, "en")}
    assert found == {
        ("Lakeland University", "institutions", "lead", "Hana Whit"),
        ("Kahu Weavers Ltd", "members", "member", None),
    }


def test_role_lines_with_dot_leaders_notes_and_two_funders(tmp_path):
    from flows import stages
    from flows.extract.tables import role_lines

    page = (
        "Prairie Water Brief\nIssue 9 | Thursday, April 15, 2027\n\nWHO DOES WHAT\n"
        "Lead ........... University of Regina (network director Dr. Asha Rao, Department of Geography)\n"
        "Co-lead ........ Saskatchewan Research Council (SRC)\n"
        "Funding ........ Water Security Agency, through its Basin Program; Province of Saskatchewan\n"
        "Secretariat .... Prairie Lakes Foundation\n"
    )
    path = tmp_path / "brief.txt"
    path.write_text(page, encoding="utf-8")
    articles, _ = stages.read_and_clean([str(path)], 1_000_000)
    assert {(m.name, m.label) for _, m in role_lines(articles["body"][0], "en")} == {
        ("University of Regina", "lead"),
        ("Saskatchewan Research Council", "co"),
        ("Water Security Agency", "organiser"),
        ("Province of Saskatchewan", "organiser"),
        ("Prairie Lakes Foundation", "organiser"),
    }


def test_korean_lines_with_the_role_after_a_colon_or_an_arrow():
    body = (
        "컨소시엄 참여기관과 역할은 다음과 같다.\n"
        "- 충청남도농업기술원 : 총괄 운영기관 / 생육 데이터 표준화\n"
        "- 국립공주대학교 : 공동연구기관 / 센서망 설계\n"
        "- 한국전자기술연구원(KETI) → 위탁연구기관\n"
        "- 예산능금농협 : 수요기관 / 실증 농가 모집\n"
        "사업 관리는 다음 달 시작한다: 이 문장은 목록이 아니다.\n"
    )
    got = {(m.name, m.table, m.label) for _, m in role_lines(body, "ko")}
    assert got == {
        ("충청남도농업기술원", "institutions", "lead"),
        ("국립공주대학교", "institutions", "co"),
        ("한국전자기술연구원", "institutions", "consigned"),
        ("예산능금농협", "members", "demand_company"),
    }
    for start, m in role_lines(body, "ko"):
        assert body[start + m.start : start + m.end] == m.name


def test_a_korean_member_table_under_its_caption_with_offices_beside_the_names():
    body = (
        "| 얼라이언스 창립 회원(4개 기관) | | |\n"
        "|---|---|---|\n"
        "| 분야 | 기관명 | 얼라이언스 내 역할 |\n"
        "| 엔진·추진 | 한빛스페이스 | 의장사 |\n"
        "| 엔진·추진 | 제이엔엑스추진 | 부의장사 |\n"
        "| 구조·소재 | 코스모텍 | - |\n"
        "| 연구기관 | 한국항공우주연구원(KARI) | 간사기관 |\n"
    )
    got = {(m.name, m.table, m.label) for _, m in table_mentions(body, "ko")}
    assert got == {
        ("한빛스페이스", "members", "founding_member"),
        ("한빛스페이스", "institutions", "lead"),
        ("제이엔엑스추진", "members", "founding_member"),
        ("제이엔엑스추진", "institutions", "other"),
        ("코스모텍", "members", "founding_member"),
        ("한국항공우주연구원", "members", "founding_member"),
        ("한국항공우주연구원", "institutions", "organiser"),
    }


def test_a_column_headed_by_the_role_its_names_hold():
    body = (
        "The network is led by the University of Saskatchewan. Public funding is set out below.\n"
        "| Funder | Contribution | Period |\n"
        "| Agriculture and Agri-Food Canada (AgriScience Program) | $12,000,000 | 2026-27 to 2029-30 |\n"
        "| Government of Saskatchewan | $3,500,000 | 2026-27 to 2029-30 |\n"
    )
    got = {(m.name, m.label) for _, m in table_mentions(body, "en")}
    assert got == {("Agriculture and Agri-Food Canada", "organiser"), ("Government of Saskatchewan", "organiser")}


def test_a_column_of_funders_beside_the_names_the_sentence_announces():
    body = (
        "Two partners outside the EU take part as associated partners and are funded by their national agencies.\n"
        "| Organisation | Country | Funded by | Contribution |\n"
        "|---|---|---|---|\n"
        "| European Marine Energy Centre (EMEC) | United Kingdom | UK Research and Innovation (UKRI) | Port trials |\n"
        "| Paul Scherrer Institute (PSI) | Switzerland | State Secretariat for Education, Research and Innovation "
        "(SERI) | Electrolyser testing |\n"
    )
    assert _rows(body) == {
        ("European Marine Energy Centre", "institutions", "partner"),
        ("Paul Scherrer Institute", "institutions", "partner"),
        ("UK Research and Innovation", "institutions", "organiser"),
        ("State Secretariat for Education, Research and Innovation", "institutions", "organiser"),
    }


def test_role_lines_whose_role_names_its_kind():
    body = (
        "The hub's roster for the second term:\n"
        "Lawrence Berkeley National Laboratory (Berkeley Lab) — lead institution; hub director Renata Okafor\n"
        "SLAC National Accelerator Laboratory — partner laboratory\n"
        "University of Delaware — university partner\n"
    )
    got = {(m.name, m.label) for _, m in role_lines(body, "en")}
    assert got == {
        ("Lawrence Berkeley National Laboratory", "lead"),
        ("SLAC National Accelerator Laboratory", "partner"),
        ("University of Delaware", "partner"),
    }


def test_a_role_cell_of_a_kind_of_partner_from_abroad():
    assert bare_role("Associated partner (international)", "en") == ("institutions", "international")
    assert bare_role("Associated partner", "en") == ("institutions", "partner")


def test_the_same_role_field_under_each_numbered_item():
    body = (
        "1. Chair in Mine Water\nHost institution: University of Limpopo\nChairholder: Professor Sipho Dlamini\n"
        "2. Chair in Solar Skills\nHost institution: Walter Sisulu University\nChairholder: Professor Anele Mthembu\n"
    )
    found = {(m.name, m.label) for _, m in role_lines(body, "en")}
    assert found == {("University of Limpopo", "host"), ("Walter Sisulu University", "host")}


def test_a_korean_column_of_groups_whose_cell_is_written_once_for_the_rows_under_it():
    body = (
        "□ 특구사업자 현황\n"
        "| 연번 | 구분 | 기관명 | 실증 내용 |\n"
        "|---|---|---|---|\n"
        "| 1 | 1차 특구사업자 (2025.11. 지정 시) | 한국기계연구원 | 성능 평가 |\n"
        "| 2 | | ㈜하늘모빌리티 | 수소 청소차 운행 |\n"
        "| 3 | 2차 특구사업자 (2026.4. 추가 선정) | ㈜푸른드라이브 | 수소 굴착기 |\n"
        "| 4 | | 영남특수차량㈜ | 수소 살수차 |\n"
    )
    assert {(m.name, m.label) for _, m in table_mentions(body, "ko")} == {
        ("한국기계연구원", "member"),
        ("하늘모빌리티", "member"),
        ("푸른드라이브", "new_member"),
        ("영남특수차량", "new_member"),
    }


def test_rows_that_leave_out_their_last_empty_cell_are_still_read():
    # Scraped tables drop a row's trailing empty cells ('| 3 | 기업 | 한빛모션 |' under a four-column header).
    body = (
        "□ 얼라이언스 참여 기관\n"
        "연번 | 구분 | 기관명 | 비고\n"
        "---|---|---|---\n"
        "1 | 기업 | 한빛모션 | 의장사\n"
        "2 | 기업 | 누리스튜디오 |\n"
        "3 | 대학 | 세종대학교 |\n"
    )
    found = {(m.name, m.label) for _, m in table_mentions(body, "ko")}
    assert {"한빛모션", "누리스튜디오", "세종대학교"} <= {name for name, _ in found}
    assert ("한빛모션", "lead") in found


def test_rows_of_participants_by_category_and_those_still_in_talks_left_out():
    body = (
        "| Category | Organisation | Status |\n"
        "|---|---|---|\n"
        "| Research participants | La Trobe University | Committed |\n"
        "| Research participants | Agriculture Victoria | In talks |\n"
        "| International research participants | Stellenbosch University (South Africa) | Committed |\n"
        "| Industry participants | Barossa Ridge Estates | Committed |\n"
        "| Industry participants | Canopy Guard Pty Ltd | In talks |\n"
        "| Funding participant | Wine Australia | Committed (cash) |\n"
    )
    assert {(m.name, m.label) for _, m in table_mentions(body, "en")} == {
        ("La Trobe University", "partner"),
        ("Stellenbosch University", "international"),
        ("Barossa Ridge Estates", "member"),
        ("Wine Australia", "organiser"),
    }


def test_list_lines_with_their_role_in_square_brackets_and_the_partners_country():
    body = (
        "Participating institutions\n"
        "- Korea Institute of Machinery and Materials (KIMM) [Korean lead institution] – Lab Director: Dr. Kang\n"
        "- Pusan National University [participating university] – Prof. Lee Ha-eun, School of Mechanical Engineering\n"
        "- Daeil FC Parts Co., Ltd. [demand company] – stack assembly and in-vehicle validation\n"
        "- Chemnitzer Umformtechnik GmbH [German industry partner] – high-speed servo press lines\n"
        "- Korea Institute of Geoscience (KIGAM), Republic of Korea (international participant)\n"
    )
    found = {(m.name, m.label, m.country) for _, m in role_lines(body, "en")}
    assert found == {
        ("Korea Institute of Machinery and Materials", "lead", None),
        ("Pusan National University", "partner", None),
        ("Daeil FC Parts Co., Ltd", "demand_company", None),
        ("Chemnitzer Umformtechnik GmbH", "international", "DE"),
        ("Korea Institute of Geoscience", "international", "KR"),
    }


def test_an_english_table_with_columns_headed_by_roles_and_names_split_by_semicolons():
    body = (
        "| Zone | Regional nodal centre | Participating hospitals |\n"
        "|---|---|---|\n"
        "| North | All India Institute of Medical Sciences (AIIMS), New Delhi | King George's Medical University, "
        "Lucknow; Sawai Man Singh Medical College, Jaipur |\n"
        "| South | Madras Medical College, Chennai | Gandhi Hospital, Secunderabad |\n"
    )
    assert {(m.name, m.label) for _, m in table_mentions(body, "en")} == {
        ("All India Institute of Medical Sciences", "co"),
        ("King George's Medical University", "partner"),
        ("Sawai Man Singh Medical College", "partner"),
        ("Madras Medical College", "co"),
        ("Gandhi Hospital", "partner"),
    }


def test_two_cell_rows_of_a_fact_table_headed_by_roles_and_box_lines_of_funders():
    body = (
        "| Project manager | Professor Aiko Nakamura, Faculty of Fisheries Sciences, Hokkaido University |\n"
        "|---|---|\n"
        "| Participating institutions | Kyushu University; Miyazaki Chikusan Kogyo Co., Ltd. |\n"
        "| Research period | FY2026 – FY2030 (5 years) |\n"
        "\n"
        "Company co-funder: Celutex Florestal S.A.\n"
        "Funding agency: FAPESP\n"
    )
    found = {(m.name, m.label, m.person_name) for _, m in role_lines(body, "en")}
    assert found == {
        ("Hokkaido University", "lead", "Aiko Nakamura"),
        ("Kyushu University", "partner", None),
        ("Miyazaki Chikusan Kogyo Co., Ltd", "partner", None),
        ("Celutex Florestal S.A.", "organiser", None),
        ("FAPESP", "organiser", None),
    }


def test_a_country_after_a_name_in_a_role_table():
    body = (
        "| Institution | Role in the consortium | Contact |\n"
        "|---|---|---|\n"
        "| Universidad de Los Lagos (ULagos) | Lead institution | Dr. Carolina Muñoz Oyarzún, director |\n"
        "| Cawthron Institute, New Zealand | International partner | – |\n"
    )
    found = {(m.name, m.label, m.country) for _, m in table_mentions(body, "en")}
    assert ("Cawthron Institute", "international", "NZ") in found


def test_numbered_lines_with_a_role_in_brackets_then_the_person_who_leads_the_part():
    body = (
        "(3) Participants and roles\n"
        "    1) Amakusa Ceramics Co., Ltd. [lead company]\n"
        "       Overall project management; kiln scale-up\n"
        "    2) Kumamoto University, Graduate School of Science [joint research institution] (Professor Rin Ogata)\n"
        "       Glaze chemistry\n"
        "    3) Saga Industrial Research Centre [partner institution] (Dr. Jun Mori, Senior Researcher)\n"
        "    4) Ariake Tile Works Co., Ltd. [end user]\n"
    )
    found = {(m.name, m.label, m.person_name, m.person_title) for _, m in role_lines(body, "en")}
    assert found == {
        ("Amakusa Ceramics Co., Ltd", "lead", None, None),
        ("Kumamoto University", "co", "Rin Ogata", "professor"),
        ("Saga Industrial Research Centre", "partner", "Jun Mori", "senior researcher"),
        ("Ariake Tile Works Co., Ltd", "demand_company", None, None),
    }


def test_bulleted_lines_with_a_role_and_a_task_in_one_bracket_each_on_its_own_line():
    body = (
        "Participating institutions:\n"
        "- Nagoya University (PM institution; sensor design, overall coordination)\n"
        "- Kobe Marine Institute (co-lead institution; field campaigns)\n"
        "- Setouchi Devices Co., Ltd. (consigned R&D; housings)\n"
        "- Plymouth Marine Laboratory (overseas collaborating institution, United Kingdom; calibration)\n"
    )
    found = {(m.name, m.label) for _, m in role_lines(body, "en")}
    assert found == {
        ("Nagoya University", "lead"),
        ("Kobe Marine Institute", "co"),
        ("Setouchi Devices Co., Ltd", "consigned"),
        ("Plymouth Marine Laboratory", "international"),
    }


def test_a_university_and_its_unit_in_one_cell_are_one_partner():
    body = (
        "The project partners are:\n"
        "| Partner | City | Contribution |\n"
        "|---|---|---|\n"
        "| Lund University, Department of Chemistry | Lund | Catalysts |\n"
        "| Skåne Valves AB | Malmö | Prototypes |\n"
    )
    names = {m.name for _, m in table_mentions(body, "en")}
    assert names == {"Lund University", "Skåne Valves AB"}


def test_a_partner_column_over_tasks_and_a_short_name_column():
    body = (
        "| No. | Beneficiary | Short name | Country | Main role |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Danmarks Tekniske Universitet | DTU | Denmark | Coordinator; WP1 management |\n"
        "| 2 | Stichting Deltares | Deltares | Netherlands | Catchment-scale modelling |\n"
        "\n"
        "| Partner | Location | Role in the project |\n"
        "|---|---|---|\n"
        "| Fundy Biopolymers Inc. | Saint John | Film extrusion and scale-up |\n"
    )
    got = {(m.name, m.label, m.alias) for _, m in table_mentions(body, "en")}
    assert got == {
        ("Danmarks Tekniske Universitet", "lead", "DTU"),
        ("Stichting Deltares", "partner", "Deltares"),  # (a task in the role column: the header's role)
        ("Fundy Biopolymers Inc", "partner", None),
    }


def test_a_leadership_list_gives_each_office_holder_s_body_its_role():
    body = (
        "Its leadership team is:\n"
        "- Director: Professor Helen Marsh, University of Southampton\n"
        "- Co-director: Dr Tomasz Nowak, Reader in Acoustics, University of Salford\n"
        "- Spoke lead: Professor Rajesh Patel, University of Sheffield\n"
    )
    got = {(m.name, m.label, m.person_name, m.person_title) for _, m in role_lines(body, "en")}
    assert got == {
        ("University of Southampton", "lead", "Helen Marsh", "professor"),
        ("University of Salford", "co", "Tomasz Nowak", "reader in acoustics"),
        ("University of Sheffield", "partner", "Rajesh Patel", "professor"),
    }


def test_a_host_university_column_with_its_chairholder():
    body = (
        "| Host university | Research chair | Chairholder |\n"
        "|---|---|---|\n"
        "| Sol Plaatje University | SARChI Chair in Dryland Livestock | Prof. Pieter Cloete |\n"
        "| Central University of Technology, Free State | SARChI Chair in Solar Desalination | Prof. Johan Venter |\n"
    )
    got = {(m.name, m.label, m.person_name) for _, m in table_mentions(body, "en")}
    assert got == {
        ("Sol Plaatje University", "host", "Pieter Cloete"),
        ("Central University of Technology, Free State", "host", "Johan Venter"),  # (its region after a comma)
    }


def test_a_role_heading_over_a_sentence_of_joining_names_the_kind_of_the_table():
    body = (
        "Industry partners\n"
        "Eleven companies have signed up. Those that have agreed to be named at this stage are:\n"
        "| Company | Based in |\n|---|---|\n| Cladach Kelp Ltd | Carna |\n| Brú Foods | Cork |\n"
    )
    assert _rows(body) == {
        ("Cladach Kelp Ltd", "institutions", "partner"),
        ("Brú Foods", "institutions", "partner"),
    }


def test_each_rows_kind_of_membership_under_a_sentence_announcing_members():
    body = (
        "Seven industry members have signed the consortium agreement so far:\n"
        "| S. No. | Organisation | Category of membership |\n|---|---|---|\n"
        "| 1 | Tata Electronics Pvt. Ltd. | Founding Member |\n"
        "| 2 | Synopsys India Pvt. Ltd. | Member |\n"
        "| 3 | InCore Semiconductors Pvt. Ltd. | Start-up Member |\n"
    )
    assert _rows(body) == {
        ("Tata Electronics Pvt. Ltd", "members", "founding_member"),
        ("Synopsys India Pvt. Ltd", "members", "member"),
        ("InCore Semiconductors Pvt. Ltd", "members", "member"),
    }


def test_a_dashed_role_line_beside_bracketed_ones_is_of_the_same_run():
    body = (
        "Leeds is joined by five other universities:\n"
        "- University of Warwick (co-lead, through WMG)\n"
        "- Newcastle University – co-lead\n"
        "- University of Strathclyde (partner)\n"
    )
    assert {(m.name, m.label) for _, m in role_lines(body, "en")} == {
        ("University of Warwick", "co"),
        ("Newcastle University", "co"),
        ("University of Strathclyde", "partner"),
    }
