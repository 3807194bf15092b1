"""Lists written one item per line, or as one paragraph split by semicolons, after a line announcing them."""

from flows.extract import _block_mentions
from flows.extract.lists import english_line_item, line_person


def _rows(body: str, language: str = "en") -> set[tuple[str, str]]:
    return {(m.name, m.label) for _, m in _block_mentions(body, language)}


def test_bullets_that_describe_their_items_give_the_names_only():
    body = (
        "The hub is led by Nelson Mandela University. The following institutions are partners in the hub:\n"
        "- the Council for Scientific and Industrial Research (CSIR), which will scale up cathode synthesis;\n"
        "- Mintek, which will develop cleaner refining processes;\n"
        "- the University of the Western Cape (UWC), which will lead work on cell assembly; and\n"
        "- the University of Pretoria, which will study recycling.\n"
    )
    assert _rows(body) == {
        ("Council for Scientific and Industrial Research", "partner"),
        ("Mintek", "partner"),
        ("University of the Western Cape", "partner"),
        ("University of Pretoria", "partner"),
    }


def test_lines_that_give_each_name_its_work_after_a_colon():
    body = (
        "The hub is led by the University of Nottingham. It is organised as a hub-and-spoke network, with four spokes:\n"
        "- University of Southampton, Institute of Sound and Vibration Research: speech enhancement, led by Dr Ravi "
        "Menon\n"
        "- University of Manchester: children's hearing and classroom acoustics\n"
        "- Ulster University: low-power chips for hearing devices\n"
    )
    assert _rows(body) == {
        ("University of Southampton", "partner"),
        ("University of Manchester", "partner"),
        ("Ulster University", "partner"),
    }


def test_emoji_bullets_and_a_later_join_after_the_founders():
    body = (
        "We join the alliance together with three other new members approved at its general assembly:\n"
        "➡️ Veloroad Surfaces (UK) – low-abrasion asphalt surfacing\n"
        "➡️ Chalmers University of Technology (Sweden) – particle emission measurement\n"
    )
    assert _rows(body) == {("Veloroad Surfaces", "new_member"), ("Chalmers University of Technology", "new_member")}


def test_role_headings_over_a_name_line_and_a_sentence_about_it():
    body = (
        "The centre consortium consists of eleven partners.\n"
        "Core research partners\n"
        "SINTEF Ocean\n"
        "Runs the hydrodynamic model testing and will lead the work on hull design.\n"
        "Norwegian University of Science and Technology (NTNU)\n"
        "Contributes expertise in marine cybernetics.\n"
        "Public partners\n"
        "Vestland County Council\n"
        "The county council buys fast ferry services for about 40 routes.\n"
    )
    assert _rows(body) == {
        ("SINTEF Ocean", "partner"),
        ("Norwegian University of Science and Technology", "partner"),
        ("Vestland County Council", "partner"),
    }


def test_a_paragraph_split_by_semicolons_after_a_colon():
    body = (
        "The consortium comprises 5 partners:\n"
        "Technical University of Munich (Germany, coordinator); Lund University (Sweden); Holzbau Alpin "
        "(Austria); Gdańsk University of Technology (Poland); and the University of Edinburgh (United Kingdom).\n"
    )
    names = {name for name, _ in _rows(body)}
    assert names == {
        "Technical University of Munich",
        "Lund University",
        "Holzbau Alpin",
        "Gdańsk University of Technology",
        "University of Edinburgh",
    }


def test_a_sentence_after_a_colon_is_no_list():
    assert _rows("The partners are these:\nThey will meet in Munich; the first results are due in 2027.\n") == set()


def test_korean_members_grouped_by_kind_after_a_colon():
    body = (
        "창립 회원사는 분야별로 다음과 같다.\n"
        "■ 드론 제조 : 에어팜, 스카이그로우, 한빛무인기\n"
        "■ 작물보호제 : 그린케미칼, 대성작물보호\n"
        "■ 방제 서비스 : 하늘방제\n"  # one name alone after its kind
    )
    assert _rows(body, "ko") == {
        (name, "founding_member")
        for name in ("에어팜", "스카이그로우", "한빛무인기", "그린케미칼", "대성작물보호", "하늘방제")
    }


