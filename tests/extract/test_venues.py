"""Venues: where an event of the programme takes place, trimmed to the place that hosts it."""

import pytest

from flows.extract.venues import sentence_venues


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "충북도는 18일 오송첨단의료산업진흥재단(KBIOHealth) 대회의실에서 착수보고회를 열었다고 19일 밝혔다.",
            "오송첨단의료산업진흥재단",
        ),
        ("얼라이언스는 9일 경기 고양시 한국건설기술연구원 본원에서 출범식을 열었다.", "한국건설기술연구원"),
        ("센터는 3일 KAIST 학술문화관에서 개소식을 열었다.", "KAIST 학술문화관"),
        ("개소식은 21일 첨단의료복합단지 내 오송C&V센터에서 열렸다.", "오송C&V센터"),
        ("오늘 구좌읍 용암해수센터에서 열린 출범식에는 100여 명이 참석했습니다.", "용암해수센터"),
        # the subject's own site hosts; a short form in Korean in brackets stays with its name
        ("한국해양과학기술원(KIOST)은 전날 부산 영도구 본원 대강당에서 착수식을 열었다.", "한국해양과학기술원"),
        (
            "우주항공청은 2025년 3월 4일 대전 유성구 한국항공우주연구원(항우연) 본원에서 착수회의를 열었다.",
            "한국항공우주연구원",
        ),
        # its rooms, floors and main building, down to the organisation or the building named
        ("센터는 13일 순천향대학교 천안병원 본관 대강당에서 개소식을 열었다.", "순천향대학교 천안병원"),
        ("컨소시엄은 영덕대게유통센터 2층 대회의실에서 출범식을 열었다.", "영덕대게유통센터"),
        # a numbered building of a site, and a city written without its 시
        ("행안부는 전날 정부세종청사 6동 대회의실에서 발족식을 열었다.", "정부세종청사"),
        ("협의회는 경기 성남 판교 스타트업캠퍼스에서 출범식을 열었다.", "판교 스타트업캠퍼스"),
        ("실증 사업 착수보고회가 오늘(21일) 목포신항 해양산업지원센터에서 열렸습니다.", "목포신항 해양산업지원센터"),
        # a place of five words, and the days, times, regions and verbs before it
        ("도는 9일 광주공항 국내선 청사 2층 회의실에서 출범식을 열었다.", "광주공항 국내선 청사"),
        (
            "출범식은 오는 5월 5일(화) 오후 3시 세종 조치원읍 고려대학교 세종캠퍼스 대강당에서 열린다.",
            "고려대학교 세종캠퍼스",
        ),
        ("대학 7곳이 컨소시엄을 꾸려 오늘 오후 한밭대 산학협력관에서 착수보고회를 열었습니다.", "한밭대 산학협력관"),
        ("The hub will open formally at Sci-Tech Daresbury on 3 March 2026.", "Sci-Tech Daresbury"),
        # the small words inside a name in other languages, not the start of the next word ('di' in 'distillery')
        ("The partners met for the kick-off at the Haus der Wissenschaft in Bremen.", "Haus der Wissenschaft"),
        # an announcement made at a company's plant; a first meeting at a university's campus
        (
            "The project was announced Monday at the Shediac plant of Acadian Shellfish Processors.",
            "Acadian Shellfish Processors",
        ),
        (
            "Partners met for the first time on 20-21 January at the Technical University of Denmark's Lyngby campus.",
            "Technical University of Denmark",
        ),
        ("The launch was held at Copper Creek Spirits' distillery in Frankfort.", "Copper Creek Spirits"),
        ("It will hold a launch symposium on Oct. 28 at the Advanced Photon Source.", "Advanced Photon Source"),
        (
            "It was launched at a signing ceremony at the headquarters of Ports of the Balearic Islands.",
            "Ports of the Balearic Islands",
        ),
        ("The signing was at the High Tech Campus, in one of the conference halls there.", "High Tech Campus"),
        # an event's own place hosts it
        ("It was launched on Monday at the Sustainable Data Centre Summit at Marina Bay Sands.", "Marina Bay Sands"),
        # a short form in brackets after the venue's last word
        ("협의체는 25일 서울 성동구 한양대학교 퓨전테크센터(FTC)에서 발족식을 열었다.", "한양대학교 퓨전테크센터"),
        # a site of an owner, named as a body of its own (not 'UCD's Belfield campus', the owner's)
        (
            "The consortium was launched at the Catapult's Stevenage Manufacturing Innovation Centre, north of London.",
            "Stevenage Manufacturing Innovation Centre",
        ),
        # an agreement signed at a place names its venue, the day and time before it dropped
        ("두 기관은 같은 날 오후 서울 중구 대한상공회의소에서 공동연구 협약을 맺었다.", "대한상공회의소"),
    ],
)
def test_venue_names(sentence, expected):
    assert [name for name, _, _ in sentence_venues(sentence, "ko" if sentence[0] > "z" else "en")] == [expected]


def test_an_event_is_not_its_own_venue():
    assert sentence_venues("두 기관은 협약식에서 공동연구에 합의했다고 밝혔다.", "ko") == []


def test_a_city_alone_and_an_organisations_headquarters():
    assert sentence_venues("얼라이언스는 지난 15일 서울에서 정기총회를 열고 신규 가입을 승인했다.", "ko") == []
    held = "ICMR launched the consortium at an event held at ICMR Headquarters, New Delhi."
    assert [name for name, _, _ in sentence_venues(held, "en")] == ["ICMR"]


def test_a_position_is_no_place():
    sentence = "협의체는 소프트웨어를 따로 만들지 않고 공통 플랫폼 위에서 개발하자는 취지로 2024년 출범했습니다."
    assert sentence_venues(sentence, "ko") == []


def test_a_place_abroad_said_as_locally_is_no_venue():
    assert sentence_venues("각 컨소시엄은 오는 6월 현지에서 착수보고회를 열 예정이다.", "ko") == []


def test_a_spot_on_the_grounds_is_no_venue():
    assert sentence_venues("행사 뒤에는 교내 실습 포장에서 방제 드론 시연도 진행됐다.", "ko") == []


def test_a_government_building_is_no_venue():
    assert sentence_venues("충남도는 도청에서 업무협약을 체결했다.", "ko") == []


def test_common_nouns_before_에서_are_no_venue_a_named_building_is():
    assert sentence_venues("벙커링 기술을 국내 항만에서 직접 검증할 정부 사업단이 출범했다.", "ko") == []
    held = "지난 10일 국립농업과학원 농업과학관에서 출범식을 열었다."
    assert [name for name, _, _ in sentence_venues(held, "ko")] == ["국립농업과학원 농업과학관"]


def test_a_named_site_of_the_university_the_article_is_about():
    from flows.extract.venues import sentence_venues

    sentence = "The hub will be formally launched at the University's Technology and Innovation Centre in Glasgow."
    assert [name for name, _, _ in sentence_venues(sentence, "en")] == ["Technology and Innovation Centre"]


def test_a_korean_venue_after_a_year_month_and_district():
    sentence = "얼라이언스는 2023년 5월 영도구 한국해양과학기술원 대강당에서 출범식을 열고 공식 활동에 들어갔다."
    assert [name for name, _, _ in sentence_venues(sentence, "ko")] == ["한국해양과학기술원"]
