"""Milestones of single sentences: which dates are steps of the programme, written by hand."""

from datetime import date

from flows.extract.milestones import project_month_milestones, sentence_milestones

PUB = date(2026, 1, 14)


def _got(sentence: str) -> list[tuple]:
    return [(m["start_date"], m["end_date"], m["kind"]) for m in sentence_milestones(sentence, PUB)]


def test_a_past_year_as_background_is_no_milestone():
    assert _got("Colonies that came through the mass bleaching of 2024 will be bred in tanks.") == []
    assert _got("지난해 마무리한 시리즈B 투자에는 두 회사가 참여했다.") == []


def test_a_past_year_of_founding_or_selection_stays():
    assert _got("The alliance was launched in 2024 by five companies.") == [
        (date(2024, 1, 1), date(2024, 12, 31), "event")
    ]
    assert _got("충북은 2025년 글로벌 혁신특구로 지정됐다.") == [(date(2025, 1, 1), date(2025, 12, 31), "event")]
    # the programme's own founding stays; a company's, told beside it, does not
    assert _got("The consortium was founded in 2024 by three universities.") == [
        (date(2024, 1, 1), date(2024, 12, 31), "event")
    ]
    assert _got("Carbonix, founded in 2019, makes sensors.") == []


def test_open_ended_years_are_no_milestones():
    assert _got("It will stop building new coal plants after 2030.") == []


def test_a_period_and_a_deadline_in_one_sentence():
    assert _got("연구팀은 2027년까지 1,500명을 등록하고, 2028년부터 3년간 자료를 추적 수집할 계획이다.") == [
        (None, date(2027, 12, 31), "deadline"),
        (date(2028, 1, 1), date(2030, 12, 31), "phase"),
    ]


def test_a_markets_forecast_is_no_milestone():
    assert _got("The global radiopharmaceutical market is expected to exceed $13 billion by 2030.") == []
    assert _got("전 세계 시장 규모는 2030년 40억 달러로 커질 전망이다.") == []


def test_a_first_trial_is_an_event():
    assert _got("컨소시엄은 내년 하반기 울릉분지 해역에서 첫 시험 운항에 나선다.") == [
        (date(2027, 7, 1), date(2027, 12, 31), "event")
    ]


def test_a_month_a_programme_starts_in_is_the_next_one():
    # written in October: January is the coming one
    got = [
        (m["start_date"], m["end_date"])
        for m in sentence_milestones("The consortium's five-year programme starts in January.", date(2024, 10, 15))
    ]
    assert got == [(date(2025, 1, 1), date(2029, 12, 31))]


def test_an_earlier_efforts_dates_and_a_month_of_next_year():
    assert _got("The network builds on a smaller pilot run from 2020 to 2023 by Pukyong National University.") == []
    assert _got("The first gliders will be deployed in April next year.") == [
        (date(2027, 4, 1), date(2027, 4, 30), "event")
    ]


def test_a_call_that_opens_and_closes_and_a_period_counted_in_months():
    assert _got("Applications can be submitted from October, and the first call closes on 15 March.") == [
        (date(2026, 10, 1), date(2026, 10, 31), "event"),
        (None, date(2026, 3, 15), "deadline"),
    ]
    assert _got("참가 신청은 5월 31일 마감한다.") == [(None, date(2026, 5, 31), "deadline")]
    assert _got("The project runs for 60 months starting 1 June 2026.") == [
        (date(2026, 6, 1), date(2031, 5, 31), "phase")
    ]
    assert _got("사업은 2026년 3월부터 24개월간 진행된다.") == [(date(2026, 3, 1), date(2028, 2, 29), "phase")]


def test_a_month_without_its_year_is_the_last_one_told_in_the_past_and_the_next_one_ahead():
    pub = date(2026, 5, 19)
    (m,) = sentence_milestones("The corporation signed its funding agreement in November.", pub)
    assert (m["start_date"], m["end_date"]) == (date(2025, 11, 1), date(2025, 11, 30))
    (m,) = sentence_milestones("The consortium has a budget for a three-year programme beginning in January.", pub)
    assert (m["start_date"], m["end_date"]) == (date(2027, 1, 1), date(2029, 12, 31))


