"""People the article ties to an institution anywhere in its text ('KAIST 김기응 교수', '박정훈 효성티앤씨 대표',
'Professor Jane Doe of X', "X's CEO John Smith", 'Jane Doe, a professor at X'), set on that institution's row
when the sentence that gave the row named nobody."""

from __future__ import annotations

import re

import polars as pl

from flows.extract.mentions import TITLES_KO, UNIT_AT
from flows.extract.orgs import country_code, looks_like_org

_NAME_KO = r"(?<![가-힣])[가-힣]{2,4}"  # (a whole word: not the tail of one, '얼라이언스 의장')
# A unit between the organisation and the title: '연세대 의대 항공우주의학교실 교수', 'KAIST 기계공학과 김 교수'.
_UNIT_WORDS = r"대학|학과|학부|교실|연구소|연구실|센터|본부|사업단|부문|실|팀|과|원|소|공장|병원|캠퍼스"
_UNIT_KO = rf"(?:[가-힣A-Za-z0-9]+(?:{_UNIT_WORDS})\s)"
# A word of two to four syllables that is a unit, not a person ('신경과', '의학과', '공학부')
_UNIT_NAME = re.compile(r"[가-힣]{1,3}(?:과|학부|교실|센터|본부|팀)")
_TITLE_KO = rf"(?:[가-힣A-Za-z]{{0,8}}?(?:{TITLES_KO}))"
# A title ends where a particle or the phrase does: '교수가', '대표는', '원장)'.
_TITLE_END = r"(?=[이가은는을를의과와도께다(]|[\s,.)”\"’']|$)"
# 'KAIST 기계공학과 오세진 교수', '딥엣지반도체에서는 김도윤 대표', 'ETRI (연구책임자 이수민 책임연구원)'.
_AFTER_ORG_KO = re.compile(
    # ('부산대학교(총장 ○○○)는 지구과학교육과 윤채원 교수가': its head in brackets, then the person)
    # ('아주대학교병원 (데이터 품질관리 총괄, 책임자 장현우 응급의학과 교수)': a note, then the person and their unit)
    # ('| 분당서울대학교병원 | 한지수 교수(연구단장) |': the next cell of a table's row)
    # ('ETRI 쪽 연구책임자인 임재경 책임연구원은': its side, and the part the person plays; '- [공동] ㈜세라믹스원 –
    # 오지현 대표 :' a line's dash)
    rf"^(?:\([^()]{{1,20}}\))?(?:에서는|에서|의|\s?측|\s?쪽|는|은|\s?[|｜–—]|\s-(?=\s))?\s?(?:\((?:[^(),]{{1,30}},\s)?)?"
    rf"(?:(?:연구\s?책임자|책임자|단장|대표)(?:인)?)?\s?{_UNIT_KO}{{0,2}}(?P<name>{_NAME_KO})\s{_UNIT_KO}?"
    rf"(?P<title>{_TITLE_KO}){_TITLE_END}"
)
# '한국석유공사 (사업단장 오준석)': the title before the name in brackets.
_BRACKET_AFTER_ORG_KO = re.compile(
    rf"^\s?\((?:(?P<title>{_TITLE_KO})\s(?P<name>{_NAME_KO})|(?P<name2>{_NAME_KO})\s(?P<title2>{_TITLE_KO}))\)"
)
# '서지훈 교수(연세대학교 화공생명공학과)': the person first, the organisation in brackets.
_BRACKET_BEFORE_ORG_KO = re.compile(rf"(?P<name>{_NAME_KO})\s(?P<title>{_TITLE_KO})\s?\($")
# '한국과학기술정보연구원' ends like the title 연구원 (researcher) but is an institute.
_TITLE_FIRST = re.compile(rf"(?:{TITLES_KO})")
_INSTITUTE = re.compile(r"(?![책선수전]?[임석]?연구원$)[가-힣A-Za-z]{2,}연구원")
# '정재훈 현대모비스 대표이사가': the person's name before the organisation, the title after it.
# ('[인터뷰] 고은별 / 제주테크노파크 원장': a broadcast's caption, the name and a slash before the organisation)
_NAME_BEFORE_KO = re.compile(rf"(?:^|[\s(\"“‘'])(?P<name>{_NAME_KO})\s(?:/\s)?$")
_GLUED_END = r"(?=[이가은는을를의과와도\s,.]|$)"  # (a particle or the phrase's end after a title glued to a name)
# '이천시장', '고성군수', '경상남도지사', '강남구청장': the head of a local government, its title glued to its name
_LOCAL_HEAD = re.compile(rf"(?:시장|군수|도지사|구청장){_GLUED_END}")
# '국립재난안전연구원장': the head of a body, '장' glued to its name
_GLUED_HEAD = re.compile(rf"장{_GLUED_END}")
_TITLE_AFTER_ORG_KO = re.compile(rf"^(?:\([^()]{{1,15}}\))?\s?{_UNIT_KO}{{0,2}}(?P<title>{_TITLE_KO}){_TITLE_END}")

