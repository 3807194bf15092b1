"""Milestones: dated steps of a programme (events, phases, deadlines) found in its sentences."""

from __future__ import annotations

import re
from datetime import date, timedelta

from flows.dates import NUMBER_WORDS, DateMention, find_dates

# A sentence must speak of a step of the programme for its dates to be milestones.
EVENT_CUE = re.compile(
    r"개소식|출범식|발대식|협약식|창립총회|기념식|착수식|착수보고회|개막식|선포식|현판식|가입식|총회|킥오프|"
    r"개소|출범|발족|개원|개관|창립|설립|착수|체결|선정|가동|개최|열린|열렸|열어|열었|연다|열기로|열 계획|열 예정|"
    r"개막|오픈|문을 열|시작|돌입|워크숍|심포지엄|세미나|포럼|콘퍼런스|\bworkshop|\bsymposium|\bconference|\bsummit|"
    r"공개|발표할|출시|착공|준공|협약|맺었|맺은|맺고|가입|합류|지정|확정|\bjoin\w*|\bdesignat\w*|"
    r"\blaunch\w*|\binaugurat\w*|\bopen(?:ed|ing|s)?\b|\bkick(?:ed|s)?[- ]?off\b|\bsign(?:ed|ing)\b|\bceremony\b|"
    r"\bestablish\w*|\bfound(?:ed|ing)\b|\bunveil\w*|\bbegan\b|\bbegins?\b|\bstart(?:ed|s)?\b|\bselected\b|"
    r"\bannounced\b|\bconvene\w*|\bheld\b|\bmeeting\b|\bagreement\b|\bmemorandum\b|\baward(?:ed|s)?\b|\btakes? place\b|"
    r"\btook place\b|\btakes? effect\b|\bplenary\b|\bcommission\w*|\bgo live\b|\bgoes live\b|\bapproved\b|"
    r"\binstall(?:ed|ation)\b|\bhost(?:s|ed|ing)?\b|\bgeneral\s+assembly\b|\bAGM\b|"
    r"\b(?:mid-?term|interim|final)\s+(?:review|evaluation|assessment)\b|\bpublish\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:first\s+|final\s+)?results\b|\brecruit\w*|중간\s?평가|최종\s?평가|모집|"
    r"\bfield day\b|\bswitched on\b|\badmitted\b|\bcommenc\w*|\bwill meet\b|\bmeets? again\b|"
    r"\bmeets\s+(?:on|in|next|this)\b|"
    # a first version put out ('PDK v1.0 release: Q2 2027'; not 'said in a press release on Monday')
    r"(?<!press )(?<!news )(?<!media )\brelease\b(?!\s+date)|\btape-?out\b|"
    # a first trial, a pilot: '첫 시험 운항에 나선다', 'field trials begin next year'
    r"\bscheduled\b|\bslated\b|\b(?:is|are) due\b|"
    r"나선다|나설\s|나서기로|선보인다|선보일|시범\s?운영|시범\s?사업|시범\s?서비스|실증|시운전|시험\s?운항|\btrials?\b|\bpilot\b|"
    # a call for proposals: 'the first call closes 15 January', 'applications can be submitted from October'
    r"\bcalls?\s+(?:for\s+\w+\s+)?(?:opens?|closes?)\b|\bapplications?\b|\bapply\s+for\b|\bdeadline\b|접수|마감",
    re.I,
)
PHASE_CUE = re.compile(
    r"목표|구축|운영|추진|단계|계획|지원|투입|투자|수행|개발|완료|마련|확대|본격|예정|기간|마무리|완성|마치|방침|구상|"
    r"\bover the next\b|\bspend\w*|\binvest\w*|\bbudget\b|\bfinish\w*|\bduration\b|"
    r"\bphase\b|\bstage\b|\bperiod\b|\bwill run\b|\brun(?:s)? (?:from|until|through)\b|\bgoal\b|\baim\w*|"
    r"\btarget\w*|\bplan\w*|\bfund\w*|\bdevelop\w*|\bdeploy\w*|\bbuild\w*|\bcomplete\w*|\bexpand\w*|\bdeliver\w*",
    re.I,
)
_EVENT_NOUN = re.compile(
    r"[가-힣]{0,6}(?:개소식|출범식|발대식|협약식|창립총회|기념식|착수식|착수보고회|개막식|선포식|현판식|가입식|총회)|"
    r"\b(?:launch(?: event| ceremony)?|opening(?: ceremony)?|inauguration|kick-?off(?: meeting)?|signing ceremony|"
    r"ceremony|meeting)\b",
    re.I,
)
_QUOTED_LABEL = re.compile(r"[‘'“\"]([^’'”\"]{2,40})[’'”\"]")
# '지난해 매출', '2019년 설립된 A사': dates that describe a company rather than the programme.
_NOT_PROGRAMME = re.compile(
    # ('X, founded in 2019, makes ...'; not 'MSCMC was founded in 2024': the programme's own founding)
    r"설립된|창업한|매출|영업이익|주가|(?<!was )(?<!were )(?<!been )founded in \d{4}|revenue|sales|shares|"
    # a market's forecast: 'the global market is expected to exceed $13 billion by 2030', '시장 규모는 ... 전망이다'
    r"\bmarket\b[^.]{0,60}\b(?:expected|forecast|projected|estimated|set)\s+to\b|시장(?:\s?규모)?[은는이가][^.]{0,80}전망|"
    # a company's own funding round ('Lumina raised $28 million in a Series A round in June')
    r"\bSeries [A-F]\b|\bseed\s+round\b|시리즈\s?[A-F]\b|투자\s?라운드|"
    # a member's own listing or fundraising ('상장 주관사로 선정했다', 'raised $6 million in July')
    r"(?:^|[\s(])상장|코스닥|기업공개|\bIPO\b|투자(?:를)?\s?(?:받|유치)|"
    r"\b(?:raised|closed|completed)\b[^.]{0,40}\bfunding round|\bfunding round led by\b|\braised\s+(?:\$|€|£|US\$|\d)|"
    # how a country counts its years ("Japan's fiscal year begins in April."), not a step
    r"\b(?:(?:fiscal|financial)\s+year|FY\s?(?:19|20)\d{2})\s+(?:begins|starts|runs)\b",
    re.I,
)