def test_a_company_funding_round_and_an_undecided_joiner_are_no_steps():
    assert _got("Lumina raised $28 million in a Series A round in June and plans to double its staff next year.") == []
    assert _got("한빛반도체는 내년 상반기 중 가입 여부를 정하기로 했다.") == []


def test_a_heading_in_the_present_tells_the_coming_month():
    # written in September: 'Classes start in March' is next March, not the one gone by
    got = sentence_milestones("Classes start in March", date(2026, 9, 15))
    assert [(m["start_date"], m["end_date"]) for m in got] == [(date(2027, 3, 1), date(2027, 3, 31))]


def test_a_member_weighing_whether_to_join_is_no_step_in_its_own_clause():
    assert _got("Tokyo-based Hoshino Pharmaceutical is in talks about joining later this year.") == []
    assert _got("참여 여부는 하반기 중 확정될 예정이다.") == []
    # the clause after the comma is the programme's own
    assert _got("일부 제약사는 협의회 참여를 검토 중이며, 협의회는 하반기에 추가 회원사 모집을 진행할 예정이다.") == [
        (date(2026, 7, 1), date(2026, 12, 31), "event")
    ]
    # deciding at a meeting: the meeting is the step
    assert _got("얼라이언스는 다음 달 정기총회를 열고 A사의 운영위원회 참여 여부를 정한다.") == [
        (date(2026, 2, 1), date(2026, 2, 28), "event")
    ]


def test_a_members_listing_and_fundraising_are_no_steps():
    assert _got("뉴로그립은 지난 7월 미래에셋증권을 상장 주관사로 선정했다.") == []
    assert _got("원료를 공급하는 바다초록은 올해 초 30억 원을 투자받아 공장을 짓고 있다.") == []
    assert _got("Idrolisi Avanzata closed a €45m funding round led by Tiber last week.") == []
    # ('차상장치': a word that holds the letters of a listing)
    assert _got("사업단은 2027년까지 차상장치 시제품 개발을 마칠 계획이다.") == [(None, date(2027, 12, 31), "deadline")]
    # a government funding round that opened the programme stays
    assert _got("CIIT first opened in 2025 as part of a DOE funding round that launched 40 centers.") == [
        (date(2025, 1, 1), date(2025, 12, 31), "event")
    ]


def test_a_year_that_names_an_edition_is_no_date():
    assert _got("협의체는 지난 9일 2026년 정기총회를 열고 신규 가입을 승인했다.") == [
        (date(2026, 1, 9), date(2026, 1, 9), "event")
    ]
    assert _got("우리 대학 과제가 「2025년 지역혁신 선도기술 개발사업」 신규과제로 최종 선정됐다.") == []
    assert _got("HyVal Seine was selected under the Partnership's 2026 hydrogen valleys call.") == []
    assert _got("Japan's fiscal year begins in April.") == []
    # a year before the step it dates stays
    assert _got("2028년 남해조선 거제 야드 현장 실증 착수") == [(date(2028, 1, 1), date(2028, 12, 31), "event")]
    assert _got("2026년 스마트팜 사업 착수 예정") == [(date(2026, 1, 1), date(2026, 12, 31), "event")]


def test_a_time_stamp_is_no_step():
    assert _got("Consortium to build storm surge warning system 2026-01-08 14:21") == []


def test_that_day_is_the_day_told_before():
    got = sentence_milestones("이날 개소식에는 80여 명이 참석했다.", PUB, "", date(2026, 1, 12))
    assert [(m["start_date"], m["kind"]) for m in got] == [(date(2026, 1, 12), "event")]
    # with no day told before, the day of publication
    assert [m["start_date"] for m in sentence_milestones("이날 개소식에는 80여 명이 참석했다.", PUB)] == [PUB]


def test_the_year_a_scheme_began_and_a_trial_service():
    # ('올해 새로 시작한 사업': when the scheme began, not this consortium's step)
    assert _got("이 컨소시엄은 과기정통부가 올해 새로 시작한 'NPU 실증 사업'의 수행기관으로 지난달 최종 선정됐다.") == [
        (date(2025, 12, 1), date(2025, 12, 31), "event")
    ]
    assert _got("하반기에는 국민건강보험공단의 민원 상담 AI를 이 클러스터에서 시범 서비스한다.") == [
        (date(2026, 7, 1), date(2026, 12, 31), "event")
    ]