# 'Mei Lin Chow', 'J. Smith', 'Marieke van der Veen'; no full stop
_NAME_EN = (
    r"[A-Z](?:[\w'’\-]+|\.)(?:(?:\s+(?:van|von|der|den|de|del|della|da|di|du|la|le|ter|ten|bin|al))*"
    r"\s+[A-Z](?:[\w'’\-]+|\.)){1,3}"
)
_HONORIFIC = r"(?:(?:Associate|Assistant)\s+)?Professor|Prof\.?|Dr\.?"
# Case-blind: 'KAIST President Lee', 'Lee, the university's president'.
_TITLE_EN = (
    r"(?i:(?:(?:associate|assistant|full|research|executive|managing|scientific|program|programme|deputy|general|"
    r"founding|vice)[\s-]+)*(?:professor|director(?:\s+general)?|chief executive(?: officer)?|ceo|cto|president|"
    r"chair(?:man|woman)?|dean|head|minister|secretary|principal investigator|chief technology officer|"
    r"managing director|lead researcher|senior researcher|principal researcher|(?:vice-)?chancellor|provost|"
    r"rector|executive chair|chief scientist|manager))"
)
# Before the organisation: 'Professor Jane Doe of', 'Jane Doe, an associate professor of physics at the',
# 'Professor Anjali Rao, who heads the Centre for Atmospheric Sciences at', 'Minister Park Jin-ho of the'.
_BEFORE_ORG_EN = [
    re.compile(
        rf"\b(?P<title>Professor|Prof\.?|Dr\.?)\s+(?P<name>{_NAME_EN})\s*,?\s+(?:of|at|from)\s+(?:the\s+)?"
        # ('Professor Siobhán Ní Fhlatharta of the School of Biological Sciences at'): the unit, then its body
        rf"(?:{UNIT_AT}(?:the\s+)?)?$"
    ),
    re.compile(
        # ('Rosa Delgado, director of the Water, Energy and Technology Center at': commas inside a unit's name)
        # ('Sarah Okafor is director of the alliance and head of skills at')
        rf"(?P<name>{_NAME_EN})(?:,|\s+is)\s+(?:an?\s+|the\s+)?(?P<title>{_TITLE_EN})\b[^.;]{{0,80}}?\s(?:of|at|in)\s+"
        r"(?:the\s+)?$"
    ),
    # 'Katrin Vogel, a naval architect at the', 'Yusuke Ota, an executive officer at': any title after 'a'
    re.compile(
        rf"(?P<name>{_NAME_EN}),\s+an?\s+(?P<title>[a-z][a-z\-]+(?:\s[a-z][a-z\-]+){{0,5}})\s(?:at|with)\s+(?:the\s+)?$"
    ),
    re.compile(
        rf"\b(?P<title>Professor|Prof\.?|Dr\.?)\s+(?P<name>{_NAME_EN}),\s+who\s+(?:heads|directs|leads|chairs|runs)\b"
        r"(?:[^.;]{0,80}?\s(?:at|of))?\s+(?:the\s+)?$"  # ('..., who leads NTNU's electrochemistry group')
    ),
    # 'Dr. Kavitha Rao, Director, ICMR-National Institute of Epidemiology', 'Dr. Arvind Menon, Secretary,
    # Department of Health Research and Director General, ICMR': name, title and organisation set off by commas
    re.compile(
        rf"(?P<name>{_NAME_EN}),\s+(?:[^.;]{{0,80}}?\s+and\s+)?(?P<title>(?=[A-Z])(?i:{_TITLE_EN})),\s+"
        # (and the unit they head: 'Director, Centre for Clinical Research, Kenya Medical Research Institute')
        r"(?:(?:Centre|Center|School|Department|Faculty|Division|Institute|College|Unit|Office)\b[^,.;]{0,60},\s+)?"
        r"(?:the\s+)?$"
    ),
    re.compile(
        rf"\b(?P<title>(?:(?:Associate|Assistant|Research)\s+)?Professor|Minister|Director|President|Dean|Chair|CEO)"
        rf"\s+(?P<name>{_NAME_EN})\s*,?\s+(?:of|at|from)\s+(?:the\s+)?$"
    ),
]
# After it: "'s chief executive John Smith", ' director Marek Nowicki', ', where Professor Aino Lehtonen chairs',
# ' under Professor Hannah Whitcombe', ', headed by Professor Katrin Albers'.
# ('University of Cincinnati engineering professor Marcus Bell': the field before the title)
_AFTER_ORG_EN = re.compile(
    rf"^(?:['’]s)?\s+(?:[a-z]{{4,}}\s+){{0,2}}?(?P<title>{_TITLE_EN})\s*,?\s+(?P<name>{_NAME_EN})"
)
# 'Research Institute for Development (IRD), whose ecologist Julien Marchetti': any title after 'whose'
_WHOSE_EN = re.compile(
    r"^\)?,\s+whose\s+(?!(?:[a-z\-]+\s+){0,3}?(?:include|includes|included|are|is|was|were|has|have|will|comprise)\b)"
    rf"(?:[a-z\-]+\s+){{0,3}}?(?P<title>[a-z][a-z\-]+),?\s+(?:{_HONORIFIC}\s+)?(?P<name>{_NAME_EN})"
)
# "Storm Bay's general manager of sustainability, Cameron Drysdale": any lower-case title, set off by a comma
_OWNED_TITLE_EN = re.compile(rf"^['’]s\s+(?P<title>[a-z][a-z\- ]{{2,60}}?),\s+(?:{_HONORIFIC}\s+)?(?P<name>{_NAME_EN})")
# 'Host institution: University of Mpumalanga' then 'Chairholder: Professor Thandeka Mokoena': the person's field
# on the next line
_FIELD_PERSON_EN = re.compile(
    r"^[ \t]*\n[ \t]*(?:Chairholder|Chair|Director|Lead|Project lead|Principal investigator|Programme director|"
    rf"Program director|Centre director|Center director|Hub director|Contact)\s*:\s*(?P<title>{_HONORIFIC})\s+"
    rf"(?P<name>{_NAME_EN})"
)
# "said Ana Lisa Reyes, IRRI's country representative": the person first
_NAME_BEFORE_OWNER_EN = re.compile(rf"(?P<name>{_NAME_EN}),\s+$")
_OWNER_TITLE_EN = re.compile(r"^['’]s\s+(?P<title>[a-z][a-z\- ]{2,60}?)(?=[,.;]|\s+(?:at|in|who|and|said)\b)")
# 'At the University of Bath, Dr Hannah Okafor, reader in physics, will', 'At AVC in Charlottetown, Pierre-Luc
# Arsenault, a professor of': the organisation set first, then its person
_AT_ORG_BEFORE_EN = re.compile(r"(?:^|[.!?]\s+|\n)At\s+(?:the\s+)?$")
_AT_ORG_AFTER_EN = re.compile(
    rf"^(?:\s+in\s+[A-Z][\w\-]+)?,\s+(?:(?P<title>{_HONORIFIC})\s+(?P<name>{_NAME_EN})|"
    rf"(?P<name2>{_NAME_EN}),\s+(?:an?\s+|the\s+)?(?P<title2>[a-z][a-z\- ]{{2,60}}?),)"
)
_CLAUSE_AFTER_ORG_EN = re.compile(
    r"^(?:\s*\([^)]{1,20}\))?[^.;\n|]{0,60}?(?:\b(?:under|where|headed by|led by|chaired by|directed by|with)|"
    r" [–—-])\s+"  # (' (School of Informatics) – Professor Callum Fraser': a list line's person after a dash)
    r"(?P<title>(?:(?:[Aa]ssociate|[Aa]ssistant|[Rr]esearch)\s+)?[Pp]rofessor|Prof\.?|Dr\.?|[Dd]irector|Minister)\s+"
    rf"(?P<name>{_NAME_EN})"
)