def test_a_town_after_a_lines_item_is_where_it_is():
    body = (
        "Companies from four provinces have signed on as industry partners:\n"
        "1. Laurentian Geophysics, Sudbury, which will field-test gravimeters\n"
        "2. Borealis Navigation, Ottawa\n"
        "4. Qu'Appelle Foods, Fort Qu'Appelle\n"
        "3. University of Tennessee, Knoxville\n"
    )
    assert _rows(body) == {
        ("Laurentian Geophysics", "partner"),
        ("Borealis Navigation", "partner"),
        ("Qu'Appelle Foods", "partner"),
        ("University of Tennessee, Knoxville", "partner"),  # a campus is part of the name
    }


def test_a_korean_heading_naming_who_the_list_is():
    body = (
        "■ 이번에 새로 가입한 곳\n- 차지허브\n- 로드볼트\n- 유니EV\n아파트 사시는 분들한테 반가운 소식일 것 같네요.\n"
    )
    assert _rows(body, "ko") == {("차지허브", "new_member"), ("로드볼트", "new_member"), ("유니EV", "new_member")}


def test_korean_numbered_items_with_their_tasks_after_a_dash():
    body = (
        "공동연구기관과 역할은 다음과 같다.\n"
        "(1) 조선대학교 치과병원 - 임상 설계 자문, 환자 영상 데이터 제공\n"
        "(2) 한국광기술원 - 레이저 분말베드 적층 공정 개발 및 후처리\n"
    )
    assert _rows(body, "ko") == {("조선대학교 치과병원", "co"), ("한국광기술원", "co")}


def test_a_list_of_the_institutions_co_investigators_come_from():
    body = (
        "Co-investigators come from:\n"
        "- The University of Hong Kong (HKU)\n"
        "- The Chinese University of Hong Kong (CUHK)\n"
    )
    assert _rows(body) == {("University of Hong Kong", "partner"), ("Chinese University of Hong Kong", "partner")}


def test_a_bullet_ending_in_and():
    body = (
        "Partner institutions are:\n"
        "- Caraga State University in Butuan City;\n"
        "- the University of Southeastern Philippines in Davao City; and\n"
        "- the Philippine Fiber Industry Development Authority (PhilFIDA) regional office in Davao City.\n"
    )
    assert {name for name, _ in _rows(body)} >= {"Caraga State University", "University of Southeastern Philippines"}


def test_korean_role_headings_with_names_and_tasks_and_a_block_keeping_its_mark():
    body = (
        "나. 공동연구개발기관\n"
        "- 국립산림과학원 : 목재 부후균·흰개미 생태 분석\n"
        "- 충북대학교 : 비파괴 음향·초음파 신호 해석\n"
        "다. 국제공동연구기관\n"
        "- 나라문화재연구소(일본) : 자료 공유\n"
        "□ 추진 일정\n"
    )
    assert _rows(body, "ko") == {("국립산림과학원", "co"), ("충북대학교", "co"), ("나라문화재연구소", "international")}


def test_kind_headings_in_brackets_inside_a_korean_list():
    body = (
        "이로써 협회 회원사는 총 60개사로 늘었다. 새로 함께하게 된 회원사를 업종별로 소개합니다.\n"
        "[충전 인프라]\n"
        "· 가온충전 - 수소충전소 설계·시공\n"
        "· 다솜압축 - 충전소 압축기 유지보수\n"
        "[시험·인증]\n"
        "· 라온시험 - 수소 부품 내구 시험\n"
        "축하 인사를 전합니다.\n"
    )
    assert _rows(body, "ko") == {("가온충전", "new_member"), ("다솜압축", "new_member"), ("라온시험", "new_member")}


