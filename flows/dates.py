"""Dates: publication times of pages and the date expressions inside article sentences.

Korean and English forms, absolute and relative. Relative ones (올해, 28일, next year) resolve against the
publication date and stay unresolved (None) when it is unknown.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import polars as pl

KST = timezone(timedelta(hours=9))
# Zone abbreviations outlets print after a time, as hours from UTC.
_TZ_OFFSETS = {
    "kst": 9, "jst": 9, "utc": 0, "gmt": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7,
    "mdt": -6, "pst": -8, "pdt": -7, "cet": 1, "cest": 2, "bst": 1, "wet": 0, "west": 1, "eet": 2, "eest": 3,
    "ist": 5.5, "sgt": 8, "hkt": 8, "aedt": 11, "aest": 10, "acst": 9.5, "acdt": 10.5, "awst": 8, "nzdt": 13,
    "nzst": 12, "msk": 3, "gst": 4, "nst": -3.5, "ndt": -2.5, "ast": -4, "adt": -3, "eat": 3, "cat": 2, "wat": 1,
    "sast": 2, "pht": 8, "wib": 7, "ict": 7, "pkt": 5,
}  # fmt: skip
# Zones named without saying standard or daylight time: the offset depends on the date.
_TZ_REGIONS = {"et": "America/New_York", "ct": "America/Chicago", "mt": "America/Denver", "pt": "America/Los_Angeles"}
MONTHS = (
    {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
    | {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
    | {"sept": 9}
)
_MON = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"


# ---------------------------------------------------------------- publication time

_PUB_LABEL = (
    r"(?:입력|등록|기사입력|송고시간|송고|작성|게재|발행|승인|published(?: on)?|posted(?: on)?|first published|"
    r"released(?: on)?|date)"
)
_AMPM = r"(?P<ampm>오전|오후|a\.?m\.?|p\.?m\.?)?"
# Zones spelled out, as newswires print them ('09:00 AM Eastern Daylight Time').
_TZ_LONG = {
    "eastern daylight time": "edt", "eastern standard time": "est", "eastern time": "et",
    "central daylight time": "cdt", "central standard time": "cst", "central time": "ct",
    "mountain daylight time": "mdt", "mountain standard time": "mst", "mountain time": "mt",
    "pacific daylight time": "pdt", "pacific standard time": "pst", "pacific time": "pt",
    "korea standard time": "kst", "japan standard time": "jst", "india standard time": "ist",
    "british summer time": "bst", "greenwich mean time": "gmt", "central european time": "cet",
    "central european summer time": "cest", "coordinated universal time": "utc",
}  # fmt: skip
_TZ_NAMES = "|".join(
    sorted(
        [*(z.title() for z in _TZ_LONG), *(z.upper() for z in [*_TZ_OFFSETS, *_TZ_REGIONS] if z != "z")],
        key=len,
        reverse=True,
    )
)
_TIME = rf"(?:\s*(?:at|-|–|,|\||·)?\s*[\[(]?{_AMPM}\s*(?P<hh>\d{{1,2}}):(?P<mi>\d{{2}})(?::\d{{2}})?[\])]?\s*{_AMPM.replace('ampm', 'ampm2')}\s*(?P<tz>(?:GMT|UTC)\s?[+-]\d{{1,2}}(?::?\d{{2}})?|{_TZ_NAMES}|[+-]\d{{2}}:?\d{{2}}|Z)?\b)?"
_PUB_FORMS = [
    re.compile(
        rf"(?P<y>\d{{4}})\s*[.\-/년]\s*(?P<m>\d{{1,2}})\s*[.\-/월]\s*(?P<d>\d{{1,2}})\s*일?\.?(?:\s*\([월화수목금토일]\))?T?{_TIME}",
        re.I,
    ),
    re.compile(rf"(?P<mon>{_MON})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}}){_TIME}", re.I),
    # the time first: 'All Headlines 10:12 April 08, 2025'
    re.compile(
        rf"\b(?P<hh>\d{{1,2}}):(?P<mi>\d{{2}})\s+(?P<mon>{_MON})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})\b", re.I
    ),
    # ('3 March 2026', and a release's '3-FEB-2026')
    re.compile(
        rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+|-)(?:of\s+)?(?P<mon>{_MON})\.?(?:,?\s+|-)(?P<y>\d{{4}}){_TIME}", re.I
    ),
    re.compile(rf"(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<y>\d{{4}}){_TIME}", re.I),
    re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}}),?{_TIME}", re.I),
    re.compile(rf"(?<![\d\-])(?P<d>\d{{1,2}})-(?P<m>\d{{1,2}})-(?P<y>\d{{4}}),?{_TIME}", re.I),  # ('20-02-2025')
]


def zone_of(zone: str) -> tzinfo:
    """The zone a page's times without one are in: 'ko' Korean time, an IANA name that zone's (the place an
    English article is written from, flows.places), else UTC."""
    if zone == "ko":
        return KST
    if "/" in zone:
        try:
            return ZoneInfo(zone)
        except (ValueError, KeyError):
            return UTC
    return UTC


def _to_datetime(match: re.Match, zone: str) -> datetime | None:
    g = match.groupdict()
    try:
        year, day = int(g["y"]), int(g["d"])
        month = MONTHS[g["mon"].lower().rstrip(".")] if g.get("mon") else int(g["m"])
        if g.get("mon") is None and (
            month > 12  # '28/10/2024', '04.15.2026'
            # '03/06/2026' is the 3rd of June outside the Americas (a page's zone, see zone_of)
            or ("/" in match.group(0) and "/" in zone and not zone.startswith("America/") and day <= 12)
        ):
            month, day = day, month
        hour, minute = int(g["hh"] or 0), int(g["mi"] or 0)
        ampm = (g.get("ampm") or g.get("ampm2") or "").lower().replace(".", "")
        if ampm in ("오후", "pm") and hour < 12:
            hour += 12
        if ampm in ("오전", "am") and hour == 12:
            hour = 0
        tz_name = re.sub(r"^(?:gmt|utc)\s?(?=[+-])", "", (g.get("tz") or "").lower())
        tz_name = _TZ_LONG.get(tz_name, tz_name)
        if tz_name in _TZ_OFFSETS:
            tz = timezone(timedelta(hours=_TZ_OFFSETS[tz_name]))
        elif tz_name in _TZ_REGIONS:
            tz = ZoneInfo(_TZ_REGIONS[tz_name])
        elif tz_name[:1] in "+-" and tz_name:
            sign = 1 if tz_name[0] == "+" else -1
            digits = tz_name[1:].replace(":", "")
            hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "0")
            tz = timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))
        else:
            tz = zone_of(zone)
        return datetime(year, month, day, hour, minute, tzinfo=tz).astimezone(UTC)
    except (ValueError, KeyError, TypeError):
        return None


def _from_meta(meta: str | None, zone: str) -> datetime | None:
    if not meta:
        return None
    try:
        dt = datetime.fromisoformat(meta.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=zone_of(zone))
    return dt.astimezone(UTC)


def _first_date(lines: list[str], zone: str, with_time: bool) -> datetime | None:
    for line in lines:
        if len(line) > 160:
            # a paragraph: only a dateline at its start ('ABU DHABI, United Arab Emirates – 17 February 2026 – The')
            line = line[:90]
        for form in _PUB_FORMS:
            m = form.search(line)
            if m and (not with_time or m.group("hh")) and (dt := _to_datetime(m, zone)):
                return dt
    return None


def parse_published(meta: str | None, head: str | None, zone: str = "ko") -> datetime | None:
    """Publication time in UTC from page metadata or the first lines of the text.

    In order: a labelled line (입력, 등록, Published, Posted ...); the page's metadata when it has a time;
    a bare date with a time near the top; the metadata's date alone; a bare date alone. Times without a zone
    are in the zone `zone` names (see zone_of): Korean time for 'ko'.
    """
    lines = (head or "").splitlines()
    labelled = []
    for line in lines:
        # ('Posted: Monday, 3 March 2025 - 10:45 EAT': the weekday before the date)
        label = re.search(
            rf"(?:^|[|│·])\W*{_PUB_LABEL}\s*[:：]?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d|{_MON})",
            line,
            re.I,
        )
        if label:
            # ('방송일 2025.11.21 20:10 | 입력 2025.11.21 21:05': the time after the label, not another before it)
            labelled.append(line[label.start() :])
        # (a wire's foot puts the label last: '2026/04/09 11:47 송고')
        elif re.search(r"^\W*\d{4}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2}[^가-힣]{0,20}(?:송고|입력|등록|게재)\s*$", line):
            labelled.append(line)
    found = _first_date(labelled, zone, with_time=False)
    from_meta = _from_meta(meta, zone)
    timed_meta = from_meta if from_meta and meta and ("T" in meta or ":" in meta) else None
    if found:
        # ('Published on Thursday 19 February 2026', 'Published Thursday, January 21, 2027, 5:45 a.m.' above metadata
        # with that day's time and zone: the metadata's, which says both)
        same_day = timed_meta and abs((timed_meta - found).total_seconds()) < 86_400
        return timed_meta if same_day else found
    if timed_meta:
        return timed_meta
    return _first_date(lines[:15], zone, with_time=True) or from_meta or _first_date(lines[:12], zone, with_time=False)


def parse_published_expr(meta: pl.Expr, head: pl.Expr, zone: pl.Expr) -> pl.Expr:
    """Polars wrapper over parse_published for a batch of articles."""
    return pl.struct(meta.alias("m"), head.alias("h"), zone.alias("l")).map_elements(
        lambda s: parse_published(s["m"], s["h"], s["l"] or "ko"),
        return_dtype=pl.Datetime("us", "UTC"),
    )


def local_date(published_at: datetime | None, zone: str) -> date | None:
    """The publication date as the outlet's readers saw it (in the zone `zone` names, see zone_of)."""
    if published_at is None:
        return None
    return published_at.astimezone(zone_of(zone)).date()


