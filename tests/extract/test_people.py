"""People tied to an institution elsewhere in the article land on that institution's row."""

import polars as pl
import pytest

from flows.extract import extract


def _rows(body: str, language: str) -> list[dict]:
    articles = pl.DataFrame(
        {
            "article_id": ["a"],
            "title": ["t"],
            "body": [body],
            "language": [language],
            "published_at": [None],
        },
        schema_overrides={"published_at": pl.Datetime("us", "UTC")},
    )
    return extract(articles).institutions.to_dicts()


def _institutions(body: str, language: str) -> dict[tuple[str, str], tuple[str | None, str | None]]:
    return {(r["name"], r["role"]): (r["person_name"], r["person_title"]) for r in _rows(body, language)}


def test_korean_person_in_a_later_sentence_after_a_particle():
    body = (
        "주관연구개발기관은 딥엣지반도체이고, 공동연구개발기관은 한국전자통신연구원이다.\n"
        "딥엣지반도체에서는 김도윤 대표가 연구책임자를 맡는다. 한국전자통신연구원 인공지능연구소 박서연 책임연구원도 참여한다."
    )
    got = _institutions(body, "ko")
    assert got[("딥엣지반도체", "lead")] == ("김도윤", "대표")
    assert got[("한국전자통신연구원", "co")] == ("박서연", "책임연구원")


def test_korean_name_before_the_organisation_and_title_after_it():
    body = "얼라이언스 회장사는 현대모비스가 맡았다.\n정재훈 현대모비스 대표이사가 초대 회장으로 선임됐다."
    assert _institutions(body, "ko")[("현대모비스", "lead")] == ("정재훈", "대표이사")


def test_english_people_tied_by_of_under_and_where():
    body = (
        "The hub is led by the University of Birmingham under Professor Hannah Whitcombe, who will direct it. "
        "Newcastle University is a partner. Minister Park Jin-ho of the Ministry of Trade said the hub matters. "
        "It is funded by the Ministry of Trade."
    )
    got = _institutions(body, "en")
    assert got[("University of Birmingham", "lead")] == ("Hannah Whitcombe", "professor")
    assert got[("Ministry of Trade", "organiser")] == ("Park Jin-ho", "minister")
    assert got[("Newcastle University", "partner")] == (None, None)


def test_one_row_per_organisation_gets_the_person_and_a_named_row_keeps_its_own():
    body = (
        "The consortium is led by the Korea Astronomy and Space Science Institute, which also hosted the launch "
        "ceremony at the Korea Astronomy and Space Science Institute. "
        "Hwang Min-ji, a principal researcher at the Korea Astronomy and Space Science Institute, directs it."
    )
    got = _institutions(body, "en")
    assert got[("Korea Astronomy and Space Science Institute", "lead")] == ("Hwang Min-ji", "principal researcher")
    assert got.get(("Korea Astronomy and Space Science Institute", "host"), (None, None)) == (None, None)


def test_a_list_under_a_heading_keeps_bracketed_roles_apart():
    body = (
        "The hub was announced today.\n"
        "Hub partners:\n"
        "- University of Strathclyde (lead) - laser-plasma acceleration\n"
        "- University of Oxford - beam diagnostics\n"
        "- Queen's University Belfast - laser-driven ion sources\n"
    )
    got = _institutions(body, "en")
    assert ("University of Strathclyde", "lead") in got
    assert ("University of Strathclyde", "partner") not in got
    assert {("University of Oxford", "partner"), ("Queen's University Belfast", "partner")} <= set(got)


def test_a_korean_list_announced_in_one_sentence_and_numbered_in_the_next():
    body = (
        "주관기관은 KFE이고 공동연구기관은 세 곳이다. ① 울산과학기술원(UNIST)은 소재, ② 한국원자력연구원은 조사 시험, "
        "③ 두산에너빌리티는 가공을 맡는다.\n참여기업은 모두 9곳이다. 진공 브레이징 전문인 한빛메탈텍, 정밀가공 업체 세진정공이 "
        "대표적이다."
    )
    got = _institutions(body, "ko")
    assert {("울산과학기술원", "co"), ("한국원자력연구원", "co"), ("두산에너빌리티", "co")} <= set(got)