def test_when_a_fiscal_year_begins_is_no_step():
    got = _got(
        "The fund will cover costs over three years from fiscal 2026, which starts in April, through fiscal 2028."
    )
    assert (date(2026, 4, 1), date(2026, 4, 30), "event") not in got


def test_how_a_fiscal_year_is_counted_is_no_step():
    assert sentence_milestones("FY2027 begins on 1 April 2027.", date(2026, 4, 8), "SG") == []


def test_a_line_of_a_timeline_is_a_step_whatever_its_words():
    line = "Q3 2027 Completion of the first demonstration block"
    assert sentence_milestones(line, date(2026, 4, 8)) == []  # alone, the words make no step
    (step,) = sentence_milestones(line, date(2026, 4, 8), timeline=True)
    assert (step["start_date"], step["end_date"], step["kind"]) == (date(2027, 7, 1), date(2027, 9, 30), "event")


def test_the_year_a_thing_belongs_to_is_no_step():
    assert sentence_milestones("The programme was chosen in this year's funding round.", date(2024, 9, 19)) == []


def test_steps_counted_in_project_months():
    body = (
        "The project started on 1 January 2026 and will run for 48 months.\n"
        "1. Month 6 - data management plan submitted (D1.2).\n"
        "2. Months 1-12 - laboratory screening of filter media.\n"
        "3. Month 9: first survey of tenants in the demonstration buildings.\n"
        "The pilot unit should be running by month 18."
    )
    got = {
        (m["start_date"], m["end_date"], m["kind"])
        for m in project_month_milestones(
            body, PUB, [(date(2021, 1, 1), date(2022, 12, 31)), (date(2026, 1, 1), date(2029, 12, 31))]
        )
    }
    assert got == {
        (None, date(2026, 6, 30), "deadline"),  # a deliverable, due by the month's end
        (date(2026, 1, 1), date(2026, 12, 31), "phase"),
        (date(2026, 9, 1), date(2026, 9, 30), "event"),  # a step taken in the month
        (None, date(2027, 6, 30), "deadline"),
    }


def test_project_month_one_as_the_article_states_it():
    body = "Horizon projects count in project months, with month 1 being March 2026. Month 3 - kick-off report due."
    got = [(m["start_date"], m["end_date"], m["kind"]) for m in project_month_milestones(body, PUB, [])]
    assert got == [(None, date(2026, 5, 31), "deadline")]


def test_project_months_without_a_start_give_nothing():
    assert project_month_milestones("Month 6 - data management plan submitted.", PUB, []) == []


def test_a_date_told_as_the_coming_one_and_a_plan_are_steps():
    # PUB is 2026-01-14: 'the coming March' and 'next year' of a plan
    assert _got("사업단은 오는 3월부터 시범 농가 20곳에 토양 센서를 설치한다.") == [
        (date(2026, 3, 1), date(2026, 3, 31), "event")
    ]
    assert _got("협의체는 내년에 회원을 더 모집할 방침이다.") == [(date(2027, 1, 1), date(2027, 12, 31), "event")]
    # a date without either stays no step
    assert _got("사업단 관계자는 3월에 현장을 다시 찾았다고 말했다.") == []


def test_a_start_told_officially_with_its_months_and_a_deadline_for_applications():
    assert _got("The network began officially on 1 January 2026 and runs for 48 months.") == [
        (date(2026, 1, 1), date(2029, 12, 31), "phase")
    ]
    assert _got("Positions are advertised together, and the deadline for applications is 15 March.") == [
        (None, date(2026, 3, 15), "deadline")
    ]


def test_a_month_an_event_is_set_for():
    # PUB is 2026-01-14
    assert _got("The institute's official kickoff is set for October at the Dairy Cattle Center.") == [
        (date(2026, 10, 1), date(2026, 10, 31), "event")
    ]