# ---------------------------------------------------------------- dates in sentences


@dataclass
class DateMention:
    """A date expression found in a sentence: a span of text and the period it names."""

    start: int
    end: int
    start_date: date | None
    end_date: date | None
    precision: str  # day, month, year
    kind: str = "point"  # point, range, deadline
    resolved: bool = True
    yearless: bool = False  # written without a year ('3월 14일', 'Jan. 23'): the year was assumed


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _period(y: int | None, m: int | None = None, d: int | None = None) -> tuple[date, date, str] | None:
    try:
        if y is None:
            return None
        if m is None:
            return date(y, 1, 1), date(y, 12, 31), "year"
        if d is None:
            return date(y, m, 1), _month_end(y, m), "month"
        return date(y, m, d), date(y, m, d), "day"
    except ValueError:
        return None


_KO_YEAR_WORDS = {
    "올해": 0,
    "금년": 0,
    "올": 0,
    "내년": 1,
    "이듬해": 1,
    "내후년": 2,
    "지난해": -1,
    "작년": -1,
    "전년": -1,
    "재작년": -2,
    "연내": 0,  # within this year: a deadline at its end
}
_EN_YEAR_WORDS = {
    "this year": 0,
    "next year": 1,
    "last year": -1,
    "the following year": 1,
    "the year": 0,
    "this calendar year": 0,
}
_KO_DAY_WORDS = {"오늘": 0, "이날": 0, "당일": 0, "어제": -1, "전날": -1, "내일": 1, "다음날": 1, "이튿날": 1}
_EN_DAY_WORDS = {"today": 0, "yesterday": -1, "tomorrow": 1, "this morning": 0, "this afternoon": 0, "tonight": 0}
_KO_MONTH_WORDS = {
    "이달": 0,
    "이번 달": 0,
    "이번달": 0,
    "다음 달": 1,
    "다음달": 1,
    "내달": 1,
    "지난달": -1,
    "지난 달": -1,
}
_EN_MONTH_WORDS = {"this month": 0, "next month": 1, "last month": -1}
_PARTS = {
    "상반기": (1, 6),
    "하반기": (7, 12),
    "연말": (12, 12),
    "연초": (1, 1),
    "말": (12, 12),
    "초": (1, 1),
    "1분기": (1, 3),
    "2분기": (4, 6),
    "3분기": (7, 9),
    "4분기": (10, 12),
    "first half": (1, 6),
    "second half": (7, 12),
    "h1": (1, 6),
    "h2": (7, 12),
    "end": (12, 12),
    "the end": (12, 12),
    "beginning": (1, 1),
    "start": (1, 1),
    "first quarter": (1, 3),
    "second quarter": (4, 6),
    "third quarter": (7, 9),
    "fourth quarter": (10, 12),
    "early": (1, 1),
    "late": (12, 12),
    "mid": (6, 6),
}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