# The person heading the whole work, named without an organisation beside them.
_HEAD_PERSON_KO = re.compile(
    rf"(?:총괄\s?책임자|연구\s?책임자|과제\s?책임자|사업\s?책임자|총괄\s?연구\s?책임자)(?:는|은)\s"
    rf"(?:[가-힣A-Za-z0-9]+\s){{0,3}}?(?P<name>{_NAME_KO})\s(?P<title>{_TITLE_KO}){_TITLE_END}"
)
# '센터장을 맡은 최은비 항공우주및기계공학부 교수는': the person who took the head's office, then their unit and title
# ('사업단장은 지능로봇공학과 이재성 교수가 맡았다': the office first, its holder after)
_HEAD_TAKEN_KO = re.compile(
    rf"(?:센터장|연구단장|사업단장|연구소장|단장)(?:(?:을|를)\s맡은\s(?P<name>{_NAME_KO})\s(?:[가-힣A-Za-z0-9]+\s){{0,2}}?"
    rf"(?P<title>{_TITLE_KO}){_TITLE_END}|(?:은|는)\s(?:[가-힣A-Za-z0-9]+\s){{0,2}}?(?P<name2>{_NAME_KO})\s"
    rf"(?P<title2>{_TITLE_KO})(?:이|가)\s맡)"
)
_HEAD_PERSON_EN = re.compile(
    r"\b(?:[Tt]he\s+)?(?:principal investigator|project (?:lead|leader|coordinator)|programme director|"
    r"program director|scientific coordinator)\s+(?:is|will be)\s+"
    rf"(?P<title>Professor|Prof\.?|Dr\.?)\s+(?P<name>{_NAME_EN})|"
    # ('says Professor Ingvild Strand Mikalsen, who will lead SFI FishSense as centre director')
    rf"\b(?P<title2>Professor|Prof\.?|Dr\.?)\s+(?P<name2>{_NAME_EN}),\s+who\s+(?:will\s+)?(?:lead|leads|head|heads|"
    r"direct|directs)\s+[^,.;]{0,60}?\s+as\s+(?:its\s+|the\s+)?(?:centre|center|hub|network|project|programme|"
    r"program|scientific)?\s*director\b"
)