def test_a_fact_box_of_participants_with_fields_between_them():
    body = (
        "The 11-member consortium is coordinated by KU Leuven and will run until 2029.\n"
        "Participants (11)\n"
        "FRAUNHOFER GESELLSCHAFT ZUR FORDERUNG DER ANGEWANDTEN FORSCHUNG EV (Germany)\n"
        "Net EU contribution: € 1 215 000,00\n"
        "UMICORE (Belgium)\n"
        "Net EU contribution: € 604 500,00\n"
        "Participation ended\n"
        "University of Tennessee, Knoxville (Knoxville, Tennessee)\n"
    )
    got = set(_institutions(body, "en"))
    assert {
        ("FRAUNHOFER GESELLSCHAFT ZUR FORDERUNG DER ANGEWANDTEN FORSCHUNG EV", "partner"),
        ("UMICORE", "partner"),
        ("University of Tennessee, Knoxville", "partner"),
    } <= got
    assert not any(name.startswith(("Net EU", "Participation")) for name, _ in got)


def test_an_institute_is_no_title_and_a_short_form_may_stand_between_name_and_title():
    from flows.extract.people import _person_at

    body = "전날 대전 유성구 한국과학기술정보연구원(KISTI) 본원에서 출범식을 열었다. 사업을 이끄는 정하람 한국핵융합에너지연구원(KFE) 단장을 만났다."
    kisti = body.find("한국과학기술정보연구원")
    assert _person_at(body, kisti, kisti + len("한국과학기술정보연구원"), "ko") is None
    kfe = body.find("한국핵융합에너지연구원")
    assert _person_at(body, kfe, kfe + len("한국핵융합에너지연구원"), "ko") == ("정하람", "단장")


def test_a_title_with_its_particle_is_no_name():
    body = "초대 회장사로는 에어팜이 선임됐으며, 최민혁 에어팜 대표가 회장을 맡았다."
    assert _institutions(body, "ko")[("에어팜", "lead")] == ("최민혁", "대표")


def test_a_person_of_the_one_university_of_the_article():
    body = (
        "Texas State University will coordinate the coalition, with Acme Fab and Brightway Tools as partners. "
        '"Every fab needs technicians," said Raymond Ochoa, the university\'s provost, at the announcement.'
    )
    got = _institutions(body, "en")
    assert got[("Texas State University", "lead")] == ("Raymond Ochoa", "provost")
    assert got[("Acme Fab", "partner")] == (None, None)


def test_name_title_and_organisation_set_off_by_commas():
    body = (
        "ICMR-National Institute of Epidemiology, Chennai has been designated as the nodal institution of the "
        "consortium. Dr. Kavitha Rao, Director, ICMR-National Institute of Epidemiology, will be the Principal "
        "Investigator. The consortium will be funded by ICMR. Dr. Arvind Menon, Secretary, Department of Health "
        "Research and Director General, ICMR, spoke at the launch."
    )
    got = _institutions(body, "en")
    assert got[("ICMR-National Institute of Epidemiology", "lead")] == ("Kavitha Rao", "director")
    # 'ICMR' inside the institute's name is no mention of ICMR itself
    assert got[("ICMR", "organiser")] == ("Arvind Menon", "director general")


def test_names_kiwi_does_not_know_in_groups_after_an_announcing_sentence():
    body = (
        "LG디스플레이를 포함한 창립 회원사는 모두 17곳이다. 분야별로 보면 ▲LED 칩: 루미칩스, 한울광전 ▲검사·리페어: "
        "세림비전, 리페어웍스 등이다."
    )
    articles = pl.DataFrame(
        {"article_id": ["a"], "title": ["t"], "body": [body], "language": ["ko"], "published_at": [None]},
        schema_overrides={"published_at": pl.Datetime("us", "UTC")},
    )
    members = {(r["name"], r["membership_type"]) for r in extract(articles).members.to_dicts()}
    assert {
        ("루미칩스", "founding_member"),
        ("한울광전", "founding_member"),
        ("세림비전", "founding_member"),
    } <= members
    assert not any("칩:" in name or name == "리페어" for name, _ in members)