# ('26. 하반기', '26년 3월: a year written short after an apostrophe, as press releases do)
_KO_YEAR = (
    r"(?:(?P<y>(?:19|20)\d{2}|(?<=['‘’])\d{2})\s*(?:년(?:도)?|(?<=\d)\.(?=\s))|"
    r"(?P<yw>올해|금년|내년|이듬해|내후년|지난해|작년|전년|재작년|올))"
)
_EN_YEAR = (
    r"(?:(?P<y>(?:19|20)\d{2})(?!\d)|(?P<yw>this year|next year|last year|the following year|this calendar year))"
)
_PATTERNS: list[tuple[str, re.Pattern]] = [
    # a few days of one month: 'May 12–14, 2026'
    (
        "mdrange",
        re.compile(
            rf"(?P<mon>{_MON})\.?\s+(?P<d>\d{{1,2}})\s*(?:–|-|—|to|through)\s*(?P<d2>\d{{1,2}}),?\s+"
            r"(?P<y>(?:19|20)\d{2})(?!\d)",
            re.I,
        ),
    ),
    # fiscal years: 'FY 2025-26', 'FY2026', 'fiscal 2027' (resolved by the country's convention, see fiscal_year)
    (
        "fy2",
        re.compile(r"\b(?:FY|(?:fiscal|financial)(?: year)?)\s?(?P<y1>(?:19|20)\d{2})\s?[-–/]\s?(?P<y2>\d{2})\b", re.I),
    ),
    ("fy2", re.compile(r"\b(?P<y1>(?:19|20)\d{2})\s?[-–/]\s?(?P<y2>\d{2})\s+(?:fiscal|financial)(?:\s+year)?\b", re.I)),
    # 'the 2025/26 academic year': September to August
    ("acad", re.compile(r"\b(?P<y1>(?:19|20)\d{2})\s?[-–/]\s?(?P<y2>\d{2})\s+(?:academic|school)\s+year\b", re.I)),
    # a part of a fiscal year: 'the first half of fiscal 2027', 'the third quarter of FY2026'
    (
        "fypart",
        re.compile(
            # (or opening a timeline's line: 'Second half of FY2027: Begin shipping samples')
            r"(?:(?:in|by|during|for)\s+)?(?:the\s+|^)(?P<part>first half|second half|first quarter|second quarter|"
            r"third quarter|fourth quarter|end|beginning|start)\s+of\s+(?:FY\s?|(?:fiscal|financial)(?: year)?\s+)"
            r"(?P<y>(?:19|20)\d{2})(?:\s?[-–/]\s?(?P<y2>\d{2}))?\b",  # ('the end of fiscal year 2028–29')
            re.I,
        ),
    ),
    # ('fiscal years 2026 through 2030': both ends fiscal years)
    (
        "fyr",
        re.compile(
            r"\b(?:fiscal|financial)\s+years\s+(?P<y1>(?:19|20)\d{2})\s*(?:through|to|until|[-–])\s*(?P<y2>(?:19|20)\d{2})\b",
            re.I,
        ),
    ),
    # ('the 2026/27 to 2030/31 financial years': two years split over two, the span between them)
    (
        "fyr2",
        re.compile(
            r"\b(?P<y1>(?:19|20)\d{2})\s?[-–/]\s?(?P<e1>\d{2})\s*(?:through|to|until|[-–])\s*(?P<y2>(?:19|20)\d{2})\s?[-–/]\s?"
            r"(?P<e2>\d{2})\s+(?:fiscal|financial)\s+years\b",
            re.I,
        ),
    ),
    ("fy", re.compile(r"\b(?:FY\s?|(?:fiscal|financial)(?: year)?\s+)(?P<y>(?:19|20)\d{2})\b", re.I)),
    # absolute days
    (
        "ymd",
        re.compile(
            r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:년\s*|[.\-/]\s?)(?P<m>\d{1,2})\s*(?:월\s*|[.\-/]\s?)(?P<d>\d{1,2})"
            # (not a count after the month: '2023년 3월 32개 기관으로')
            r"(?:\s*일|(?!\s*(?:개|곳|명|여|건|종|척|대|%|만|억|천|위|배|차)))(?![\d])"
        ),
    ),
    (
        "ymd",
        re.compile(rf"(?P<mon>{_MON})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{{2}})(?!\d)", re.I),
    ),
    (
        "ymd",
        re.compile(
            rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})\.?,?\s+(?P<y>(?:19|20)\d{{2}})(?!\d)",
            re.I,
        ),
    ),
    # year word + part/month
    ("ypart", re.compile(rf"{_KO_YEAR}\s*(?P<part>상반기|하반기|연말|연초|[1-4]분기|말|초)")),
    (
        "ypart",
        re.compile(
            rf"(?:(?:in|by|during|for)\s+)?(?:the\s+|^)(?P<part>first half|second half|end|beginning|start|first quarter|"
            rf"second quarter|third quarter|fourth quarter)\s+of\s+{_EN_YEAR}",
            re.I,
        ),
    ),
    ("ypart", re.compile(rf"(?:by\s+)?(?P<part>end)\s+of\s+{_EN_YEAR}", re.I)),
    # ('in H2 2026', 'H1 2027': a half of a calendar year, as the trade press writes it)
    ("ypart", re.compile(r"\b(?:(?:in|by|during|for)\s+)?(?P<part>H[12])\s?(?P<y>20\d{2})\b")),
    ("ypart", re.compile(rf"\b(?P<part>early|late|mid|end)[- ](?:in\s+)?{_EN_YEAR}", re.I)),
    ("ym", re.compile(rf"(?P<mon>{_MON})\.?\s+(?P<yw>last year|next year|this year)", re.I)),
    # 'by the end of March next year': the month of that year
    (
        "ym",
        re.compile(rf"\b(?:by\s+)?the\s+end\s+of\s+(?P<mon>{_MON})\.?\s+(?P<yw>last year|next year|this year)", re.I),
    ),
    # 'by the end of September': the month
    ("m", re.compile(rf"\b(?:by\s+)?the\s+end\s+of\s+(?P<mon>{_MON})\b(?!\.?\s*\d)", re.I)),
    # seasons: 'next spring', 'in the autumn of 2026', 'spring 2027'
    ("season", re.compile(r"\b(?P<which>next|this|last)\s+(?P<season>spring|summer|autumn|fall|winter)\b", re.I)),
    (
        "season",
        re.compile(
            r"\b(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<y>(?:19|20)\d{2})\b", re.I
        ),
    ),
    # ('commission it in the spring': the coming one)
    (
        "season",
        re.compile(
            r"\b(?:in|by|during|over|for)\s+the\s+(?P<season>spring|summer|autumn|fall|winter)\b(?P<coming>)"
            r"(?!\s+(?:of\s+)?(?:(?:19|20)\d{2}|last|next|this)\b)(?!\s+(?:season|semester|term|school|months?)\b)",
            re.I,
        ),
    ),
    # 'by next June', 'this September': the coming (or the past) one
    ("mnext", re.compile(rf"\b(?P<which>next|this|last)\s+(?P<mon>{_MON})\b(?!\.?\s*\d)", re.I)),
    ("ypart", re.compile(r"\bQ(?P<q>[1-4])\s*(?:of\s+)?(?P<y>(?:19|20)\d{2})\b", re.I)),
    # a quarter without its year: 'scheduled for Q4', 'to decide in the fourth quarter'
    ("q", re.compile(r"\bQ(?P<q>[1-4])\b(?!\s*(?:of\s+)?(?:19|20)\d{2})(?![-/]\d)")),
    (
        "q",
        re.compile(
            r"\b(?:in|by|during|for)\s+the\s+(?P<qn>first|second|third|fourth|last|final)\s+quarter\b"
            r"(?!\s+(?:of\s+)?(?:(?:19|20)\d{2}|(?:this|next|last)\s+year|fiscal|FY|results|earnings))",
            re.I,
        ),
    ),
    # a deadline counted from publication: 'within 18 months', 'over the next 18 months', 'within two years'
    # ('over the next five years' is a period: see _NEXT_YEARS; '협약일로부터 6개월 안에' counts from another day)
    (
        "within",
        re.compile(
            r"\b(?:within|in|over)\s+the\s+(?:next|coming)\s+(?P<n>\d{1,2}|two|three|four|five|six|nine|twelve)"
            r"\s+months\b|\bwithin\s+(?:the\s+next\s+)?(?P<n2>\d{1,2}|two|three|four|five|six|nine|twelve)"
            r"\s+(?P<unit>months|years)\b(?!\s+(?:of|after|from))",
            re.I,
        ),
    ),
    ("mwd", re.compile(r"(?P<mw>이달|이번 달|이번달|다음 달|다음달|내달|지난달|지난 달)\s*(?P<d>\d{1,2})\s*일")),
    ("ym", re.compile(rf"{_KO_YEAR}\s*(?P<m>\d{{1,2}})\s*월(?:\s*(?P<d>\d{{1,2}})\s*일)?")),
    # a month written with dots, as Korean releases do: '1단계(2026.4.~2028.3.)', '2026. 4.'
    (
        "ym",
        re.compile(
            r"(?<![\d.,])(?P<y>(?:19|20)\d{2})\s?\.\s?(?P<m>1[0-2]|0?[1-9])(?:\.(?!\s?\d)|(?=\s?[~∼)\-–]|\s?(?:까지|부터)|\s*$))"
        ),
    ),
    ("ym", re.compile(rf"(?P<mon>{_MON})\.?(?:\s+of)?\s+(?P<y>(?:19|20)\d{{2}})(?!\d)", re.I)),
    ("ym", re.compile(rf"(?P<mon>{_MON})\.?\s+{_EN_YEAR.replace('(?P<y>(?:19|20)', '(?P<y_unused>(?:19|20)')}", re.I)),
    # year ranges written in one piece: 2027~2028년, 2025-2027
    (
        "yrange",
        re.compile(
            r"(?<!\d)(?P<y1>(?:19|20)\d{2}|(?<=['‘’])\d{2})\s*(?:년\s*)?(?:~|∼|-|–|—|to|through)\s*['‘’]?"
            r"(?P<y2>(?:19|20)\d{2}|\d{2})(?:\s*년)?(?!\d|\.\d)"
        ),
    ),
    # month and day without a year
    ("md", re.compile(r"(?<![\d.])(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일")),
    # (not a time after a month: 'to join in April 17:05 JST')
    ("md", re.compile(rf"(?P<mon>{_MON})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d,]*\s*\d{{4}})(?![\d:])", re.I)),
    (
        "md",
        re.compile(
            rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})(?![a-z])(?!\.?,?\s+\d{{4}})", re.I
        ),
    ),
    # years alone
    ("y", re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s*년(?:도)?")),
    (
        "y",
        re.compile(
            r"(?<![\d.,$€£-])\b(?P<y>(?:19|20)\d{2})\b(?![\d%-]|[.,]\d|\.[A-Z]{1,3}\b|\s*(?:년|명|개|원|억|만|won|people|companies|members|units))",
            re.I,
        ),
    ),
    ("yw", re.compile(r"(?P<yw>올해|금년|내년|이듬해|내후년|지난해|작년|재작년|연내)")),
    ("yw", re.compile(r"\b(?P<yw>this year|next year|last year|the following year)\b", re.I)),
    # (not the name of a meeting held each half: '하반기 정기총회')
    ("part", re.compile(r"(?P<part>연말|연초|상반기|하반기)(?!\s?(?:정기\s?)?(?:총회|워크숍|이사회))")),
    (
        "part",
        re.compile(
            r"\b(?:by\s+)?(?:the\s+)?(?P<part>end of the year|year-end|year end|first half|second half)\b", re.I
        ),
    ),
    # months alone
    ("m", re.compile(r"(?<![\d.])(?P<m>\d{1,2})\s*월(?!\s*\d)")),
    ("mw", re.compile(r"(?P<mw>이달|이번 달|이번달|다음 달|다음달|내달|지난달|지난 달)")),
    ("mw", re.compile(r"\b(?P<mw>this month|next month|last month)\b", re.I)),
    (
        "m",
        # (not 'in April next year': the month of that year, read whole)
        re.compile(
            # ('the kickoff is set for October')
            rf"\b(?:in|since|from|by|until|through|during|between|to|(?:set|scheduled|planned|slated|due)\s+for)\s+"
            rf"(?:(?:early|mid|late)[- ])?(?P<mon>{_MON})\b"
            r"(?!\.?\s*\d)"
            r"(?!\s+(?:of\s+)?(?:last|next|this) year)(?!-[A-Z])",  # (not 'By Jan-Willem Vos', a byline)
            re.I,
        ),
    ),
    # ('between May and September': the second month, read only after such a first)
    ("m", re.compile(rf"(?<=\sand\s)(?P<mon>{_MON})\b(?P<_and>)(?!\.?\s*\d)", re.I)),
    # days
    ("d", re.compile(r"(?<![\d.월\-])(?P<d>\d{1,2})\s*일(?!\s*(?:간|동안|째|부로|만에|씩))")),
    ("dw", re.compile(r"(?P<dw>오늘|이날|당일|어제|전날|내일|다음날|이튿날)")),
    # (not 'today's sorting plants')
    ("dw", re.compile(r"\b(?P<dw>today|yesterday|tomorrow|this morning|this afternoon|tonight)\b(?!['’]s)", re.I)),
    (
        "wd",
        re.compile(
            r"\b(?:on|last|this|next)\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I
        ),
    ),
    # Wire style drops the 'on': 'the project was launched Tuesday'.
    # ... or after the event: 'held a kickoff ceremony Monday'.
    (
        "wd",
        re.compile(
            r"(?:(?<=[a-z]ed )|(?<=ceremony )|(?<=meeting )|(?<=event )|(?<=launch )|(?<=signing ))"
            r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
    ),
    ("qw", re.compile(r"\b(?P<qw>this|next|last) quarter\b|(?P<qk>이번|다음|지난)\s?분기", re.I)),
    # weeks: 'admitted last week', '지난주 총회를 열었다' (Monday to Sunday)
    ("ww", re.compile(r"\b(?P<ww>this|next|last) week\b|(?P<wk>이번|다음|지난)\s?주(?![가-힣])", re.I)),
    # a day of that week: '이번 주 목요일 총회를 열고', 'next week's Thursday'
    (
        "ww",
        re.compile(
            r"(?P<wk>이번|다음|지난)\s?주\s?(?P<kwd>[월화수목금토일])요일|"
            r"\b(?P<ww>this|next|last) week['’]s (?P<ewd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
            re.I,
        ),
    ),
]
_RANGE_JOIN = re.compile(
    r"^\s*,?\s*(?:부터|에서|~|∼|-|–|—|to|through|through to|until|till|and|부터\s*오는|"
    # 'began last month and will run until June 2026', 'starting next year, runs through 2027'
    # '... starts on 1 June and the project runs until May 2029': a short subject may come between.
    r"(?:and\s+)?(?:(?:the\s+|its\s+)?[a-z\-]+\s+)?(?:will\s+)?"
    r"(?:runs?|running|continues?|continuing|lasts?|lasting)\s+(?:until|through|to|till)|"
    # a fact box: 'Start date: 1 January 2026 / End date: 31 December 2029'
    r"[/|;]?\s*(?:end(?:ing)?\s+date|종료일|종료)\s*[:：])"
    r"\s*(?:오는\s*)?$",
    re.I,
)
# '27-28 January 2026', 'from 28 to 30 October': a first day before a whole date.
_FIRST_DAY = re.compile(r"(?<![\d.,])(\d{1,2})\s*(?:-|–|—|~|to|and)\s*$", re.I)
_DEADLINE_AFTER = re.compile(r"^\s*(?:까지|내|이내|안에)")
_DEADLINE_BEFORE = re.compile(
    r"(?:\bby|\bbefore|\bno later than|\buntil|\bthrough)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?$|"
    # ('By the end of the flagship period in 2034', 'Before the first funding period ends in March 2030')
    r"^\s*(?:By\s+the\s+end\s+of|Before)\s+(?:the|its|this)\s+(?:[\w\-]+\s+){1,4}?(?:ends\s+)?in\s+$",
    re.I,
)
_FROM_BEFORE = re.compile(r"(?:\bfrom|\bbetween|\bstarting)\s+(?:the\s+)?$", re.I)


# Where a country's fiscal year starts, and whether 'FY2026' names the year it ends in (US: October 2025 to
# September 2026) or the one it starts in (Japan: April 2026 to March 2027).
FISCAL_YEARS = {
    "US": (10, True), "JP": (4, False), "IN": (4, True), "GB": (4, True), "AU": (7, True), "CA": (4, True),
    "SG": (4, False), "NZ": (7, True), "ZA": (4, True), "KE": (7, True), "": (1, True),
}  # fmt: skip
# Countries whose seasons are the southern hemisphere's ('in the spring' in Perth is September to November).
_SOUTHERN = {"AU", "NZ", "ZA"}
_FISCAL_HINTS = {
    "US": r"\bU\.S\.|\bUnited States\b|\bCongress\b|\b(?:NSF|NIH|DOE|USDA|DARPA|NASA)\b|\bfederal\b",
    "JP": r"\bJapan(?:ese)?\b|\bTokyo\b|\bOsaka\b|\b(?:JST|METI|MEXT|NEDO|AMED|RIKEN)\b|¥",
    "IN": r"\bIndia(?:n)?\b|\bcrore\b|\blakh\b|₹|\bRs\.?\s?\d",
    "GB": r"\bUK\b|\bUnited Kingdom\b|\bBritish\b|\bUKRI\b|£",
    "AU": r"\bAustralia(?:n)?\b|\bA\$|\bCRC\b|\bCommonwealth\b|\bQueensland\b|\bNew South Wales\b|\bAE[SD]T\b|\bAWST\b",
    "CA": r"\bCanad(?:a|ian)s?\b|\bOttawa\b|\bC\$|\b(?:NSERC|CIHR|SSHRC|ISED)\b",
    "SG": r"\bSingapore(?:an)?\b|\bS\$|\bA\*STAR\b",
    "NZ": r"\bNew Zealand(?:er)?s?\b|\bNZ\$|\bAotearoa\b|\bMBIE\b|\biwi\b|\bMāori\b",
    "ZA": r"\bSouth Africa(?:n)?\b|\bPretoria\b|\bJohannesburg\b|\bR\d[\d.,]*\s?(?:million|billion|bn|m)\b",
    "KE": r"\bKenya(?:n)?\b|\bNairobi\b|\bKSh\b|\bKES\b",
}


def fiscal_country(body: str) -> str:
    """The country whose fiscal year an English article's 'FY2026' most likely follows ('' for none)."""
    # (or years split over two as fiscal years are written: '2025–26 to 2029–30')
    if not re.search(r"\bFY|\bfiscal\b|\bfinancial year|\b(?:19|20)\d{2}[-–/]\d{2}\b(?!\d)", body, re.I):
        return ""
    hits = {c: len(re.findall(p, body)) for c, p in _FISCAL_HINTS.items()}
    best = max(hits.values())
    top = [c for c, n in hits.items() if n == best]
    return top[0] if best and len(top) == 1 else ""


def _split_year(g: dict, after: str) -> bool:
    """'2026-27': a year written with the next one's last two digits, not a season or a school year."""
    y1, y2 = g.get("y1") or "", g.get("y2") or ""
    return (
        len(y2) == 2
        and int(y2) == (int(y1) + 1) % 100
        and not re.match(r"\s*(?:season|academic|school|crop|winter|summer|harvest|년)", after, re.I)
    )


# The months a part of a year spans, counted from its first month.
_PART_MONTHS = {
    "first half": (0, 6), "second half": (6, 12), "first quarter": (0, 3), "second quarter": (3, 6),
    "third quarter": (6, 9), "fourth quarter": (9, 12), "end": (11, 12), "beginning": (0, 1), "start": (0, 1),
}  # fmt: skip


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    return date(d.year + y, m + 1, 1)


def _fiscal(kind: str, g: dict, fiscal: str) -> tuple[date, date, str]:
    if kind in ("fyr", "fyr2"):  # 'fiscal years 2026 through 2030': the first one's start to the last one's end
        one = "fy" if kind == "fyr" else "fy2"
        start, _, precision = _fiscal(one, {"y": g["y1"], "y1": g["y1"]}, fiscal)
        return start, _fiscal(one, {"y": g["y2"], "y1": g["y2"]}, fiscal)[1], precision
    if kind == "fypart":  # 'the first half of fiscal 2027': those months of the fiscal year
        start, _, _ = _fiscal("fy2", {"y1": g["y"]}, fiscal) if g.get("y2") else _fiscal("fy", g, fiscal)
        a, b = _PART_MONTHS[g["part"].lower()]
        return _add_months(start, a), _add_months(start, b) - timedelta(days=1), "month"
    first_month, by_end = FISCAL_YEARS.get(fiscal, FISCAL_YEARS[""])
    if kind == "fy2":  # 'FY 2025-26': from its first year into its second
        y1 = int(g["y1"])
        first_month = first_month if first_month > 1 else 4
        return date(y1, first_month, 1), _month_end(y1 + 1, first_month - 1), "month"
    y = int(g["y"])
    if first_month == 1:
        return date(y, 1, 1), date(y, 12, 31), "year"
    start_year = y - 1 if by_end else y
    return date(start_year, first_month, 1), _month_end(start_year + 1, first_month - 1), "month"


def _resolve(kind: str, g: dict, pub: date | None) -> tuple[date, date, str] | None:
    def year_of() -> int | None:
        if g.get("y"):
            return int(g["y"])
        yw = (g.get("yw") or "").lower()
        if yw:
            offset = _KO_YEAR_WORDS.get(yw, _EN_YEAR_WORDS.get(yw))
            return None if pub is None or offset is None else pub.year + offset
        return pub.year if pub else None

    def month_of() -> int | None:
        if g.get("mon"):
            return MONTHS[g["mon"].lower().rstrip(".")]
        return int(g["m"]) if g.get("m") else None

    if kind in ("ymd", "ym", "md", "y", "yw", "m"):
        y = year_of()
        m = month_of()
        d = int(g["d"]) if g.get("d") else None
        if m is not None and not 1 <= m <= 12:
            return None
        return _period(y, m, d)
    if kind == "mdrange":
        first, last = _period(year_of(), month_of(), int(g["d"])), _period(year_of(), month_of(), int(g["d2"]))
        return (first[0], last[1], "day") if first and last and first[0] <= last[1] else None
    if kind == "acad":  # September to August
        return date(int(g["y1"]), 9, 1), date(int(g["y1"]) + 1, 8, 31), "month"
    if kind == "season":
        first = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}[g["season"].lower()]
        if g.get("_south"):
            first = (first + 5) % 12 + 1  # (the southern hemisphere's: spring is September to November)
        if g.get("y"):
            y = int(g["y"])
        elif pub is None:
            return None
        elif g.get("coming") is not None:
            # the season under way at publication, or else the next one to begin
            if (pub.month - first) % 12 <= 2:
                y = pub.year if pub.month >= first else pub.year - 1  # (a winter begun in December)
            else:
                y = pub.year if first > pub.month else pub.year + 1
        else:
            which = g["which"].lower()
            y = pub.year + (1 if which == "next" and first <= pub.month else 0) - (1 if which == "last" else 0)
        end_year, end_month = (y + 1, 2) if first == 12 else (y, first + 2)
        return date(y, first, 1), _month_end(end_year, end_month), "month"
    if kind == "mnext":
        if pub is None:
            return None
        m = MONTHS[g["mon"].lower().rstrip(".")]
        which = g["which"].lower()
        y = (
            pub.year
            + (1 if which == "next" and m <= pub.month else 0)
            - (1 if which == "last" and m >= pub.month else 0)
        )
        return _period(y, m)
    if kind == "q":
        if pub is None:
            return None
        q = int(g["q"]) if g.get("q") else _QUARTER_WORDS[g["qn"].lower()]
        return date(pub.year, 3 * q - 2, 1), _month_end(pub.year, 3 * q), "month"
    if kind == "ypart" and g.get("q"):
        y, q = int(g["y"]), int(g["q"])
        return date(y, 3 * q - 2, 1), _month_end(y, 3 * q), "month"
    if kind in ("ypart", "part"):
        y = year_of()
        part = g["part"].lower()
        part = {"end of the year": "end", "year-end": "end", "year end": "end"}.get(part, part)
        if y is None or part not in _PARTS:
            return None
        m1, m2 = _PARTS[part]
        return date(y, m1, 1), _month_end(y, m2), "month"
    if kind == "yrange":
        y1 = int(g["y1"])
        y2 = int(g["y2"]) if len(g["y2"]) == 4 else (y1 // 100) * 100 + int(g["y2"])
        if y2 < y1:
            return None
        return date(y1, 1, 1), date(y2, 12, 31), "year"
    if pub is None:
        return None
    if kind in ("mw", "mwd"):
        offset = _KO_MONTH_WORDS.get(g["mw"], _EN_MONTH_WORDS.get(g["mw"].lower(), 0))
        y, m = divmod(pub.month - 1 + offset, 12)
        return _period(pub.year + y, m + 1, int(g["d"]) if g.get("d") else None)
    if kind == "d":
        return _period(pub.year, pub.month, int(g["d"]))
    if kind == "qw":
        word = (g.get("qw") or g.get("qk") or "").lower()
        offset = {"next": 1, "다음": 1, "last": -1, "지난": -1}.get(word, 0)
        y, q = divmod((pub.month - 1) // 3 + offset, 4)
        return date(pub.year + y, 3 * q + 1, 1), _month_end(pub.year + y, 3 * q + 3), "month"
    if kind == "ww":
        word = (g.get("ww") or g.get("wk") or "").lower()
        monday = (
            pub
            - timedelta(days=pub.weekday())
            + timedelta(weeks={"next": 1, "다음": 1, "last": -1, "지난": -1}.get(word, 0))
        )
        if g.get("kwd") or g.get("ewd"):
            day = monday + timedelta(
                days="월화수목금토일".index(g["kwd"]) if g.get("kwd") else _WEEKDAYS.index(g["ewd"].lower())
            )
            return day, day, "day"
        return monday, monday + timedelta(days=6), "day"
    if kind == "within":
        n = g.get("n") or g.get("n2") or ""
        count = int(NUMBER_WORDS.get(n.lower(), 0) or n)
        months = 12 * count if (g.get("unit") or "").lower() == "years" else count
        if not 1 <= months <= 240:
            return None
        y, m = divmod(pub.month - 1 + months, 12)
        return pub, _month_end(pub.year + y, m + 1), "month"
    if kind == "dw":
        offset = _KO_DAY_WORDS.get(g["dw"], _EN_DAY_WORDS.get(g["dw"].lower(), 0))
        day = pub + timedelta(days=offset)
        return day, day, "day"
    if kind == "wd":
        target = _WEEKDAYS.index(g["wd"].lower())
        # News reports a weekday of the current week: the nearest one not after publication, unless "next".
        back = (pub.weekday() - target) % 7
        day = pub - timedelta(days=back)
        if "next" in g.get("_prefix", "") or (g.get("_ahead") and "last" not in g.get("_prefix", "")):
            day = pub + timedelta(days=(target - pub.weekday()) % 7 or 7)
        return day, day, "day"
    return None


# A verb of what is to come before a weekday ('will be launched on Monday'), not a report of it ('said on Monday')
_AHEAD_BEFORE = re.compile(
    r"\b(?:will|is\s+to\s+be|are\s+to\s+be|is\s+due\s+to|are\s+due\s+to|is\s+set\s+to|are\s+set\s+to)\b"
    # (in the weekday's own clause, and not a past act told in it: 'a memorandum signed on Monday')
    r"(?![^.;,]*\b(?:said|announced|told|confirmed)\b)[^.;,]*$(?<!ed on )(?<!ed )|"
    # ('The steering committee meets on Thursday to approve ...': a scheduled step in the present tense)
    r"\b(?:meets|opens|starts|begins|kicks\s+off|takes\s+place|convenes)\s+(?:again\s+)?(?:on\s+)?$",
    re.I,
)


# (a deadline counted from publication, "within", is dropped when there is none to count from)
_RELATIVE_KINDS = {"md", "yw", "part", "m", "mw", "mwd", "d", "dw", "wd", "qw", "ww", "q", "mnext", "season"}
_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4}
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


def _script(pattern: re.Pattern) -> str:
    """'ko' for a pattern that cannot match without Hangul, 'en' for one that needs English words, else 'any'."""
    source = pattern.pattern
    hangul = bool(re.search(r"[가-힣]", source))
    if hangul and not pattern.flags & re.I and not re.search(r"\[\.\\-/\]|~|to\|through", source):
        return "ko"
    if not hangul and pattern.flags & re.I and re.search(r"[a-z]{3}", source.replace("(?P", "")):
        return "en"
    return "any"


_SCRIPTS = [_script(pattern) for _, pattern in _PATTERNS]
# Patterns that cannot match without a word of their own: skipped, cheaply, in the sentences without it.
_NEEDS = {
    "fy": re.compile(r"FY|fiscal|financial", re.I),
    "fyr": re.compile(r"fiscal|financial", re.I),
    "fyr2": re.compile(r"fiscal|financial", re.I),
    "fy2": re.compile(r"FY|fiscal|financial", re.I),
    "fypart": re.compile(r"FY|fiscal|financial", re.I),
    "acad": re.compile(r"academic|school year", re.I),
    "season": re.compile(r"spring|summer|autumn|fall|winter", re.I),
    "mnext": re.compile(r"next|this|last", re.I),
    "q": re.compile(r"Q[1-4]|quarter", re.I),
    "within": re.compile(r"months|years", re.I),
    "mdrange": re.compile(r"\d\s*(?:–|-|—|to|through)\s*\d"),
    "qw": re.compile(r"quarter|분기", re.I),
    "ww": re.compile(r"week|주", re.I),
    "wd": re.compile(r"day\b", re.I),
}


# 'Vision 2030', 'the Research, Innovation and Enterprise 2030 (RIE2030) plan': a plan named with its year
_NAME_BEFORE_YEAR = re.compile(
    r"\b(?!(?:In|By|From|Since|Until|Through|Before|After|During|For|Of|To|And|Or|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
    r"Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|"
    r"Spring|Summer|Autumn|Fall|Winter|Fiscal|Financial|Year|Early|Late|Mid|End|Beginning|Start|Half|Quarter)\s)"
    r"(?P<word>[A-Z][a-z]+)\s$"
)
_PLAN_AFTER_YEAR = re.compile(
    r"\s*(?:\([A-Z0-9]{2,12}\)\s*)?(?:plan|strategy|programme|program|agenda|vision|initiative|framework|roadmap|"
    r"funding|mission|goals?|targets?)\b",
    re.I,
)


def _named_year(text: str, start: int, end: int) -> bool:
    """A year that is part of a plan's name ('Vision 2030 strategy', 'Horizon 2020'), not a date."""
    before = _NAME_BEFORE_YEAR.search(text[max(0, start - 30) : start])
    return bool(before) and (
        bool(_PLAN_AFTER_YEAR.match(text, end)) or before.group("word") in ("Vision", "Horizon", "Agenda")
    )


def find_dates(text: str, pub: date | None, fiscal: str = "") -> list[DateMention]:
    """Date expressions in a sentence, ranges and deadlines joined, in order of appearance; fiscal years by
    the convention of the country fiscal names (see fiscal_country)."""
    found: list[tuple[int, int, str, dict]] = []
    # Patterns of a script the sentence lacks cannot match: skip them (most sentences use one script).
    skip = {"ko"} if not re.search(r"[가-힣]", text) else set()
    if not re.search(r"[A-Za-z]{3}", text):
        skip.add("en")
    needed = {kind for kind, word in _NEEDS.items() if not word.search(text)}
    for (kind, pattern), script in zip(_PATTERNS, _SCRIPTS, strict=True):
        if script in skip or kind in needed:
            continue
        for m in pattern.finditer(text):
            g = m.groupdict()
            for key in ("y", "y1"):
                if g.get(key) and len(g[key]) == 2:
                    g[key] = "20" + g[key]  # ('26: this century's
            if kind == "yrange" and re.search(r"['‘’]\d{2}(?:\s*년)?$", m.group(0)):
                g["y2"] = "20" + g["y2"]  # ('27 ~ '28년: two years, no fiscal year)
            if kind == "wd":
                g["_prefix"] = m.group(0).lower()
                # ('the hub will be formally launched on Monday', written on a Thursday: the coming Monday)
                g["_ahead"] = bool(_AHEAD_BEFORE.search(text, max(0, m.start() - 80), m.start()))
            g["_by"] = m.group(0).lower().startswith("by ") or m.group(0) == "연내" or kind == "within"
            found.append((m.start(), m.end(), kind, g))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    mentions: list[DateMention] = []
    last_end = -1
    for start, end, kind, g in found:
        if start < last_end:
            continue
        if kind == "y" and _named_year(text, start, end):
            continue
        if kind == "wd" and any(f[0] > start and f[0] - end <= 2 and f[2] != "wd" for f in found):
            continue  # ('on Thursday 27 February', 'Tuesday, Feb. 27': the day's date follows, read by itself)
        if "_and" in g and not re.search(
            rf"\bbetween\s+(?:(?:early|mid|late)[- ])?{_MON}\s+and\s+$", text[:start], re.I
        ):
            continue
        last_end = end
        # A year-less or relative form needs a publication date; a year word inside counts as relative too.
        relative = kind in _RELATIVE_KINDS or bool(g.get("yw")) or (kind == "ym" and not g.get("y"))
        if kind == "yrange" and _split_year(g, text[end : end + 20]):
            kind = "fy2"  # '2026-27 to 2030-31': years split over two, as fiscal years are written
        try:
            period = (
                _fiscal(kind, g, fiscal)
                if kind in ("fy", "fy2", "fypart", "fyr", "fyr2")
                else _resolve(kind, g | {"_south": fiscal in _SOUTHERN}, pub)
            )
        except (ValueError, OverflowError):
            continue  # a date no calendar holds ('9999년 하반기' a year on): no date at all
        if period is None and not relative:
            continue
        s, e, precision = period if period else (None, None, "year" if kind in ("y", "yw") else "day")
        mention_kind = "range" if kind in ("yrange", "mdrange", "fyr", "fyr2") else "deadline" if g["_by"] else "point"
        mentions.append(
            DateMention(
                start,
                end,
                None if mention_kind == "deadline" else s,
                e,
                precision,
                mention_kind,
                resolved=period is not None,
                yearless=kind in ("md", "m", "q"),
            )
        )
    mentions = _durations(text, _day_ranges(text, _join_ranges(text, mentions)))
    # ('begins this fall, with its funding running to August 2029' after a three-year period found from the fall:
    # the date the period ends at is no step of its own)
    ends = {m.end_date for m in mentions if m.kind == "range"}
    mentions = [
        m
        for m in mentions
        if not (m.kind == "point" and m.end_date in ends and _UP_TO.search(text[max(0, m.start - 12) : m.start]))
    ]
    if pub is not None and not any(m.kind == "range" for m in mentions):
        # 'will put £14.5m into it over the next four years': from publication on
        ahead = _NEXT_YEARS.search(text)
        # (money spent over them makes them the programme's period; other plans over years are not dated steps)
        if ahead and re.search(r"[$€£¥₩]|\b(?:million|billion|funding|budget|grant|invest\w*)\b", text, re.I):
            n = int(NUMBER_WORDS.get(ahead.group("n").lower(), 0) or ahead.group("n"))
            if 1 <= n <= 20:
                end = _years_on(pub, n) + timedelta(days=1)  # the same day N years on
                kept = [m for m in mentions if not ahead.start() <= m.start < ahead.end()]  # (not a deadline too)
                mentions = sorted(
                    [*kept, DateMention(ahead.start(), ahead.end(), pub, end, "day", "range")],
                    key=lambda m: m.start,
                )
    return mentions


_UP_TO = re.compile(r"\b(?:to|until|till|through)\s+$", re.I)
_NEXT_YEARS = re.compile(
    r"\b(?:over|for|during|within|in)\s+the\s+(?:next|coming)\s+(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+years\b",
    re.I,
)
NUMBER_WORDS = {
    w: n for n, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), start=1)
}
# 'a five-year programme starting in January', 'for five years from October 2025', '2026년부터 5년간'.
_DURATION = re.compile(
    r"\b(?P<en>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)(?:-year\b|\s+years?\b)|(?P<ko>\d{1,2})\s?년\s?(?:간|동안)|"
    r"\b(?P<months>\d{1,3})(?:-month\b|\s+months\b|\s?개월\s?(?:간|동안))",  # ('runs for 60 months starting 1 June')
    re.I,
)
_START_BEFORE = re.compile(
    r"\b(?:starting|beginning|from|starts?|started|began|begins?|commenc\w+|launch\w*|kicked off)\s+"
    r"(?:(?:officially|formally)\s+)?(?:(?:its|their)\s+(?:work|operations?|activities)\s+)?(?:on\s+|in\s+)?"
    r"(?:the\s+)?$",
    re.I,
)