def _label(sentence: str, mention: DateMention, kind: str) -> str:
    after = sentence[mention.end :]
    if kind == "event":
        noun = _EVENT_NOUN.search(after) or _EVENT_NOUN.search(sentence)
        if noun:
            return noun.group(0).strip()
    quoted = _QUOTED_LABEL.search(after)
    if quoted:
        return quoted.group(1).strip()
    goal = re.search(r"([가-힣A-Za-z ]{2,30}?)(?:을|를)\s?(?:목표로|목표)", after)
    if goal:
        text = re.sub(r"^(?:에는|에|는|은|부터|까지|에서)\s+", "", goal.group(1).strip())
        return re.sub(r"(?<=[가-힣])(?:을|를)\s", " ", text)
    cue = EVENT_CUE.search(after) or PHASE_CUE.search(after) or EVENT_CUE.search(sentence)
    words = re.split(r"[,.]", after.strip())[0][:40].strip()
    return words or (cue.group(0) if cue else sentence[mention.start : mention.end])


# One only weighing whether to join ('내년 상반기 중 가입 여부를 정하기로', '참여 여부는 하반기 중 확정될 예정', 'is in
# talks about joining later this year'): its dates are no step of the programme. Read in the date's own clause ('A사는
# 참여를 검토 중이며, 협의회는 하반기에 추가 회원사를 모집한다': the second clause's date stays).
_UNDECIDED = re.compile(
    r"(?:가입|참여|합류)\s?여부(?:는|가|를\s?두고|를?\s?(?:정하|결정|검토))|(?:가입|참여|합류)(?:을|를)?\s?(?:검토|타진|저울질)|"
    r"\b(?:consider\w*|weigh\w*|in talks about|in discussions about|expected to)\s+(?:whether\s+to\s+)?join",
    re.I,
)


def _clause(sentence: str, start: int, end: int) -> str:
    """The words between the commas or semicolons around a span."""
    left = max(sentence.rfind(",", 0, start), sentence.rfind(";", 0, start)) + 1
    right = min((i for i in (sentence.find(",", end), sentence.find(";", end)) if i >= 0), default=len(sentence))
    return sentence[left:right]


