"""Date expressions: expected periods written by hand, and properties that must hold for any input."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.dates import find_dates, fiscal_country, parse_published

PUB = date(2024, 10, 28)


@pytest.mark.parametrize(
    ("text", "start", "end", "precision", "kind"),
    [
        ("28일 개소식이 열렸다", date(2024, 10, 28), date(2024, 10, 28), "day", "point"),
        ("올해부터 2026년까지 운영", date(2024, 1, 1), date(2026, 12, 31), "year", "range"),
        ("2027~2028년에는 법인 설립", date(2027, 1, 1), date(2028, 12, 31), "year", "range"),
        ("2030년까지 구축한다", None, date(2030, 12, 31), "year", "deadline"),
        ("내년 상반기 출범", date(2025, 1, 1), date(2025, 6, 30), "month", "point"),
        ("지난해 12월 발족", date(2023, 12, 1), date(2023, 12, 31), "month", "point"),
        ("2025.3.14 협약", date(2025, 3, 14), date(2025, 3, 14), "day", "point"),
        ("2025년 3월 14일 출범", date(2025, 3, 14), date(2025, 3, 14), "day", "point"),
        ("전날 선정됐다", date(2024, 10, 27), date(2024, 10, 27), "day", "point"),
        ("다음 달 착수", date(2024, 11, 1), date(2024, 11, 30), "month", "point"),
        ("연말까지 마련", None, date(2024, 12, 31), "month", "deadline"),
        ("The hub opened on Oct. 28, 2024.", date(2024, 10, 28), date(2024, 10, 28), "day", "point"),
        ("It will run from 2025 to 2027.", date(2025, 1, 1), date(2027, 12, 31), "year", "range"),
        ("by 2030 it aims", None, date(2030, 12, 31), "year", "deadline"),
        # a range over the turn of the year, its months written without one
        ("FEED will run from November to March.", date(2024, 11, 1), date(2025, 3, 31), "month", "range"),
        # weeks, Monday to Sunday (28 October 2024 is a Monday)
        ("It was admitted last week.", date(2024, 10, 21), date(2024, 10, 27), "day", "point"),
        ("다음 주 착수식을 연다", date(2024, 11, 4), date(2024, 11, 10), "day", "point"),
        ("in the first half of next year", date(2025, 1, 1), date(2025, 6, 30), "month", "point"),
        ("launched on 28 October 2024", date(2024, 10, 28), date(2024, 10, 28), "day", "point"),
        ("opened on Monday", date(2024, 10, 28), date(2024, 10, 28), "day", "point"),
        ("the 2025-2027 phase", date(2025, 1, 1), date(2027, 12, 31), "year", "range"),
        # Ranges written around verbs, days sharing a month, durations counted from a start.
        ("runs from Jan. 1, 2025, through Dec. 31, 2029", date(2025, 1, 1), date(2029, 12, 31), "day", "range"),
        ("began last month and will run until June 2025", date(2024, 9, 1), date(2025, 6, 30), "month", "range"),
        ("starting next year, runs through 2027", date(2025, 1, 1), date(2027, 12, 31), "year", "range"),
        ("a centre from July this year through to June 2034", date(2024, 7, 1), date(2034, 6, 30), "month", "range"),
        ("the kick-off on 27-28 January 2025", date(2025, 1, 27), date(2025, 1, 28), "day", "range"),
        ("a five-year project starting in October 2024", date(2024, 10, 1), date(2029, 9, 30), "month", "range"),
        ("2025년부터 5년간 지원한다", date(2025, 1, 1), date(2029, 12, 31), "year", "range"),
        # a year written short after an apostrophe, as press releases do
        ("'25. 하반기 : 부지 확정", date(2025, 7, 1), date(2025, 12, 31), "month", "point"),
        ("'26 ~ '27년 : 설비 구축", date(2026, 1, 1), date(2027, 12, 31), "year", "range"),
        ("meet again in the last quarter of the year", date(2024, 10, 1), date(2024, 12, 31), "month", "point"),
        # two months after 'between', the second without a preposition of its own
        (
            "buoys go out between May and September, weather allowing",
            date(2024, 5, 1),
            date(2024, 9, 30),
            "month",
            "range",
        ),
        # a half-year as the trade press writes it
        ("the first plugfest is set for H2 2025", date(2025, 7, 1), date(2025, 12, 31), "month", "point"),
        # two financial years one after the other: one period
        ("sanctioned Rs 12 crore over FY2025-26 and FY2026-27", date(2025, 4, 1), date(2027, 3, 31), "month", "range"),
        # the end of a named period as a deadline
        ("By the end of the flagship period in 2031, it aims", None, date(2031, 12, 31), "year", "deadline"),
        # months counted back from the date they run up to
        ("협약일로부터 30개월 동안, 2027년 6월까지", date(2025, 1, 1), date(2027, 6, 30), "month", "range"),
        # of two periods, the one right before its start
        (
            "$15 million for its first two years, beginning Nov. 1, and up to $160 million over 10 years",
            date(2024, 11, 1),
            date(2026, 10, 31),
            "day",
            "range",
        ),
        # a timeline's line opening with part of a year
        ("Second half of 2026: first field trials", date(2026, 7, 1), date(2026, 12, 31), "month", "point"),
        # a term of years that ends on a day
        ("is funded for a ten-year term ending on 30 June 2036", date(2026, 7, 1), date(2036, 6, 30), "day", "range"),
        # the years from a month on, and the month they run to said again: one period
        (
            "The three-year project begins in September 2026, with its funding running to August 2029.",
            date(2026, 9, 1),
            date(2029, 8, 31),
            "month",
            "range",
        ),
    ],
)
def test_find_dates(text, start, end, precision, kind):
    found = find_dates(text, PUB)
    assert len(found) == 1, found
    m = found[0]
    assert (m.start_date, m.end_date, m.precision, m.kind) == (start, end, precision, kind)


def test_relative_dates_stay_null_without_publication_date():
    (m,) = find_dates("올해 하반기 출범", None)
    assert m.start_date is None and m.end_date is None and not m.resolved


def test_months_written_with_dots_as_a_range():
    (m,) = find_dates("1단계(2026.4.~2028.3.)에는 후보를 발굴한다", PUB)
    assert (m.start_date, m.end_date, m.precision, m.kind) == (date(2026, 4, 1), date(2028, 3, 31), "month", "range")
    assert find_dates("매출 2026.5억 원", PUB) == []  # a number, not a month


def test_a_meeting_named_for_its_half_of_the_year_is_no_date():
    assert [(m.start_date, m.end_date) for m in find_dates("21일 하반기 정기총회를 열고", PUB)] == [
        (date(2024, 10, 21), date(2024, 10, 21))
    ]


def test_no_dates_in_durations():
    assert find_dates("12개월 동안 30일간 운영", PUB) == []


@pytest.mark.parametrize(
    ("head", "language", "iso"),
    [
        ("제목\n입력 2024-10-28 15:52", "ko", "2024-10-28T06:52:00+00:00"),
        ("기사입력 2025.03.14 오후 2:20", "ko", "2025-03-14T05:20:00+00:00"),
        ("울산 앞바다 부유체\n2026/04/09 11:47 송고", "ko", "2026-04-09T02:47:00+00:00"),  # a wire's foot, label last
        ("등록 2025-03-14 10:20:33 | 수정 2025-03-15 09:00", "ko", "2025-03-14T01:20:33+00:00"),
        ("Published Oct. 28, 2024 3:52 p.m. KST", "en", "2024-10-28T06:52:00+00:00"),
        ("Posted on 4 March 2025", "en", "2025-03-04T00:00:00+00:00"),
        # zones as outlets print them: abbreviations, GMT offsets, and US zones whose offset depends on the date
        ("PTI | Updated: Feb 03, 2026 18:42 IST", "en", "2026-02-03T13:12:00+00:00"),
        ("Thursday 19 March 2026, 9:00am AEDT", "en", "2026-03-18T22:00:00+00:00"),
        ("April 23, 2026 7:31 AM GMT+2", "en", "2026-04-23T05:31:00+00:00"),
        ("Sent: 2026-05-15 06:00 ET", "en", "2026-05-15T10:00:00+00:00"),
        ("Sent: 2026-01-15 06:00 ET", "en", "2026-01-15T11:00:00+00:00"),
        # zones spelled out; the time before the date; a labelled date at the foot of the page
        ("March 18, 2026 09:00 AM Eastern Daylight Time", "en", "2026-03-18T13:00:00+00:00"),
        ("All Headlines 10:12 April 08, 2025", "ko", "2025-04-08T01:12:00+00:00"),
        ("Headline\nBy Priya Venkatesh\nPublished on May 12, 2026 20:40 IST", "en", "2026-05-12T15:10:00+00:00"),
        ("Released on June 12, 2025", "en", "2025-06-12T00:00:00+00:00"),
        ("By Gemma Hill\nPublished: 14th April 2026, 5:00pm", "en", "2026-04-14T17:00:00+00:00"),  # an ordinal day
        (
            "ABU DHABI, United Arab Emirates – 17 February 2026 – The alliance today announced that three new members "
            "have joined, bringing it to twelve members from six countries across the Arabian Peninsula and beyond.",
            "en",
            "2026-02-17T00:00:00+00:00",
        ),
        (
            "Science news from the AAAS\nNEWS RELEASE 3-FEB-2026\nTrials network to test melatonin",
            "en",
            "2026-02-03T00:00",
        ),
        # day-month-year with dashes, month first where the month cannot be the day, slashes by the page's place
        ("News item | 20-02-2025 | 16:05", "en", "2025-02-20T16:05"),
        ("By Marco Ferretti 04.15.2026", "en", "2026-04-15T00:00"),
        ("Updated: 04/03/2025", "Europe/London", "2025-03-04T00:00"),
        ("Posted 04/03/2025", "America/Chicago", "2025-04-03T05:00"),
        # a broadcast's air time before the labelled one on the same line
        ("방송일 2025.06.12 (목) 19:30 | 입력 2025.06.12 20:45", "ko", "2025-06-12T11:45"),
        # a post's time after a middle dot, in East Africa Time
        ("Published Mar 9, 2026 · 07:40 EAT · 🌐", "en", "2026-03-09T04:40"),
        # a broadcaster's time in round brackets
        ("입력 2025.11.03 (21:12) 수정 2025.11.03 (21:40) 뉴스9", "ko", "2025-11-03T12:12"),
    ],
)
def test_parse_published(head, language, iso):
    got = parse_published(None, head, language)
    assert got is not None and got.replace(second=got.second).isoformat()[:16] == iso[:16]


def test_parse_published_prefers_labelled_line_over_meta():
    got = parse_published("2025-06-02", "입력 2025.06.02 09:30", "ko")
    assert got.isoformat().startswith("2025-06-02T00:30")


@given(st.text(max_size=300), st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 1, 1))))
def test_find_dates_never_raises_and_periods_are_ordered(text, pub):
    for m in find_dates(text, pub):
        assert 0 <= m.start < m.end <= len(text)
        if m.start_date and m.end_date:
            assert m.start_date <= m.end_date
        if m.kind == "deadline":
            assert m.start_date is None


@given(st.text(max_size=400))
def test_parse_published_never_raises(text):
    parse_published(None, text, "ko")
    parse_published(text[:40], text, "en")


def test_within_this_year_is_a_deadline():
    (m,) = find_dates("연내 법인 등기를 마친다", PUB)
    assert (m.start_date, m.end_date, m.kind) == (None, date(2024, 12, 31), "deadline")


def test_fact_box_start_and_end_make_one_period():
    (m,) = find_dates("Start date: 1 January 2026 / End date: 31 December 2029", PUB)
    assert (m.start_date, m.end_date, m.kind) == (date(2026, 1, 1), date(2029, 12, 31), "range")


def test_a_korean_period_counted_from_or_to_a_year_beside_other_dates():
    text = "2027년까지 1,500명을 등록하고, 2028년부터 3년간 자료를 수집한다"
    deadline, period = find_dates(text, PUB)
    assert (deadline.end_date, deadline.kind) == (date(2027, 12, 31), "deadline")
    assert (period.start_date, period.end_date, period.kind) == (date(2028, 1, 1), date(2030, 12, 31), "range")
    (m,) = find_dates("사업에는 2029년까지 5년간 총 1,340억원이 들어간다", PUB)
    assert (m.start_date, m.end_date, m.kind) == (date(2025, 1, 1), date(2029, 12, 31), "range")


def test_a_project_that_started_in_a_month_runs_its_stated_years():
    (m,) = find_dates("The four-year project started in January.", date(2025, 8, 20))
    assert (m.start_date, m.end_date) == (date(2025, 1, 1), date(2028, 12, 31))


def test_a_programme_that_will_begin_in_a_month_runs_its_stated_years():
    (m,) = find_dates("It is a six-year programme that will begin in April.", date(2026, 1, 14))
    assert (m.start_date, m.end_date, m.kind) == (date(2026, 4, 1), date(2032, 3, 31), "range")


def test_a_period_starting_in_a_month_beside_the_day_it_was_announced():
    text = "JST said on Friday that the team would receive 5 billion yen over an initial five-year period starting in October."
    friday, period = find_dates(text, date(2025, 5, 14))
    assert friday.start_date == date(2025, 5, 9)
    assert (period.start_date, period.end_date, period.kind) == (date(2025, 10, 1), date(2030, 9, 30), "range")


def test_a_start_and_an_end_with_the_subject_between_make_one_period():
    (m,) = find_dates("Work formally starts on 1 June and the project runs until May 2029.", date(2025, 5, 14))
    assert (m.start_date, m.end_date, m.kind) == (date(2025, 6, 1), date(2029, 5, 31), "range")


@pytest.mark.parametrize(
    "text,pub,start,end",
    [
        ("The project was launched Tuesday at the institute.", date(2026, 2, 19), date(2026, 2, 17), date(2026, 2, 17)),
        ("Field trials begin next quarter.", date(2026, 2, 19), date(2026, 4, 1), date(2026, 6, 30)),
        ("Trials begin next quarter.", date(2026, 11, 19), date(2027, 1, 1), date(2027, 3, 31)),
        (
            "A survey season is planned between January and April 2027.",
            date(2026, 2, 19),
            date(2027, 1, 1),
            date(2027, 4, 30),
        ),
        (
            "The plenary will be held the week of Sept. 15 in Hsinchu.",
            date(2025, 7, 8),
            date(2025, 9, 15),
            date(2025, 9, 21),
        ),
        ("The funding runs over three years from November.", date(2025, 10, 9), date(2025, 11, 1), date(2028, 10, 31)),
        # a number of years up to an end: the years before it
        (
            "It gets 45 billion won over five years through 2029.",
            date(2025, 4, 8),
            date(2025, 1, 1),
            date(2029, 12, 31),
        ),
        ("The award runs for three years until March 2028.", date(2025, 4, 8), date(2025, 4, 1), date(2028, 3, 31)),
        (
            "The plugfest will be held on May 12–14, 2026 in Reno.",
            date(2026, 3, 18),
            date(2026, 5, 12),
            date(2026, 5, 14),
        ),
        (
            "It runs over four years, beginning in the 2025-26 fiscal year.",
            date(2025, 6, 12),
            date(2025, 4, 1),
            date(2029, 3, 31),
        ),
        (
            "A fund for other universities will open in the 2026-27 financial year.",
            date(2025, 7, 9),
            date(2026, 4, 1),
            date(2027, 3, 31),
        ),
        # a quarter without its year; two years run through
        ("The first retrofit is scheduled for Q4.", date(2026, 6, 1), date(2026, 10, 1), date(2026, 12, 31)),
        ("The campaign will run through 2027 and 2028.", date(2026, 6, 1), date(2027, 1, 1), date(2028, 12, 31)),
        ("A map is due by end-2025.", date(2024, 6, 21), None, date(2025, 12, 31)),
        ("It admits students in the 2025/26 academic year.", date(2024, 6, 21), date(2025, 9, 1), date(2026, 8, 31)),
        ("We want ten plants running by next June.", date(2025, 9, 22), None, date(2026, 6, 30)),
        # the end of a month, a season, the next years of a grant
        ("The towers are due by the end of September.", date(2026, 5, 14), None, date(2026, 9, 30)),
        ("A first map is planned for next spring.", date(2026, 5, 14), date(2027, 3, 1), date(2027, 5, 31)),
        ("Trials start in the autumn of 2026.", date(2026, 1, 5), date(2026, 9, 1), date(2026, 11, 30)),
        (
            "They will put £14.5m into it over the next four years.",
            date(2026, 5, 14),
            date(2026, 5, 14),
            date(2030, 5, 14),
        ),
        (
            "It gets $20 million over the next four years, through 2029.",
            date(2026, 1, 27),
            date(2026, 1, 1),
            date(2029, 12, 31),
        ),
        ("A pilot will run from June to December.", date(2026, 2, 17), date(2026, 6, 1), date(2026, 12, 31)),
        # a weekday right after the event
        ("The consortium held a kickoff ceremony Monday.", date(2025, 4, 8), date(2025, 4, 7), date(2025, 4, 7)),
        # a quarter named without its year is this year's; a deadline counted in months from publication
        ("The board will decide in the fourth quarter.", date(2026, 4, 8), date(2026, 10, 1), date(2026, 12, 31)),
        ("Maps will be published within 18 months.", date(2026, 4, 14), None, date(2027, 10, 31)),
        ("Over the next 18 months it will write a test specification.", date(2026, 4, 14), None, date(2027, 10, 31)),
        # a month with a word of when in it
        ("The team will meet in late October.", date(2026, 9, 3), date(2026, 10, 1), date(2026, 10, 31)),
    ],
)
def test_wire_and_planning_phrasings(text, pub, start, end):
    (m,) = find_dates(text, pub)
    assert (m.start_date, m.end_date) == (start, end)


def test_counted_months_and_years_from_other_days_or_as_periods_are_no_deadlines():
    pub = date(2026, 4, 14)
    assert find_dates("The plant must close within two years of the ruling.", pub) == []
    (m,) = find_dates("It will spend $5 million over the next four years.", pub)
    assert (m.kind, m.start_date, m.end_date) == ("range", pub, date(2030, 4, 14))
    assert find_dates("18 months within reach", None) == []


def test_a_stock_code_is_no_year():
    assert find_dates("ACWA Power (2082.SE) is not part of the alliance.", date(2025, 11, 18)) == []


@pytest.mark.parametrize(
    ("body", "text", "start", "end"),
    [
        # a US article: the federal year ends in September of the year it names
        ("The NSF award ...", "In FY2026 the team will expand.", date(2025, 10, 1), date(2026, 9, 30)),
        # a Japanese one: the year starts in April of the year it names
        ("Japan's JST said ...", "A pilot line follows in fiscal 2026.", date(2026, 4, 1), date(2027, 3, 31)),
        # India's two-year form, joined into one period
        (
            "ICMR, Rs 84 crore ...",
            "from FY 2025-26 to FY 2028-29",
            date(2025, 4, 1),
            date(2029, 3, 31),
        ),
        # no country to go by: the calendar year
        ("A consortium ...", "Trials start in fiscal 2027.", date(2027, 1, 1), date(2027, 12, 31)),
        # (a deadline) the end of a year written over two: March of the second
        ("The NRC in Ottawa ...", "by the end of fiscal year 2028–29", None, date(2029, 3, 31)),
        # Singapore's FY2027 starts in April 2027, as Japan's does
        ("The S$30 million programme in Singapore ...", "from FY2027 to FY2029", date(2027, 4, 1), date(2030, 3, 31)),
        # New Zealand's financial year runs from July to June
        (
            "Wellington: the New Zealand programme, with iwi partners ...",
            "a test well is planned for the 2028/29 financial year",
            date(2028, 7, 1),
            date(2029, 6, 30),
        ),
        # an Australian centre, told by its programme's word: July to June
        (
            "The CRC and the Commonwealth ...",
            "a second plant in the 2027-28 financial year",
            date(2027, 7, 1),
            date(2028, 6, 30),
        ),
        # two split years, the span between them
        (
            "The NHS trusts and UKRI ...",
            "covers the 2026/27 to 2030/31 financial years",
            date(2026, 4, 1),
            date(2031, 3, 31),
        ),
        # a Canadian one, whatever a commentator says of the U.S.: April to March
        (
            "Ottawa launched the Canadian network; the U.S. has its own.",
            "over five fiscal years, from 2026-27 to 2030-31",
            date(2026, 4, 1),
            date(2031, 3, 31),
        ),
    ],
)
def test_fiscal_years_follow_the_articles_country(body, text, start, end):
    found = find_dates(text, date(2025, 11, 1), fiscal_country(body + " " + text))
    assert [(d.start_date, d.end_date) for d in found] == [(start, end)]


def test_a_name_and_a_possessive_are_no_dates():
    assert find_dates("By Jan-Willem Vos | 6 min read", date(2026, 5, 18)) == []
    assert find_dates("They cannot be recycled in today's sorting plants.", date(2026, 5, 18)) == []


def test_years_split_over_two_are_fiscal_years_of_the_articles_country():
    (m,) = find_dates("It will spend Rs 62 crore from 2026-27 to 2030-31.", date(2026, 10, 12))
    assert (m.start_date, m.end_date) == (date(2026, 4, 1), date(2031, 3, 31))  # April, unless a country says
    body = "The A$12 million consortium will run from 2025–26 to 2029–30, the Australian partners said."
    (m,) = find_dates("It will run from 2025–26 to 2029–30.", date(2025, 8, 1), fiscal_country(body))
    assert (m.start_date, m.end_date) == (date(2025, 7, 1), date(2030, 6, 30))


def test_a_range_of_fiscal_years_written_once():
    found = find_dates("covering fiscal years 2026 through 2030", date(2025, 12, 10), "US")
    assert [(d.start_date, d.end_date, d.kind) for d in found] == [(date(2025, 10, 1), date(2030, 9, 30), "range")]


def test_a_year_in_a_plans_name_is_no_date():
    pub = date(2026, 4, 8)
    assert find_dates("funded under the Smart Nation 2030 (SN2030) plan", pub) == []
    assert find_dates("part of the Vision 2035 agenda and Horizon 2020", pub) == []
    (m,) = find_dates("In 2028 the first plant opens.", pub)
    assert (m.start_date, m.end_date) == (date(2028, 1, 1), date(2028, 12, 31))


def test_the_coming_season_and_the_southern_hemispheres():
    # 'in the spring' is the next one to begin, or the one under way; in Australia spring is September to November
    (m,) = find_dates("We aim to commission it in the spring.", date(2026, 8, 19), "AU")
    assert (m.start_date, m.end_date) == (date(2026, 9, 1), date(2026, 11, 30))
    (m,) = find_dates("We aim to commission it in the spring.", date(2026, 8, 19))
    assert (m.start_date, m.end_date) == (date(2027, 3, 1), date(2027, 5, 31))
    (m,) = find_dates("Trials start in the winter.", date(2026, 1, 10))
    assert (m.start_date, m.end_date) == (date(2025, 12, 1), date(2026, 2, 28))
    assert find_dates("We met in the winter season of the league.", date(2026, 1, 10)) == []


def test_a_day_of_this_or_next_week():
    monday = date(2025, 11, 3)
    got = [(d.start_date, d.kind) for d in find_dates("연합은 이번 주 목요일 총회를 열고", monday)]
    assert got == [(date(2025, 11, 6), "point")]
    got = [(d.start_date, d.kind) for d in find_dates("The kickoff is next week's Tuesday.", monday)]
    assert got == [(date(2025, 11, 11), "point")]


def test_a_labelled_day_takes_the_time_and_zone_of_metadata_on_that_day():
    got = parse_published("2027-01-21T05:45:00-06:00", "Published Thursday, January 21, 2027, 5:45 a.m.", "en")
    assert got.isoformat() == "2027-01-21T11:45:00+00:00"
    got = parse_published("2026-02-19T09:00:00+00:00", "Published on Thursday 19 February 2026", "en")
    assert got.isoformat() == "2026-02-19T09:00:00+00:00"
    # (metadata of another day does not overrule the page's own label)
    got = parse_published("2025-05-30T10:00:00+09:00", "입력 2025.06.02 09:30", "ko")
    assert got.isoformat().startswith("2025-06-02T00:30")


def test_a_count_after_a_month_is_no_day():
    got = [
        (d.start_date, d.end_date, d.precision) for d in find_dates("협의체는 2023년 3월 32개 기관으로 출범했다.", None)
    ]
    assert got == [(date(2023, 3, 1), date(2023, 3, 31), "month")]