_START_WITHIN = re.compile(r"(?:from|since)\s", re.I)


# '2028년부터 3년간', '2029년까지 5년간': a period written right after the year it starts or ends in.
_KO_SPAN_AFTER = re.compile(r"^\s?(?P<dir>부터|까지)?\s?(?:향후\s?|앞으로\s?)?(?P<n>\d{1,2})\s?년\s?(?:간|동안)")


def _years_on(first: date, years: int, months: int = 0) -> date:
    """The last day of a period of N years (and months) from first: that long on, the day before (counted from the
    1st of the month, so that 29 February has an anniversary too)."""
    year, month = divmod(first.year * 12 + first.month - 1 + years * 12 + months, 12)
    return date(year, month + 1, 1) + timedelta(days=first.day - 2)


def _korean_spans(text: str, mentions: list[DateMention]) -> list[DateMention]:
    out = []
    for m in mentions:
        span = _KO_SPAN_AFTER.match(text[m.end :]) if m.kind in ("point", "deadline") and m.end_date else None
        years = int(span.group("n")) if span else 0
        if not 1 <= years <= 20 or (span.group("dir") is None) != (m.kind == "deadline"):  # '2029년까지' holds 까지
            out.append(m)
            continue
        if span.group("dir") == "부터" and m.start_date:
            first = m.start_date
            last = _years_on(first, years)
        else:
            last = m.end_date
            first = date(last.year - years + 1, 1, 1) if m.precision == "year" else m.start_date or m.end_date
        out.append(DateMention(m.start, m.end + span.end(), first, last, m.precision, "range", m.resolved, m.yearless))
    return out