# '...했다고 14일 밝혔다', 'said on Monday': the day of the announcement, not a step of the programme.
# ('Kurobe ... today announced that on February 13 it concluded ...': the day it told, not the step)
_ANNOUNCED_AFTER = re.compile(
    r"^\s*(?:밝혔|발표했|전했|말했|알렸|공개했)|^\s+(?:announced|said|reported|disclosed)\s+(?:that\s+)?(?:on|in)\s"
)
# (not 'will be announced next spring': a step to come)
_ANNOUNCED_BEFORE = re.compile(r"(?<!\bbe\s)\b(?:said|announced|told|reported|stated)\s+(?:on\s+)?$", re.I)
# ('from fiscal 2026, which starts in April,': when that year begins, no step)
_FISCAL_START = re.compile(
    r"\b(?:fiscal|financial)\s+(?:year\s+)?\d{4}(?:[-–]\d{2})?,\s+which\s+(?:starts|begins)\s+(?:in|on)\s+$", re.I
)
# A page's time stamp ('2026-12-08 14:21'): the day it was published.
_STAMP_AFTER = re.compile(r"^\s*[-–—|]?\s*\d{1,2}:\d{2}\b")
_PAST = re.compile(
    r"했다|됐다|었다|았다|였다|\b(?:was|were|had|designated|selected|launched|signed|opened|confirmed|announced|"
    r"approved|awarded|agreed|received|formed|completed|chose|voted|admitted|secured)\b",
    re.I,
)
_FUTURE = re.compile(
    r"\bwill\b|\bwould\b|\bplans?\b|예정|계획|오는|할\s|하기로|\bto be\b|\bscheduled\b|\bstarting\b|\bbeginning\b|"
    # ('the programme starts in January': the next one)
    r"\b(?:starts|begins|opens|closes|kicks off|is due|are due|can be)\b|마감한다|마감된다|접수한다|받는다|"
    r"^\s*[A-Z]\w*\s+(?:start|begin)\s+in\b",  # ('Classes start in January': a heading's present)
    re.I,
)


# A year naming an edition rather than a time: '2026년 정기총회를 열고', '「2025년 지역혁신 선도기술 개발사업」
# 신규과제로', "the Partnership's 2026 hydrogen valleys call", 'STACK Developer Conference 2026'.
_EDITION_KO = re.compile(
    r"^(?:도)?\s?(?:[^\s,.]+\s){0,5}?[^\s,.]*?(?:사업|과제|공모|총회|이사회|위원회|사업계획|예산)"
    r"(?=[」’'\"()\s에의을를은는이가으로]|$)(?!\s?(?:착수|시작|개시|본격|완료|종료|마무리))"
)
_EDITION_EN = re.compile(r"^(?:\s+[\w\-]+){0,3}?\s+(?:call|round|season|edition|cohort)s?\b", re.I)
_EDITION_BEFORE = re.compile(r"(?:[「‘'\"“]|['’]s\s|\b(?:Conference|Summit|Forum|Expo|Congress)\s)$")


def _edition(sentence: str, mention: DateMention) -> bool:
    """A year written as part of a name ('2026년 정기총회', 'the CBE JU's 2025 call')."""
    if mention.kind != "point" or mention.precision != "year":
        return False
    text, after = sentence[mention.start : mention.end], sentence[mention.end :]
    if re.match(r"\s?(?:새로|처음)\s?(?:시작|도입|신설|마련)한\s", after):
        return True  # ("올해 새로 시작한 '... 실증 사업'의 수행기관으로": when the scheme began, not this one's step)
    if not re.match(r"\d{4}", text):
        return False
    return bool(
        _EDITION_BEFORE.search(sentence[: mention.start])
        or (text.endswith(("년", "년도")) and _EDITION_KO.match(after))
        or (text.isdigit() and _EDITION_EN.match(after))
    )