# Which of an organisation's rows a person belongs on when the article gives it several roles.
_ROLE_ORDER = {
    "lead": 0, "co": 1, "partner": 2, "international": 3, "consigned": 4, "organiser": 5, "other": 6, "host": 7,
}  # fmt: skip


def _find_person(body: str, names: list[str], language: str) -> tuple[str, str] | None:
    """The first person written beside one of the organisation's names, with their title."""
    best: tuple[int, str, str] | None = None
    # '경상국립대학교' is written '경상국립대' as often as not.
    # ('부산대학교병원' as '부산대병원')
    names = names + [n.replace("대학교", "대", 1) for n in names if "대학교" in n and len(n) > 4]
    for name in names:
        s = body.find(name)
        while s >= 0:
            e = s + len(name)
            # a whole name, not a piece of a longer word ('KT' in 'KTX'); Korean particles may follow
            # ('ICMR' in 'ICMR-National Institute of Epidemiology' neither)
            whole = not (s and (body[s - 1].isalnum() or body[s - 1] == "_")) and not re.match(
                r"[A-Za-z0-9]|-[A-Za-z]", body[e : e + 2]
            )
            found = _person_at(body, s, e, language) if whole else None
            if found and (best is None or s < best[0]):
                best = (s, *found)
            s = body.find(name, e)
    return (best[1], best[2]) if best else None