def test_a_numbered_heading_is_not_the_list_of_the_heading_before_it():
    body = "4. 회원사 소식\n5. 업계 동향\n6. 하반기 주요 일정\n"
    assert _rows(body, "ko") == set()


def test_a_list_without_bullets_one_described_name_a_line():
    body = (
        "Its five founding members cover the chain from phosphate rock to cathode powder:\n"
        "Ferrovolt GmbH (Germany), which produces iron phosphate precursor;\n"
        "Litoral Químicos S.A. (Spain), a producer of purified phosphoric acid in Huelva;\n"
        "Norrsalt AS (Norway), which refines lithium carbonate.\n"
        "Two cell manufacturers have joined as end users. They will test the material.\n"
    )
    assert _rows(body) == {
        ("Ferrovolt GmbH", "founding_member"),
        ("Litoral Químicos S.A.", "founding_member"),
        ("Norrsalt AS", "founding_member"),
    }


def test_korean_items_each_with_a_sentence_about_it():
    body = (
        "이번에 새로 가입한 회원사를 소개합니다.\n"
        "▷ 에이엠랩스\n"
        "이 회사는 분산 임무할당 알고리즘을 개발해 왔습니다.\n"
        "▷ 퀀텀아이 이 회사는 표적 탐지 AI를 보유하고 있으며, 지난해 실증에 참여했습니다.\n"
        "▷ 코어디펜스\n"
        "국방용 실시간 운영체제 전문 기업입니다.\n"
    )
    assert _rows(body, "ko") == {("에이엠랩스", "new_member"), ("퀀텀아이", "new_member"), ("코어디펜스", "new_member")}


def test_numbered_members_with_a_unit_a_place_and_a_description():
    body = (
        "ITSA's general assembly approved four new members:\n"
        "1. Calderon Heat GmbH (Essen, Germany) – electrically heated firebrick storage delivering steam and hot air\n"
        "2. Politecnico di Milano, Department of Energy (Milan, Italy) – modelling of storage integration in heat networks\n"
        "3. Thermatic Controls Ltd (Sheffield, United Kingdom) – control software that times charging to low prices\n"
    )
    assert _rows(body) == {
        ("Calderon Heat GmbH", "new_member"),
        ("Politecnico di Milano", "new_member"),
        ("Thermatic Controls Ltd", "new_member"),
    }


def test_an_item_whose_description_opens_with_its_own_role_takes_that_role():
    body = (
        "The consortium partners are:\n"
        "1. University of Chemistry and Technology, Prague (UCT Prague) – project coordinator; glass chemistry\n"
        "2. VSB – Technical University of Ostrava – combustion and flame modelling\n"
        "3. Glassmodel s.r.o. – CFD simulation of furnace and regenerators\n"
    )
    assert _rows(body) == {
        ("University of Chemistry and Technology, Prague", "lead"),
        ("VSB – Technical University of Ostrava", "partner"),
        ("Glassmodel s.r.o.", "partner"),
    }


def test_what_a_korean_item_is_in_brackets_after_it():
    body = "아래 3개사의 신규 가입이 승인되었습니다.\n▲ 세진에어컨트롤 (상업·가정용 공조기기)\n▲ 그리드링크 (전력 수요반응(DR) 사업자)\n"
    assert _rows(body, "ko") == {("세진에어컨트롤", "new_member"), ("그리드링크", "new_member")}


def test_bullets_that_give_a_kind_then_its_members_after_a_colon():
    body = (
        "The Alliance's nine members fall into three groups. Eight of them signed the founding charter:\n"
        "- four port authorities: Dubrovnik Port Authority (Croatia), Kotor Port Authority (Montenegro) and "
        "Heraklion Port Authority (Greece);\n"
        "- three engineering firms: Adria Power Systems d.o.o. of Split, which builds frequency converters; and "
        "Helios Grid Services, an Athens-based engineering firm;\n"
        "- one utility: Elektra Jadran, the distribution network operator for the Croatian coast.\n"
    )
    assert {name for name, _ in _rows(body)} == {
        "Dubrovnik Port Authority",
        "Kotor Port Authority",
        "Heraklion Port Authority",
        "Adria Power Systems d.o.o.",
        "Helios Grid Services",
        "Elektra Jadran",
    }
    assert {label for _, label in _rows(body)} == {"founding_member"}