def test_a_capitalised_title_between_organisation_and_name():
    body = (
        'KAERI will chair the alliance. "We have the reactors," said KAERI President Park Seong-ho, who was '
        "named the alliance's first chairman."
    )
    assert _institutions(body, "en")[("KAERI", "lead")] == ("Park Seong-ho", "president")


def test_the_person_heading_the_work_is_the_leads():
    body = (
        "조선대학교 산학협력단이 실증 프로그램 주관기관으로 선정됐다.\n"
        "총괄책임자는 기계공학과 송민아 교수다. 공동연구기관은 한국광기술원이다."
    )
    assert _institutions(body, "ko")[("조선대학교 산학협력단", "lead")] == ("송민아", "교수")
    body = "The network is led by West Valley University. The principal investigator is Dr. Rachel Okafor."
    assert _institutions(body, "en")[("West Valley University", "lead")] == ("Rachel Okafor", "dr")


def test_korean_head_in_brackets_before_the_person_and_research_fellows():
    body = "주관기관은 부산대학교다. 부산대학교(총장 ○○○)는 지구과학교육과 윤채원 교수가 연구를 맡는다고 밝혔다."
    assert _institutions(body, "ko")[("부산대학교", "lead")] == ("윤채원", "교수")


def test_a_broadcast_caption_a_bracketed_head_and_a_topic_before_the_person():
    body = (
        "컨소시엄 총괄은 제주테크노파크가 맡고, 포항공과대학교와 한국과학기술연구원이 공동연구기관으로 참여한다.\n"
        '[인터뷰] 고은별 / 제주테크노파크 원장 "이제는 얼마나 비싸게 파느냐를 고민하는 단계다."\n'
        "포항공과대학교는 신소재공학과 이하늘 교수 연구팀이 코팅을 개발한다.\n"
        "| 구분 | 기관 |\n|---|---|\n| 공동 | 한국과학기술연구원(정은비 책임연구원) |"
    )
    got = _institutions(body, "ko")
    assert got[("제주테크노파크", "lead")] == ("고은별", "원장")
    assert got[("포항공과대학교", "co")] == ("이하늘", "교수")
    assert got[("한국과학기술연구원", "co")] == ("정은비", "책임연구원")


def test_english_titles_after_a_and_a_unit_with_commas():
    body = (
        "The consortium is led by Fresno State and the DST Development Centre for Ship Technology. "
        '"Rates went up fivefold," says Katrin Vogel, a naval architect at the DST Development Centre for Ship '
        'Technology. "We will cut pumping," said Dr. Rosa Delgado, director of the Water, Energy and Technology '
        "Center at Fresno State."
    )
    got = _institutions(body, "en")
    assert got[("Fresno State", "lead")] == ("Rosa Delgado", "director")
    assert got[("DST Development Centre for Ship Technology", "lead")] == ("Katrin Vogel", "naval architect")


def test_korean_clinical_and_academic_titles_tie_a_person_to_the_organisation():
    from flows.extract.mentions import sentence_mentions
    from flows.extract.sentences import kiwi

    sentence = "공동연구기관인 국립암센터 민지아 전문의는 맞춤 치료가 목표라고 설명했다."
    found = sentence_mentions(sentence, "ko", kiwi().tokenize(sentence))
    assert [(m.name, m.person_name, m.person_title) for m in found] == [("국립암센터", "민지아", "전문의")]


def test_korean_people_in_a_table_cell_beside_the_name_and_a_unit_is_no_name():
    body = (
        "연구단 구성은 다음과 같다.\n"
        "| 구분 | 기관명 | 책임자 | 주요 역할 |\n"
        "| 주관 | 분당서울대학교병원 | 한지수 교수(연구단장) | 총괄, 통합 예측 모델 |\n"
        "| 공동 | 한국과학기술연구원 | 오세린 책임연구원 | 시선 추적 센서 |\n"
        "| 공동 | 연세대학교 세브란스병원 | 문태경 교수 | 외래 임상 검증 |"
    )
    got = _institutions(body, "ko")
    assert got[("분당서울대학교병원", "lead")] == ("한지수", "교수")
    assert got[("한국과학기술연구원", "co")] == ("오세린", "책임연구원")
    said = "분당서울대학교병원이 주관한다. 연구단장을 맡은 한지수 분당서울대학교병원 신경과 교수는 말했다."
    assert _institutions(said, "ko")[("분당서울대학교병원", "lead")] == ("한지수", "교수")