def _durations(text: str, mentions: list[DateMention]) -> list[DateMention]:
    mentions = _korean_spans(text, mentions)
    durations = list(_DURATION.finditer(text))
    for d in durations:
        # 'over five years through 2029': the period ends at the date, and starts the years before it
        for i, m in enumerate(mentions):
            # ('42개월 동안, 2027년 12월까지': the months up to the date, written before it)
            ko_until = (
                m.start >= d.end()
                and re.fullmatch(r",?\s*", text[d.end() : m.start])
                and (m.kind == "deadline" or text[m.end : m.end + 2] == "까지")
            )
            if m.end_date and (
                # ('a ten-year term ending on 30 June 2036')
                re.fullmatch(
                    r",?\s+(?:(?:term|period|programme|program|project)\s+)?(?:through|until|till|to|ending(?:\s+in|\s+on)?)\s+",
                    text[d.end() : m.start],
                )
                or ko_until
            ):
                years = int(NUMBER_WORDS.get(d.group("en").lower(), 0) or d.group("en")) if d.group("en") else 0
                months = 12 * (years or int(d.group("ko") or 0)) or int(d.group("months") or 0)
                if 12 <= months <= 240:
                    end = m.end_date
                    # ('three years until March 2028' starts in April 2025)
                    y, month = divmod(end.year * 12 + end.month - months, 12)
                    start = date(end.year - months // 12 + 1, 1, 1) if m.precision == "year" else date(y, month + 1, 1)
                    mentions[i] = DateMention(d.start(), m.end, start, end, m.precision, "range", m.resolved)
                    return mentions
    # (a deadline beside it is another step: '3분기까지 변환을 마치고, 2027년 1월부터 6개월 동안 검증')
    if not durations or any(m.kind not in ("point", "deadline") for m in mentions):
        return mentions
    # The one date the period starts at ('starting in October'); other dates ('said on Friday') stay as they are.
    starts = [
        i
        for i, m in enumerate(mentions)
        if m.start_date
        and m.kind == "point"
        and (
            _START_BEFORE.search(text[max(0, m.start - 30) : m.start])
            or _START_WITHIN.match(text, m.start)  # the mention holds its word: 'from November'
            or text[m.end : m.end + 2] == "부터"
        )
        and not _DEADLINE_AFTER.match(text[m.end :].replace("부터", "", 1))
    ]
    if len(mentions) > 1 and len(starts) != 1 or not starts:
        return mentions
    m = mentions[starts[0]]
    # (of several periods, the one right before the start: '$15 million for its first two years, beginning Oct. 1,
    # and up to $160 million over 10 years')
    near = [d for d in durations if len(durations) == 1 or 0 <= m.start - d.end() <= 30]
    if len(near) != 1:
        return mentions
    d = near[0]
    months = int(d.group("months") or 0)
    years = 0 if months else int(d.group("ko") or NUMBER_WORDS.get(d.group("en").lower(), 0) or d.group("en"))
    if not (1 <= years <= 20 or 1 <= months <= 240):
        return mentions
    first = m.start_date
    last = _years_on(first, years, months)
    mentions[starts[0]] = DateMention(
        m.start, max(m.end, d.end()), first, last, m.precision, "range", m.resolved, m.yearless
    )
    return mentions


_WEEK_OF = re.compile(r"\bweek\s+of\s+$", re.I)


def _day_ranges(text: str, mentions: list[DateMention]) -> list[DateMention]:
    for m in mentions:
        if m.kind == "point" and m.precision == "day" and m.start_date and _WEEK_OF.search(text[: m.start]):
            m.end_date, m.kind = m.start_date + timedelta(days=6), "range"  # 'the week of Sept. 15'
            continue
        first = _FIRST_DAY.search(text[: m.start])
        if m.kind == "point" and m.precision == "day" and m.start_date and text[m.start].isdigit() and first:
            day = int(first.group(1))
            if 1 <= day < m.start_date.day:
                m.start_date = m.start_date.replace(day=day)
                m.start = first.start()
                m.kind = "range"
    return mentions


def _join_ranges(text: str, mentions: list[DateMention]) -> list[DateMention]:
    out: list[DateMention] = []
    i = 0
    while i < len(mentions):
        cur = mentions[i]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        # ('from June to December': the second month's match holds its 'to')
        between = text[cur.end : nxt.start] if nxt else ""
        if nxt and re.match(r"(?:to|until|through)\s", text[nxt.start : nxt.end], re.I):
            between += text[nxt.start : nxt.end].split()[0]
        if (
            nxt
            and _RANGE_JOIN.match(between)
            and (
                between.strip() not in ("and",)
                or _FROM_BEFORE.search(text[: cur.start])
                or re.match(r"between\s", text[cur.start :], re.I)
                # 'in 2027 and 2028', 'will run through 2027 and 2028'
                or (
                    cur.precision == nxt.precision == "year"
                    and re.search(r"\b(?:in|through|during|over|across)\s+$", text[: cur.start], re.I)
                )
                # ('over the 2026–27 and 2027–28 financial years', 'over FY2026-27 and FY2027-28': one after another)
                or (
                    cur.end_date is not None
                    and nxt.start_date is not None
                    and (nxt.start_date - cur.end_date).days == 1
                    and re.search(r"\b(?:in|through|during|over|across|for)\s+(?:the\s+)?$", text[: cur.start], re.I)
                )
            )
        ):
            compact = len(text[cur.end : nxt.start].strip()) <= 7
            if compact and cur.yearless and cur.start_date and nxt.end_date and not nxt.yearless:
                # 'between January and April 2027': the first month is in the year the range ends in.
                first = cur.start_date.replace(year=nxt.end_date.year)
                cur.start_date = first if first <= nxt.end_date else first.replace(year=first.year - 1)
            end_date = nxt.end_date
            if nxt.yearless and cur.start_date and end_date and end_date < cur.start_date:
                # 'from October to March', 'from November 3 to February 20': the end in the year after
                y = end_date.year + 1
                end_date = _month_end(y, end_date.month) if nxt.precision == "month" else end_date.replace(year=y)
            precision = max(cur.precision, nxt.precision, key=_PRECISION_RANK.__getitem__)
            end = nxt.end
            tail = _DEADLINE_AFTER.match(text[end:])
            if tail:
                end += tail.end()
            out.append(
                DateMention(cur.start, end, cur.start_date, end_date, precision, "range", cur.resolved and nxt.resolved)
            )
            i += 2
            continue
        tail = _DEADLINE_AFTER.match(text[cur.end :])
        if cur.kind == "point" and (tail or _DEADLINE_BEFORE.search(text[: cur.start])):
            cur.kind = "deadline"
            cur.start_date = None
            if tail:
                cur.end += tail.end()
        out.append(cur)
        i += 1
    return out