def test_bullet_names_with_dashes_apostrophes_and_what_comes_after_a_head():
    body = (
        "The clinical sites are:\n"
        "• Charité – Universitätsmedizin Berlin (Germany)\n"
        "• Hospital Universitari Vall d'Hebron (Spain)\n"
        "• Norwegian University of Science and Technology – NTNU (Norway)\n"
        "• Middlemore Hospital, Te Whatu Ora Counties Manukau (South Auckland)\n"
        "• Vaiola Hospital, Nuku'alofa, Tonga\n"
    )
    assert {name for name, _ in _rows(body)} == {
        "Charité – Universitätsmedizin Berlin",
        "Hospital Universitari Vall d'Hebron",
        "Norwegian University of Science and Technology",
        "Middlemore Hospital",
        "Vaiola Hospital",
    }


def test_korean_circled_items_each_with_its_role_after_a_dash():
    body = (
        "○ 참여기관별 역할은 다음과 같다.\n"
        "① 한국해양과학기술원 – 총괄, 해역 관측 자료 수집\n"
        "② 부경대학교 – 공동주관, 수치 모델 개발\n"
        "③ ㈜씨랩스 – 참여기업, 센서 부이 제작\n"
        "④ 한국선급(KR) – 위탁연구기관, 인증 시험\n"
        "⑤ 통영시 – 수요기관, 시범 해역 제공\n"
    )
    assert _rows(body, "ko") >= {
        ("부경대학교", "co"),
        ("씨랩스", "member"),
        ("한국선급", "consigned"),
        ("통영시", "demand_company"),
    }
    assert ("부경대학교", "partner") not in _rows(body, "ko")  # the line's own role replaces the list's


def test_a_counted_korean_list_with_a_role_opening_one_lines_description():
    body = (
        "창립 회원사는 아래 4곳이다.\n"
        "- 한빛센서: 의장사, 산업용 광학 센서\n"
        "- 누리모션: 협동로봇 감속기\n"
        "- 다온정밀: 초소형 베어링, 축\n"
        "- 한국기계연구원(KIMM): 사무국, 시험 기준 마련\n"
    )
    assert _rows(body, "ko") == {
        ("한빛센서", "founding_member"),
        ("누리모션", "founding_member"),
        ("다온정밀", "founding_member"),
        ("한국기계연구원", "founding_member"),
        ("한빛센서", "lead"),
        ("한국기계연구원", "organiser"),
    }


def test_dashed_lines_ending_in_a_legal_form_with_a_dot():
    body = "Participating operators:\n- Adriatica Cargo S.p.A.\n- Noordrail B.V.\n- Transalpina Freight\n"
    assert {name for name, _ in _rows(body)} == {"Adriatica Cargo S.p.A", "Noordrail B.V", "Transalpina Freight"}


def test_members_under_country_headings_with_a_role_after_some_names():
    body = (
        "Founded in Cusco last week, the network has six member institutions:\n"
        "PERU\n"
        "Instituto Andino de Semillas y Suelos (IASS) — network coordinator\n"
        "Universidad Nacional Agraria del Sur (UNAS)\n"
        "BOLIVIA\n"
        "Fundación Altiplano Verde (FAV) — co-coordinator\n"
        "Universidad Técnica de Oruro\n"
        "The next assembly meets in Quito.\n"
    )
    assert _rows(body) == {
        ("Instituto Andino de Semillas y Suelos", "member"),
        ("Instituto Andino de Semillas y Suelos", "lead"),
        ("Universidad Nacional Agraria del Sur", "member"),
        ("Fundación Altiplano Verde", "member"),
        ("Fundación Altiplano Verde", "co"),
        ("Universidad Técnica de Oruro", "member"),
    }