def _person_at(body: str, s: int, e: int, language: str) -> tuple[str, str] | None:
    before, after = body[max(0, s - 120) : s], body[e : e + 120]
    if language == "ko":
        # (a Korean name and title sit on the organisation's line: a list's last item is not the next line's head)
        before, after = before.rsplit("\n", 1)[-1], after.split("\n", 1)[0]
        head = _LOCAL_HEAD.match(body[e - 1 : e + 3])
        named = _NAME_BEFORE_KO.search(before)
        if head and named:
            return named.group("name"), head.group(0)  # '박성호 이천시장은': the city's mayor
        glued = re.search(r"(?:원|청|처|소|단|센터)$", body[s:e]) if _GLUED_HEAD.match(body, e) else None
        if glued and named:
            return named.group("name"), glued.group(0) + "장"  # '김도윤 국립재난안전연구원장이': its head
        if re.match(r"[가-힣]", body[e : e + 1]) and not re.match(r"(?:에서는|에서|의|측|은|는)\s", body[e:]):
            return None  # the name runs on into a longer word
        bracketed = _BRACKET_AFTER_ORG_KO.match(after)
        if bracketed and bracketed.group("name2"):
            return bracketed.group("name2"), bracketed.group("title2")  # '한국과학기술연구원(정은비 책임연구원)'
        m = _AFTER_ORG_KO.match(after) or bracketed or _BRACKET_BEFORE_ORG_KO.search(before)
        # '에어팜 대표가 회장을': a title with its particle is no name; '한지수 분당서울대병원 신경과 교수': a unit
        if (
            m
            and not _INSTITUTE.fullmatch(m.group("title"))
            and not _TITLE_FIRST.match(m.group("name"))
            and not _UNIT_NAME.fullmatch(m.group("name"))
            # ('영국과 독일의 대표 연구기관': a country and its particle, no person)
            and not country_code(re.sub(r"의$", "", m.group("name")))
        ):
            return m.group("name"), m.group("title")
        named, titled = _NAME_BEFORE_KO.search(before), _TITLE_AFTER_ORG_KO.match(after)
        if named and titled and not _INSTITUTE.fullmatch(titled.group("title")):
            return named.group("name"), titled.group("title")
        return None
    # (a person of its unit is its person too: 'Dr Kirra Walsh, a plant geneticist at CSIRO Agriculture and Food')
    for pattern in _BEFORE_ORG_EN:
        m = pattern.search(before)
        if m:
            return m.group("name"), _title_en(m.group("title"))
    if re.match(r"\s+[A-Z][a-z]", after) and not (_AFTER_ORG_EN.match(after) or _FIELD_PERSON_EN.match(after)):
        return None  # 'STFC' inside 'STFC Daresbury Laboratory': another organisation's name
    m = (
        _AFTER_ORG_EN.match(after)
        or _WHOSE_EN.match(after)
        or _CLAUSE_AFTER_ORG_EN.match(after)
        or _OWNED_TITLE_EN.match(after)
        or _FIELD_PERSON_EN.match(after)
    )
    if m:
        return m.group("name"), _title_en(m.group("title"))
    named, titled = _NAME_BEFORE_OWNER_EN.search(before), _OWNER_TITLE_EN.match(after)
    if named and titled:
        return named.group("name"), _title_en(titled.group("title"))
    m = _AT_ORG_AFTER_EN.match(after) if _AT_ORG_BEFORE_EN.search(before) else None
    if m:
        return m.group("name") or m.group("name2"), _title_en(m.group("title") or m.group("title2"))
    return None


_ORG_KIND = re.compile(r"\b(?:University|Institute|Authority|Ministry|Agency|Foundation|Council|College|Hospital)\b")