def test_english_names_with_lowercase_particles():
    body = (
        'The project is coordinated by the Royal Netherlands Institute for Sea Research. "It works in the lab," '
        "writes project coordinator Dr Marieke van der Veen of the Royal Netherlands Institute for Sea Research."
    )
    got = _institutions(body, "en")
    assert got[("Royal Netherlands Institute for Sea Research", "lead")][0] == "Marieke van der Veen"


@pytest.mark.parametrize(
    ("body", "org", "expected"),
    [
        # the head of a local government, the title glued to its name
        ("최민호 세종시장은 협약식에서 인사말을 했다.", "세종시", ("최민호", "시장")),
        ("박상철 해남군수가 축사를 했다.", "해남군", ("박상철", "군수")),
        # its side, then the part the person plays in the work
        ("한전 쪽 연구책임자인 오세린 책임연구원은 일정을 설명했다.", "한전", ("오세린", "책임연구원")),
        ("충남대병원 측 연구책임자인 윤다솜 내과 교수는 말했다.", "충남대병원", ("윤다솜", "교수")),
        # the government itself, with no person
        ("세종시는 협약을 맺었다고 밝혔다.", "세종시", None),
    ],
)
def test_korean_local_heads_and_a_person_on_a_bodys_side(body, org, expected):
    from flows.extract.people import _person_at

    s = body.find(org)
    assert _person_at(body, s, s + len(org), "ko") == expected


def test_the_person_who_took_the_heads_office_is_the_single_leads():
    body = (
        "연구센터는 한밭대학교가 주관기관으로 운영한다. 센터장을 맡은 윤서진 신소재공학과 교수는 "
        '"지역 기업과 함께 소재를 검증하겠다"고 말했다.'
    )
    assert _institutions(body, "ko")[("한밭대학교", "lead")] == ("윤서진", "교수")


def test_korean_head_of_an_organisation_written_onto_its_name():
    body = "협의체 의장기관은 한국건설기술연구원이다.\n초대 의장은 박지현 한국건설기술연구원장이 맡았다."
    assert _institutions(body, "ko")[("한국건설기술연구원", "lead")] == ("박지현", "원장")


def test_english_a_person_in_the_field_under_the_organisations_line():
    body = (
        "The ministry has named two research chairs.\n1. Chair in Mine Water\nHost institution: University of "
        "Limpopo\nChairholder: Professor Sipho Dlamini\n2. Chair in Solar Skills\nHost institution: Walter Sisulu "
        "University\nChairholder: Professor Anele Mthembu\n"
    )
    got = _institutions(body, "en")
    assert got[("University of Limpopo", "host")] == ("Sipho Dlamini", "professor")
    assert got[("Walter Sisulu University", "host")] == ("Anele Mthembu", "professor")


def test_korean_university_hospital_written_short_beside_its_person():
    body = "컨소시엄은 경북대학교병원이 이끈다.\n총괄책임자는 권미정 경북대병원 영상의학과 교수가 맡았다."
    assert _institutions(body, "ko")[("경북대학교병원", "lead")] == ("권미정", "교수")


def test_english_person_by_a_short_name_the_article_never_introduced():
    body = (
        "The Wellcome Sanger Institute will lead the consortium, with the University of Bergen as a partner. "
        '"We have a sketch," says Fiona Hartley, a group leader at Sanger who will direct the atlas. '
        "The UK Atomic Energy Authority funds the work. Sarah Okafor is head of skills at UKAEA."
    )
    got = _institutions(body, "en")
    assert got[("Wellcome Sanger Institute", "lead")] == ("Fiona Hartley", "group leader")
    assert got[("UK Atomic Energy Authority", "organiser")] == ("Sarah Okafor", "head")
    assert got[("University of Bergen", "partner")] == (None, None)