def test_korean_lines_with_a_box_drawing_dash_before_what_each_does():
    body = "새로 합류한 회원사는 다음과 같다.\n• 대영정밀(DYP) ─ 정밀 5축 가공기 제조\n• 미래씨엔씨 ─ CNC 제어기 개발\n"
    assert _rows(body, "ko") == {("대영정밀", "new_member"), ("미래씨엔씨", "new_member")}


def test_korean_kinds_with_counts_and_an_equals_sign_give_their_items():
    body = (
        "창립 회원은 분야별로 다음과 같다.\n"
        "▲소재(3곳)=한결케미칼·동진소재·서해화학\n"
        "▲장비(2곳)=누리기계, 태성엔지니어링\n"
    )
    assert _rows(body, "ko") == {
        ("한결케미칼", "founding_member"),
        ("동진소재", "founding_member"),
        ("서해화학", "founding_member"),
        ("누리기계", "founding_member"),
        ("태성엔지니어링", "founding_member"),
    }


def test_a_list_takes_the_kind_of_the_sentence_announcing_it_not_of_the_one_before():
    body = (
        "협의체에는 참여기업 4곳과 수요기업 2곳이 회원으로 이름을 올렸다. 참여기업은 다음과 같다.\n"
        "- 그린텍 - 양액 제어기\n"
        "- 팜로보 - 수확 로봇\n"
    )
    assert _rows(body, "ko") == {("그린텍", "member"), ("팜로보", "member")}


def test_bullets_with_what_each_does_after_a_double_dash_and_where_it_is():
    body = (
        "Partner institutions and their main responsibilities are:\n"
        "* Colorado State University -- breeding solid-stemmed winter wheat and testing stem solidness\n"
        "* USDA Agricultural Research Service, Northern Plains Agricultural Research Laboratory, Sidney, Montana -- "
        "rearing and release of parasitoid wasps\n"
    )
    assert _rows(body) == {
        ("Colorado State University", "partner"),
        ("USDA Agricultural Research Service, Northern Plains Agricultural Research Laboratory", "partner"),
    }


def test_role_words_alone_as_headings_and_names_with_their_legal_form_first_or_last():
    body = (
        "Who does what\n"
        "Coordinator\n"
        "Kaunas University of Technology (KTU), Lithuania – overall management and the digital twin.\n"
        "Technical co-coordinator\n"
        "Lithuanian Energy Institute (LEI), Lithuania – system modelling; leads the technical work with KTU.\n"
        "Beneficiaries\n"
        "Lithuania\n"
        "- Klaipėda State Seaport Authority – site for the 20 MW electrolyser\n"
        "- UAB Kauno autobusai – fuel-cell bus operation in Kaunas\n"
        "Latvia\n"
        "- Latvijas Ūdeņraža Tīkls SIA – cross-border pipeline study\n"
        "Poland\n"
        "- Pomorskie H2 Logistics Sp. z o.o. – tube-trailer logistics\n"
        "Funding Scheme\n"
        "HORIZON-IA - HORIZON Innovation Actions\n"
    )
    assert _rows(body) == {
        ("Kaunas University of Technology", "lead"),
        ("Lithuanian Energy Institute", "co"),
        ("Klaipėda State Seaport Authority", "partner"),
        ("UAB Kauno autobusai", "partner"),
        ("Latvijas Ūdeņraža Tīkls SIA", "partner"),
        ("Pomorskie H2 Logistics Sp. z o.o.", "partner"),
    }


def test_korean_lines_of_a_name_then_its_tasks_after_a_colon():
    body = (
        "이번에 확정된 위탁연구기관은 다음과 같다.\n"
        "- 한국디지털헬스인증원: 소프트웨어 의료기기 품질·사이버보안 검증\n"
        "- 메디스태츠코리아: 임상 통계 설계·분석\n"
    )
    assert _rows(body, "ko") == {("한국디지털헬스인증원", "consigned"), ("메디스태츠코리아", "consigned")}
    # (a kind before the colon, then its members' names)
    body = "창립 회원사는 다음과 같다.\n ○ 자원순환 : 리본플라스틱, 그린셀소재, 에코배터리랩\n ○ 수처리 : 맑은물테크, 하이드로랩\n"
    assert ("자원순환", "founding_member") not in _rows(body, "ko")
    assert ("리본플라스틱", "founding_member") in _rows(body, "ko")