def _kind(name: str) -> str:
    m = _ORG_KIND.search(name)
    return m.group(0).lower() if m else ""


def _person_of_kind(body: str, kind: str) -> tuple[str, str] | None:
    """A person the article ties to 'the university', 'the authority' ...: 'said X, the university's provost',
    'the authority's vice governor, X,'."""
    title = r"(?P<title>[a-z][a-z\- ]{2,40}?)"
    m = re.search(
        rf"(?P<name>{_NAME_EN}),\s+(?:the|its)\s+{kind}['’]s\s+{title}(?=[,.;]|\s+(?:at|who|and)\b)", body
    ) or re.search(rf"\bthe\s+{kind}['’]s\s+{title},\s+(?P<name>{_NAME_EN}),", body)
    return (m.group("name"), m.group("title")) if m else None


_COMMON_NAME_WORDS = set(
    """national federal royal international science sciences research centre center company academy bureau board
    trust services energy health development innovation technical applied advanced marine medical agricultural
    environmental industrial public state regional global european american african asian pacific atlantic
    northern southern eastern western central new united joint institution""".split()
)


def _short_names(
    rows: list[dict], bodies: dict[str, tuple[str, str]], names: dict[str, set[str]]
) -> dict[tuple[str, str], set[str]]:
    """The shorter names an English article calls an organisation by without introducing them: its initials
    ('UKAEA' for 'UK Atomic Energy Authority') or one word of its name that no other organisation of the article
    shares and the article never writes in lower case ('Sanger', "Cyfronet's director")."""
    owners: dict[tuple[str, str], set[str]] = {}  # (article, short name) -> organisations it could be
    for aid, oid in {(r["article_id"], r["org_id"]) for r in rows}:
        body, language = bodies[aid]
        if language != "en":
            continue
        for name in names.get(oid, ()):
            words = [w for w in re.findall(r"[A-Za-z][\w\-]*", name) if w.lower() not in ("of", "for", "and", "the")]
            letters = "".join(w if w.isupper() and len(w) <= 3 else w[0] for w in words)
            for short in {
                letters if len(words) > 2 else "",
                *(w for w in words if re.fullmatch(r"[A-Z][a-z][\w\-]{2,}", w)),
            }:
                if short and short != name:
                    owners.setdefault((aid, short), set()).add(oid)
    short: dict[tuple[str, str], set[str]] = {}
    for (aid, word), oids in owners.items():
        body = bodies[aid][0]
        if (
            len(oids) == 1
            and re.search(rf"\b{re.escape(word)}\b", body)
            and not country_code(word)
            # (initials as they are; a word not written in lower case, nor a kind of body or a word of many names:
            # 'Department', 'National', 'Research')
            and (
                word.isupper()
                or not (
                    re.search(rf"\b{re.escape(word.lower())}\b", body)
                    or looks_like_org(word)
                    or word.lower() in _COMMON_NAME_WORDS
                )
            )
        ):
            short.setdefault((aid, next(iter(oids))), set()).add(word)
    return short


def _title_en(title: str) -> str:
    title = {"Prof": "professor", "Dr": "dr"}.get(title.rstrip("."), title)
    title = re.sub(r"\s+", " ", title)
    return title if title.isupper() else title.lower()