def test_english_person_in_a_whose_clause_and_before_a_possessive():
    body = (
        "The observatory is co-led by the Research Institute for Development (IRD), whose ecologist Julien "
        "Marchetti has worked in the delta for years. Heriot-Watt University is a partner. "
        "At Heriot-Watt University in Edinburgh, Professor Callum Boyd's team will build the lasers."
    )
    got = _institutions(body, "en")
    assert got[("Research Institute for Development", "co")] == ("Julien Marchetti", "ecologist")
    assert got[("Heriot-Watt University", "partner")] == ("Callum Boyd", "professor")


def test_an_organisation_described_after_a_comma_is_nobody_s_person():
    body = (
        "University College Cork will host the kick-off meeting. APC Microbiome Ireland, a research center at "
        "University College Cork, is a partner."
    )
    got = _institutions(body, "en")
    assert got[("University College Cork", "host")] == (None, None)


def test_korean_head_of_the_work_named_after_the_office():
    body = "목원대학교가 사업을 주관한다.\n사업단장은 지능로봇공학과 이재성 교수가 맡았다."
    assert _institutions(body, "ko")[("목원대학교", "lead")] == ("이재성", "교수")


def test_english_person_first_on_a_list_line_with_their_office():
    body = (
        "Three co-applicants bring complementary expertise:\n"
        "- Dr. Sophie LeBlanc, associate professor, Département de chimie, Université de Moncton – film chemistry\n"
        "- Dr. Kwabena Owusu, research scientist, Centre for Seafood Development, Memorial University's Fisheries "
        "and Marine Institute – shelf-life testing"
    )
    got = _institutions(body, "en")
    assert got[("Université de Moncton", "co")] == ("Sophie LeBlanc", "associate professor")
    assert got[("Fisheries and Marine Institute", "co")] == ("Kwabena Owusu", "research scientist")


def test_english_centre_director_named_without_an_organisation_and_a_country_after_a_unit():
    body = (
        "The centre will be led by Nord University.\n"
        '"We want to move that moment weeks earlier," says Professor Ingvild Strand Mikalsen, who will lead SFI '
        "FishSense as centre director.\n"
        "International research partners\n"
        "- University of Stirling, Institute of Aquaculture (United Kingdom)\n"
        "- Wageningen University & Research (the Netherlands)\n"
    )
    got = _institutions(body, "en")
    assert got[("Nord University", "lead")] == ("Ingvild Strand Mikalsen", "professor")
    countries = {r["name"]: r["country"] for r in _rows(body, "en")}
    assert countries["University of Stirling"] == "GB"  # (its country after its unit, at the line's end)


def test_an_english_lead_told_as_to_lead_and_its_director_of_a_unit_at_it():
    body = (
        "University of Galway is to lead MUIRÍ, a new national centre for seaweed biorefining. The centre's director "
        "is Professor Siobhán Ní Fhlatharta of the School of Biological and Chemical Sciences at University of Galway."
        "\nThe consortium is coordinated by Prof. Hilde Vandenbussche of the Department of Plants and Crops at Ghent "
        "University."
    )
    got = _institutions(body, "en")
    assert got[("University of Galway", "lead")] == ("Siobhán Ní Fhlatharta", "professor")
    assert got[("Ghent University", "lead")] == ("Hilde Vandenbussche", "professor")
    assert not [name for name, _ in got if "Department" in name or "School" in name]


def test_a_person_of_a_department_then_a_comma_and_the_body():
    body = (
        "The Indian Institute of Technology Madras (IIT Madras) has been selected as the hub institution. The Centre "
        "will be led by Professor R. Srinivasan of the Department of Electrical Engineering, IIT Madras.\n"
        "The following institutions will participate as spoke (partner) institutions:\n"
        "- National Institute of Technology, Tiruchirappalli\n"
        "- Centre for Development of Advanced Computing (C-DAC)\n"
    )
    got = _institutions(body, "en")
    assert ("Department of Electrical Engineering", "lead") not in got
    assert got[("Centre for Development of Advanced Computing", "partner")] == (None, None)
    assert ("R. Srinivasan", "professor") in got.values()