def test_members_approved_on_a_day_is_a_step():
    # PUB is 2026-01-14, a Wednesday: 'last Thursday' is 8 January
    assert _got("Our steering committee last Thursday approved four new member institutions.") == [
        (date(2026, 1, 8), date(2026, 1, 8), "event")
    ]


def test_this_morning_and_a_step_to_be_announced():
    # PUB is 2026-01-14
    assert _got("The programme was formally launched this morning at the Wairakei Research Centre.") == [
        (PUB, PUB, "event")
    ]
    assert _got("A first cohort of graduate fellowships will be announced next spring.") == [
        (date(2026, 3, 1), date(2026, 5, 31), "event")
    ]


def test_a_wires_dateline_is_no_step():
    # PUB is 2026-01-14, a Wednesday
    assert _got("NEW DELHI, Jan 14 (PTI) The government on Tuesday launched a national consortium.") == [
        (date(2026, 1, 13), date(2026, 1, 13), "event")
    ]


def test_a_review_and_a_recruitment_in_parts_of_a_year_are_events():
    assert _got("Research Ireland will carry out its mid-term review of the centre in the second half of 2029.") == [
        (date(2029, 7, 1), date(2029, 12, 31), "event")
    ]
    assert _got("The first cohort of 20 PhD researchers will be recruited in spring 2027.") == [
        (date(2027, 3, 1), date(2027, 5, 31), "event")
    ]


def test_work_begun_on_a_day_and_funded_for_years_is_the_period():
    assert _got(
        "The centre will formally begin its work on 1 January 2027 and is funded for an initial six years."
    ) == [(date(2027, 1, 1), date(2032, 12, 31), "phase")]


def test_the_projects_first_months_and_its_end_counted_from_its_period():
    body = (
        "During the first 18 months, the partners will map seed flows in Nigeria and Kenya. By the end of the "
        "project, at least 400 seed entrepreneurs are to be trained. Patients are seen again in the first three "
        "months after discharge."
    )
    got = {
        (m["start_date"], m["end_date"], m["kind"])
        for m in project_month_milestones(body, PUB, [(date(2026, 3, 1), date(2030, 2, 28))])
    }
    assert got == {(date(2026, 3, 1), date(2027, 8, 31), "phase"), (None, date(2030, 2, 28), "deadline")}


def test_a_deadline_at_a_month_already_past_this_year_is_the_next_ones():
    published = date(2026, 9, 16)
    got = [
        (m["start_date"], m["end_date"], m["kind"])
        for m in sentence_milestones("The first wristbands are to be on patients by the end of March.", published)
    ]
    assert got == [(None, date(2027, 3, 31), "deadline")]
    assert _got("The team hopes to publish results in 2029.") == [(date(2029, 1, 1), date(2029, 12, 31), "event")]


def test_a_weekday_to_come_and_one_past():
    thursday = date(2025, 8, 14)
    ahead = sentence_milestones("The hub will be formally launched in Kalgoorlie on Monday.", thursday)
    past = sentence_milestones("The alliance was launched on Monday.", thursday)
    signed = sentence_milestones("The hub will be led by X, under a memorandum signed on Monday.", thursday)
    assert [m["start_date"] for m in ahead] == [date(2025, 8, 18)]
    assert [m["start_date"] for m in past] == [date(2025, 8, 11)]
    assert [m["start_date"] for m in signed] == [date(2025, 8, 11)]


def test_a_general_assembly_and_a_range_to_a_month_of_next_year():
    published = date(2025, 6, 10)
    got = [
        (m["start_date"], m["end_date"], m["kind"])
        for sentence in (
            "Members will vote on the standard at a general assembly on 24 July.",
            "Pilot audits will run from September until the end of March next year.",
        )
        for m in sentence_milestones(sentence, published)
    ]
    assert got == [
        (date(2025, 7, 24), date(2025, 7, 24), "event"),
        (date(2025, 9, 1), date(2026, 3, 31), "phase"),
    ]


def test_a_meeting_told_in_the_present_on_a_weekday_is_the_coming_one():
    monday = date(2025, 10, 6)
    got = [
        m["start_date"] for m in sentence_milestones("The steering committee meets on Thursday to approve it.", monday)
    ]
    assert got == [date(2025, 10, 9)]