def attach_people(
    institutions: pl.DataFrame, bodies: dict[str, tuple[str, str]], names: dict[str, set[str]]
) -> pl.DataFrame:
    """Fill person_name/person_title on institution rows that have none from people tied to the same
    organisation elsewhere in the article: one row per organisation (its leading role), and only when no row
    of that organisation names somebody already.

    bodies: article_id -> (body, language); names: org_id -> the names the article writes it with.
    """
    if institutions.is_empty():
        return institutions
    rows = institutions.with_row_index("_i").to_dicts()
    named = {(r["article_id"], r["org_id"]) for r in rows if r["person_name"]}
    chosen: dict[tuple[str, str], dict] = {}
    for r in rows:
        k = (r["article_id"], r["org_id"])
        # (not a partner told only by its country: "미국", "Japan")
        if k in named or r["role"] not in _ROLE_ORDER or (r.get("country") and country_code(r["name"])):
            continue
        if k not in chosen or _ROLE_ORDER[r["role"]] < _ROLE_ORDER[chosen[k]["role"]]:
            chosen[k] = r
    of_kind: dict[tuple[str, str], set[str]] = {}  # (article, 'university') -> its organisations of that kind
    for r in rows:
        if _kind(r["name"]):
            of_kind.setdefault((r["article_id"], _kind(r["name"])), set()).add(r["org_id"])
    short = _short_names(rows, bodies, names)
    written_in: dict[str, set[str]] = {}  # article -> every name of its organisations
    for r in rows:
        written_in.setdefault(r["article_id"], set()).update({r["name"], *names.get(r["org_id"], ())})
    updates: dict[int, tuple[str, str]] = {}
    for (aid, oid), r in chosen.items():
        body, language = bodies[aid]
        written = {r["name"], *names.get(oid, ()), *short.get((aid, oid), ())}
        found = _find_person(body, sorted(written, key=len, reverse=True), language)
        kind = _kind(r["name"])
        if found is None and language == "en" and len(of_kind.get((aid, kind), ())) == 1:
            # 'said Raymond Ochoa, the university's provost': the one organisation of the article of that kind
            found = _person_of_kind(body, kind)
        # ('APC Microbiome Ireland, a research center at University College Cork': an organisation, not its person)
        if found and found[0] not in written_in[aid] and not looks_like_org(found[0]):
            updates[r["_i"]] = found
    # '총괄책임자는 기계공학과 송민아 교수다', 'The principal investigator is Dr. Jane Doe': the person heading the work
    # is the lead's, when the article has one lead and it names nobody yet.
    leads: dict[str, dict[str, dict]] = {}  # article -> its lead organisations' rows
    for r in rows:
        if r["role"] == "lead":
            leads.setdefault(r["article_id"], {})[r["org_id"]] = r
    for aid, by_org in leads.items():
        mine = list(by_org.values())
        if len(mine) != 1 or mine[0]["person_name"] or mine[0]["_i"] in updates:
            continue
        body, language = bodies[aid]
        if language == "ko":
            m = _HEAD_PERSON_KO.search(body) or _HEAD_TAKEN_KO.search(body)
        else:
            m = _HEAD_PERSON_EN.search(body)
        if m:
            name, title = (m.group("name"), m.group("title")) if m.group("name") else (m["name2"], m["title2"])
            updates[mine[0]["_i"]] = (name, _title_en(title) if language == "en" else title)
    if not updates:
        return _bare_names(institutions)
    index = pl.Series("_i", list(updates), dtype=pl.UInt32)
    fill = pl.DataFrame(
        {
            "_i": index,
            "_pn": [p for p, _ in updates.values()],
            "_pt": [t for _, t in updates.values()],
        }
    )
    return _bare_names(
        institutions.with_row_index("_i")
        .join(fill, on="_i", how="left")
        .with_columns(
            pl.coalesce("person_name", "_pn").alias("person_name"),
            pl.coalesce("person_title", "_pt").alias("person_title"),
        )
        .drop("_i", "_pn", "_pt")
    )


def _bare_names(institutions: pl.DataFrame) -> pl.DataFrame:
    """'Dr. Maria Okafor', 'Dr Helen Price' and 'the lab. Jordan Price': the person's name alone (a middle initial
    stays: 'Ramon L. Villareal')."""
    return institutions.with_columns(
        pl.col("person_name")
        .str.replace(r"(?s)^.*\n", "")  # (the end of a line before it: 'U.K.\nDr Callum Reid')
        .str.replace(r"^(?:.*\b[a-z]{2,}|Dr|Prof|Engr|Mr|Ms|Mrs)\.\s+([A-Z])", "$1")
        .str.replace(r"^(?:Dr|Prof|Professor|Engr)\.?\s+", "")
        .str.replace(r"['’]s$", "")  # ("Professor Callum Boyd's team")
    )