_OPEN_ENDED_BEFORE = re.compile(r"\b(?:after|since|beyond)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I)
_OPEN_ENDED_AFTER = re.compile(r"^\s?(?:이후|이래|부터\s?계속)")
# The programme's own founding stays one of its steps for a few years ('2024년 11월 출범했다').
_FOUNDED = re.compile(r"출범|발족|창립|\blaunched\b|\bfounded\b|\bformed\b|\bset up\b", re.I)
_EARLIER = re.compile(
    r"\bbuilds? on\b|\bsucceeds?\b|\bpredecessor\b|\bprevious\b|\bran from\b|\bformer\b|"
    r"이전\s?(?:사업|과제|컨소시엄)|선행\s?(?:사업|과제|연구)",
    re.I,
)
_JOINED = re.compile(r"합류|가입|\bjoined\b|\bbecame (?:a )?members?\b|\bsigned on\b", re.I)
_SELECTED = re.compile(r"선정|지정|선발|\bselected\b|\bdesignated\b|\bchosen\b", re.I)
# ('the first call closes 15 January', 'the deadline for applications is 15 March')
_CLOSES = re.compile(r"\b(?:closes?|closing|deadline(?:\s+for\s+[a-z]+(?:\s+[a-z]+)?)?(?:\s+is)?)\s+(?:on\s+)?$", re.I)
_CLOSES_AFTER = re.compile(r"^\s?(?:까지\s?)?(?:접수\s?)?마감")
_GOAL_AFTER = re.compile(r"^(?:까지)?\s?(?:[^\s.,]+\s){0,3}?[^\s.,]*(?:목표|target|goal)", re.I)


def _next_year(day: date) -> date:
    """The same day a year on; the last day of a month stays its last ('by the end of February')."""
    if (day + timedelta(days=1)).month == day.month:
        return day.replace(year=day.year + 1)
    first_after = date(day.year + 1 + day.month // 12, day.month % 12 + 1, 1)
    return first_after - timedelta(days=1)


def sentence_milestones(
    sentence: str, published: date | None, fiscal: str = "", that_day: date | None = None, timeline: bool = False
) -> list[dict]:
    """Milestones of one sentence: one per date expression in a sentence about a programme step (fiscal: the
    country whose fiscal years the article counts in, flows.dates.fiscal_country; that_day: the day the article
    last named, which '이날' refers back to; timeline: the sentence is a line of a timeline, a step whatever its
    words)."""
    if _NOT_PROGRAMME.search(sentence):
        return []
    # A period or a 'by 2030' goal is a step in itself; a single date needs words that make it one.
    cued = timeline or bool(EVENT_CUE.search(sentence) or PHASE_CUE.search(sentence))
    rows = []
    for mention in find_dates(sentence, published, fiscal):
        after = sentence[mention.end :]
        if that_day and sentence[mention.start : mention.end] in ("이날", "당일"):
            # ('지난 18일 개소식을 열었다. ... 이날 개소식에는'): the day told before, not the day of publication
            mention.start_date = mention.end_date = that_day
        if _ANNOUNCED_AFTER.match(after) or _ANNOUNCED_BEFORE.search(sentence[: mention.start]):
            continue
        if _edition(sentence, mention) or re.match(r"['’]s\s", after):
            continue  # ("funded in this year's Endeavour round": the year a thing belongs to, no step of its own)
        if _STAMP_AFTER.match(after) or _UNDECIDED.search(_clause(sentence, mention.start, mention.end)):
            continue
        if re.match(r"\s*\((?:[A-Z]{2,8}|Reuters|Xinhua|Yonhap|Kyodo|Bernama)\)", after):
            continue  # ('NEW DELHI, Jan 28 (PTI)': a wire's dateline, the day it was filed)
        if _FISCAL_START.search(sentence[: mention.start]):
            continue
        if _OPEN_ENDED_BEFORE.search(sentence[: mention.start]) or _OPEN_ENDED_AFTER.match(sentence[mention.end :]):
            continue  # 'after 2030', '2030년 이후': no step, only a side of one
        if (
            mention.yearless
            and published
            and (mention.start_date or mention.end_date)
            # (a deadline has its end only: 'by the end of March' written in September)
            and (published - (mention.start_date or mention.end_date)).days > 45
            and _FUTURE.search(sentence)
            # (not 'Wellcome confirmed in January a grant ..., which will run': the date's own verb is past)
            and not re.search(r"(?<!\bbe )\b[a-z]{3,}ed\s+(?:(?:in|on)\s+)?$", sentence[: mention.start])
        ):
            # 'will launch on Jan. 23' written in December: the coming January.
            mention.start_date = mention.start_date and _next_year(mention.start_date)
            mention.end_date = _next_year(mention.end_date)
        elif (
            mention.yearless
            and published
            and mention.start_date
            and (mention.start_date - published).days > 31
            and _PAST.search(sentence)
            and not _FUTURE.search(sentence)
        ):
            # 'designated the hub in December' written in April: last December.
            mention.start_date = mention.start_date.replace(year=mention.start_date.year - 1)
            mention.end_date = mention.end_date.replace(year=mention.end_date.year - 1)
        if (
            mention.kind == "point"
            and published
            and mention.end_date
            # (founding and joining are the programme's own history: a longer look back)
            and (published - mention.end_date).days
            > (1100 if _FOUNDED.search(sentence) or _JOINED.search(sentence) else 400)
        ):
            continue  # background history ('the programme began in 1990'), not a step of this programme
        # ('오는 3월부터 어장 12곳에 부이를 띄운다': a date told as the coming one is a step ahead)
        if mention.kind == "point" and not cued and not re.search(r"(?:^|\s)오는\s?$", sentence[: mention.start]):
            continue
        if published and mention.end_date and mention.end_date < published and _EARLIER.search(sentence):
            continue  # 'builds on a smaller pilot run from 2020 to 2023': an earlier effort's dates
        if (
            mention.kind == "point"
            and mention.precision == "year"
            and published
            and mention.end_date
            and mention.end_date < published
            and not _FOUNDED.search(sentence)
            and not _SELECTED.search(sentence)
        ):
            continue  # 'the mass bleaching of 2024', '지난해 마무리한 투자': a past year is background, not a step
        if mention.kind == "range":
            # A few days ('the kick-off on 27-28 January') are an event; longer periods are phases.
            short = mention.precision == "day" and mention.start_date and mention.end_date
            kind = "event" if short and (mention.end_date - mention.start_date).days <= 14 else "phase"
        elif mention.kind == "deadline" or (mention.precision == "year" and _GOAL_AFTER.match(sentence[mention.end :])):
            # '2035년 i-SMR 상용화 목표', 'a 2030 target': a goal set at a year is a deadline.
            kind = "deadline"
            mention.start_date = None
        elif _CLOSES.search(sentence[max(0, mention.start - 45) : mention.start]) or _CLOSES_AFTER.match(
            sentence[mention.end :]
        ):
            kind = "deadline"  # 'the first call closes 15 January', '5월 31일 마감': the last day
            mention.start_date = None
        else:
            kind = "event"
        rows.append(
            {
                "start_date": mention.start_date,
                "end_date": mention.end_date,
                "date_precision": mention.precision,
                "kind": kind,
                "label": _label(sentence, mention, kind),
                "start": mention.start,
                "end": mention.end,
            }
        )
    return rows


# 'Month 18 - harmonised protocol', 'Months 1-12 - screening', 'by month 36': a step counted in project months
_PROJECT_MONTH = re.compile(
    r"\b[Mm]onths?\s+(?P<a>\d{1,3})(?:\s*(?:[-–—]|to|and)\s*(?:[Mm]onth\s+)?(?P<b>\d{1,3}))?\b"
    r"(?!\s*(?:months|years|%)|\s+(?:being|is|was|=|corresponds)\b)"
)
_DUE = re.compile(r"\b(?:due|submit\w*|deliver\w*|deadline|D\d+\.\d+|report|milestone\s+M?\d)", re.I)
# 'During the first 18 months, ...', 'in the first two years of the project': the opening stretch of the project
_FIRST_MONTHS = re.compile(
    r"\b(?i:during|in|over|within|for)\s+(?:the|its)\s+first\s+(?P<n>\d{1,3}|two|three|four|five|six|nine|twelve)\s+"
    # (the project's, set off before what happens in it: not 'a programme in the first three months after discharge')
    r"(?P<unit>months|years)(?=\s*,|\s+of\s+(?:the|its)\s+(?:project|programme|program|grant|action)\b)"
)
_PROJECT_END = re.compile(r"\b[Bb]y the end of the (?:project|programme|program|grant|action)\b")
# 'with month 1 being January 2026': the month the count starts at
_MONTH_ONE = re.compile(r"\b[Mm]onth\s+(?:1|one)\s+(?:being|is|was|=|corresponds\s+to)\s+(?P<date>[^.;)\n]{3,30})")


def _month_on(first: date, n: int) -> tuple[date, date]:
    """The first and last day of project month n, month 1 being first's month."""
    y, m = divmod(first.month - 1 + n - 1, 12)
    start = date(first.year + y, m + 1, 1)
    y2, m2 = divmod(start.month, 12)
    return start, date(start.year + y2, m2 + 1, 1) - timedelta(days=1)


def project_month_milestones(body: str, published: date | None, phases: list[tuple[date, date]]) -> list[dict]:
    """Steps an article dates in project months ('Month 18 - protocol submitted', 'Months 1-12 - screening'),
    counted from the month it says is month 1 or else from the start of its longest period (phases: the first and
    last days of the article's periods); a single month is a deadline at its end, a run of months a phase. Offsets
    are in the body."""
    if not (_PROJECT_MONTH.search(body) or _FIRST_MONTHS.search(body) or _PROJECT_END.search(body)):
        return []
    one = _MONTH_ONE.search(body)
    found = find_dates(one.group("date"), published) if one else []
    # (else the longest period the article gives, the project's own: not a background '2021-2022')
    longest = max(phases, key=lambda p: ((p[1] - p[0]).days, -p[0].toordinal()), default=None)
    first = found[0].start_date if found and found[0].start_date else longest[0] if longest else None
    if first is None:
        return []
    rows = []
    for m in _FIRST_MONTHS.finditer(body):
        # 'During the first 18 months, the partners will map ...': the project's opening stretch
        n = int(NUMBER_WORDS.get(m.group("n").lower(), 0) or m.group("n"))
        months = n * 12 if m.group("unit").lower().startswith("year") else n
        if 1 <= months <= 120:
            line_end = body.find("\n", m.end())
            told = body[m.end() : line_end if line_end >= 0 else None]
            label = re.split(r"[.;]", told.strip(" ,"))[0][:80].strip() or m.group(0)
            rows.append(_month_row(first, _month_on(first, months)[1], "phase", label, m))
    if longest and (m := _PROJECT_END.search(body)):
        # 'By the end of the project, 400 entrepreneurs are to be trained': a goal at the project's last day
        rows.append(_month_row(None, longest[1], "deadline", m.group(0), m))
    for m in _PROJECT_MONTH.finditer(body):
        a, b = int(m.group("a")), int(m.group("b") or 0)
        if not 1 <= a <= 120 or (b and not a < b <= 120):
            continue
        start, end = _month_on(first, a)
        if b:
            end = _month_on(first, b)[1]
        line_end = body.find("\n", m.end())
        told = body[m.end() : line_end if line_end >= 0 else None]
        label = re.sub(r"^[\s\-–—:,)]+|\([^()]*\)", "", told)
        # a deliverable is due by the month's end ('Month 6 - plan submitted (D1.2)', 'by month 18'); other steps
        # happen in it ('Month 9: first survey of tenants')
        due = _DUE.search(told) or re.search(
            r"\b(?:by|before|until|due)\s+(?:in\s+)?$", body[max(0, m.start() - 12) : m.start()]
        )
        kind = "phase" if b else "deadline" if due else "event"
        label = re.split(r"[.;]", label.strip(" -–—:"))[0][:80].strip() or m.group(0)
        rows.append(_month_row(None if kind == "deadline" else start, end, kind, label, m))
    return rows


def _month_row(start: date | None, end: date, kind: str, label: str, m: re.Match) -> dict:
    return {
        "start_date": start,
        "end_date": end,
        "date_precision": "month",
        "kind": kind,
        "label": label,
        "start": m.start(),
        "end": m.end(),
    }