def test_korean_lines_opening_with_their_role_in_brackets_are_no_items_of_the_list_around_them():
    body = (
        "연구단에는 모두 11개 기관이 참여한다. 기관별 역할은 다음과 같다.\n"
        "○ (총괄) 국립농업과학원 : 연구단 운영, 스마트팜 데이터 표준 및 통합 플랫폼 구축\n"
        "○ (공동연구) 국립원예특작과학원 : 토마토·딸기·파프리카 생육 조사 기준 마련\n"
    )
    assert _rows(body, "ko") == set()


def test_an_annex_listing_members_by_group_over_a_blank_line_and_a_table_under_such_a_heading():
    body = (
        "<붙임> 스마트물류 협의체 회원사 현황(분야별, 일부)\n"
        "\n"
        "■ 자율주행 운송(9개사) : 누리로보틱스·한결모빌리티·다온AI 등\n"
        "■ 창고 자동화(6개사) : 빛길오토·세온랙 등\n"
    )
    assert _rows(body, "ko") == {
        (name, "member") for name in ("누리로보틱스", "한결모빌리티", "다온AI", "빛길오토", "세온랙")
    }
    # (a table drawn without outer bars under such a heading is read as a table, not as a list)
    table = "<붙임> 과제 참여기관 현황\n\n구분 | 기관명 | 주요 역할\n주관 | 한별연구원 | 과제 총괄\n"
    assert not any("|" in name for name, _ in _rows(table, "ko"))


def test_partners_under_country_headings_with_a_role_note_a_legal_forms_dot_and_a_lines_own_role():
    body = (
        "The consortium has 5 partners from four countries, listed here by country:\n"
        "NORWAY\n"
        "· Norwegian University of Life Sciences (NMBU) – coordinator\n"
        "· Fjellgard Analytics AS\n"
        "POLAND\n"
        "· Rolnik-Serwis Sp. z o.o.\n"
        "ROMANIA\n"
        "· Cooperativa Agricolă din Banat\n"
        "ICELAND (associated partner)\n"
        "· Agricultural University of Iceland\n"
    )
    assert _rows(body) == {
        ("Norwegian University of Life Sciences", "lead"),
        ("Fjellgard Analytics AS", "partner"),
        ("Rolnik-Serwis Sp. z o.o", "partner"),  # (a line's last dot goes, as in 'Noordrail B.V')
        ("Cooperativa Agricolă din Banat", "partner"),
        ("Agricultural University of Iceland", "partner"),
    }


def test_a_member_holding_an_office_in_brackets_is_a_member_as_well():
    body = "협의회 회원기관은 다음과 같다.\n- 한국도로공사(의장기관)\n- 한국교통연구원(KOTI·간사기관)\n- 한국철도공사"
    assert {("한국도로공사", "member"), ("한국교통연구원", "member"), ("한국철도공사", "member")} <= _rows(body, "ko")


def test_a_foreign_partners_line_tells_its_country():
    body = "International partners:\n- Institut Pasteur (France)\n- Universidad de Chile, Chile\n"
    found = {(m.name, m.country) for _, m in _block_mentions(body, "en")}
    assert found == {("Institut Pasteur", "FR"), ("Universidad de Chile", "CL")}


def test_long_lines_with_a_note_in_brackets_and_names_with_slashes():
    body = (
        "Three research organisations are partners in the cluster:\n"
        "- Hochschule Emden/Leer (field studies with farmers)\n"
        "- Leibniz Institute for Baltic Sea Research Warnemünde, Rostock (sediment cores, isotope analysis and "
        "long-term monitoring)\n"
        "- Thünen Institute of Baltic Sea Fisheries (catch data)\n"
    )
    assert _rows(body) == {
        ("Hochschule Emden/Leer", "partner"),
        ("Leibniz Institute for Baltic Sea Research Warnemünde", "partner"),
        ("Thünen Institute of Baltic Sea Fisheries", "partner"),
    }


def test_role_headings_in_brackets_after_an_intro_open_lists_of_their_own():
    body = (
        "협약 기관은 다음과 같다.\n[국내 협력기관]\n한국생명공학연구원\n충남대학교병원\n"
        "[참여기업]\n1. ㈜온빛바이오\n2. 세린제약㈜\n"
    )
    assert _rows(body, "ko") == {
        ("한국생명공학연구원", "partner"),
        ("충남대학교병원", "partner"),
        ("온빛바이오", "member"),
        ("세린제약", "member"),
    }


def test_korean_lines_of_a_schedule_are_no_items():
    body = (
        "새로 합류한 특구사업자는 다음과 같다.\n"
        "- 그린모빌\n"
        "- 하이셀텍\n"
        "□ 향후 일정\n"
        "- 다음 달 중 2차 특구사업자와 실증 협약 체결\n"
        "- 내년 3월 액화수소 이동충전 실증 개시\n"
        "- 2029년까지 수소 특수차량 120대 실증 운행\n"
    )
    assert {name for name, _ in _rows(body, "ko")} == {"그린모빌", "하이셀텍"}


def test_korean_groups_of_a_kind_with_their_names_split_by_semicolons():
    body = (
        "협의체에는 공공기관 2곳, 기업 2곳, 학계 1곳 등 모두 5개 회원기관이 참여한다. 분야별 회원기관은 다음과 같다.\n"
        "▲ 공공기관 : 국토지리정보원; 기상청\n"
        "▲ 기업 : 한빛클라우드; 누리AI\n"
        "▲ 학계 : 한국데이터사이언스학회\n"
    )
    names = ("국토지리정보원", "기상청", "한빛클라우드", "누리AI", "한국데이터사이언스학회")
    assert _rows(body, "ko") == {(n, "member") for n in names}


def test_korean_lines_of_a_group_in_brackets_a_name_and_its_tasks_after_a_sentence_announcing_them():
    body = (
        "○ 포럼은 3개 분과로 운영되며, 분과별 리더사는 다음과 같다.\n"
        "- (통신·항법 분과) 블루씨그널 : 수중 음향통신 프로토콜, 수중 위치측정 데이터 형식\n"
        "- (동력·충전 분과) 넵튠에너지 : 배터리 팩 규격, 수중 도킹·무선충전 인터페이스\n"
    )
    assert _rows(body, "ko") == {("블루씨그널", "other"), ("넵튠에너지", "other")}


def test_english_role_headings_with_the_sector_after_a_comma():
    body = (
        "The consortium's other members are grouped by the Research Council's categories:\n"
        "User partners, public sector\n"
        "- Statsbygg\n"
        "- Trøndelag Fire and Rescue Service\n"
        "User partners, industry\n"
        "- Moelven Industrier ASA\n"
        "- Splitkon AS\n"
    )
    names = ("Statsbygg", "Trøndelag Fire and Rescue Service", "Moelven Industrier ASA", "Splitkon AS")
    assert _rows(body) == {(n, "partner") for n in names}


def test_english_line_items_with_capitals_beyond_ascii_and_a_technical_coordinator():
    from flows.extract.lists import english_line_item

    assert english_line_item("Spółdzielnia Mieszkaniowa Zielony Żoliborz (housing cooperative; demo in Warsaw)") == (
        "Spółdzielnia Mieszkaniowa Zielony Żoliborz"
    )
    assert english_line_item("Share this page") is None


def test_sector_lines_under_a_role_heading():
    body = (
        "Partner organisations\n"
        "Industry: Pilbara Ridge Iron Pty Ltd; Eastern Goldfields Resources; SeedDrop Robotics\n"
        "Government: Department of Biodiversity, Conservation and Attractions (DBCA)\n"
        "International: Wageningen University & Research (Netherlands)\n"
    )
    assert _rows(body) == {
        ("Pilbara Ridge Iron Pty Ltd", "partner"),
        ("Eastern Goldfields Resources", "partner"),
        ("SeedDrop Robotics", "partner"),
        ("Department of Biodiversity, Conservation and Attractions", "partner"),
        ("Wageningen University & Research", "international"),
    }


def test_a_titled_person_first_then_their_unit_and_body():
    assert english_line_item("Professor Aiko Nakamura, Faculty of Fisheries Sciences, Hokkaido University") == (
        "Hokkaido University"
    )
    assert line_person("Associate Professor Kenta Ishibashi, School of Life Science, Institute of Science Tokyo") == (
        "Kenta Ishibashi",
        "associate professor",
    )
    assert line_person(
        "Japan Agency for Marine-Earth Science and Technology – Dr. Ryo Hosoda, Principal Scientist"
    ) == (
        "Ryo Hosoda",
        "dr",
    )


def test_lines_opened_by_small_squares_and_the_task_before_the_body():
    english = (
        "The seven new members are:\n"
        "▪ Viñedos Altos del Jalón (Calatayud, Aragón) – family wine estate testing single-axis trackers that shade "
        "12 hectares of old vines.\n"
        "▪ AgroSensia Technologies (Seville, Andalusia) – start-up developing wireless soil-moisture sensors.\n"
    )
    assert _rows(english) == {("Viñedos Altos del Jalón", "new_member"), ("AgroSensia Technologies", "new_member")}
    korean = (
        "세부과제별 주관기관은 다음과 같다.\n"
        "▲세부1 저농도 CO₂ 습식 포집 공정 개발 – 한국에너지기술연구원(에너지연)\n"
        "▲세부2 포집 CO₂의 탄산칼슘 광물화 및 건자재 적용 – ㈜세라그린\n"
        "6. 세이프게이트 (대표 윤다혜) - 자동문·출입통제 시스템\n"
    )
    found = _rows(korean, "ko")
    assert {("한국에너지기술연구원", "lead"), ("세라그린", "lead")} <= found
    assert not any(name.startswith("세부") for name, _ in found)


def test_a_role_heading_over_one_line_of_names_set_off_by_semicolons():
    body = (
        "Research partners\n"
        "Plymouth Marine Laboratory; the National Oceanography Centre; the British Geological Survey (BGS).\n"
    )
    assert _rows(body) == {
        ("Plymouth Marine Laboratory", "partner"),
        ("National Oceanography Centre", "partner"),
        ("British Geological Survey", "partner"),
    }


def test_dashed_lines_under_an_intro_and_a_headline_in_capitals():
    body = (
        "1. HYCHILE HUB GROWS TO 23 MEMBERS, ADDS SHIPPING AND WATER PLAYERS\n"
        "The newcomers were formally welcomed at a ceremony in Antofagasta on Thursday 27 February:\n"
        "— Pampa Verde Energía, a solar developer in the Atacama\n"
        "— Naviera Austral\n"
        "— Aguas del Desierto S.A., which runs desalination plants in the north\n"
    )
    got = {(m.name, m.label) for _, m in _block_mentions(body, "en")}
    assert {name for name, _ in got} == {"Pampa Verde Energía", "Naviera Austral", "Aguas del Desierto S.A."}


def test_unbulleted_names_under_their_intro_one_with_a_note_in_brackets():
    body = (
        "UQ is the administering organisation. The Centre's collaborating universities are:\n"
        "The University of Western Australia\n"
        "Charles Sturt University (Wagga Wagga node)\n"
        "University of Tasmania\n"
        "Associate Professor Tom Nguyen from Charles Sturt University will lead the node in Wagga Wagga.\n"
    )
    assert {(m.name, m.label) for _, m in _block_mentions(body, "en")} == {
        ("University of Western Australia", "partner"),
        ("Charles Sturt University", "partner"),
        ("University of Tasmania", "partner"),
    }
