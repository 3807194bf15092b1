"""Programme-level facts of an article: the programme's name and the member count it states."""

from __future__ import annotations

import re
from collections import Counter

# Institutes and universities are organisations, not programmes: their names are left out here.
_PROGRAM_NOUN = (
    r"연구거점|거점|얼라이언스|컨소시엄|협의회|연합회|포럼|연구센터|센터|사업단|연구단|추진단|실증단|허브|플랫폼|프로젝트|"
    r"사업|클러스터|특구|동맹|연합|네트워크|협의체|연합체|테스트베드|랩허브|특화단지|실증단지|"
    r"Alliance|Consortium|Hub|Center|Centre|Initiative|Program|Programme|Partnership|Network|"
    r"Council|Lab|Project|Coalition|Cluster|Forum|Facility|Engine|Mission"
)
_BARE = re.compile(rf"^(?:{_PROGRAM_NOUN}|[가-힣]{{1,2}}(?:{_PROGRAM_NOUN}))$")
_NOT_A_NAME = re.compile(
    r"(?:^|\s)(?:for|of|and|the|to|in|with|at|by)\s|^(?:for|of|and|to|in|with|at|by)\b|"
    r"[가-힣A-Za-z](?:은|는|을|를|에서|에는|에|한|된|던|하는|되는|으로|로)\s|[가-힣]{2,}(?:이|가)\s|책임자|관계자|"
    r"연구원\s|교수|\n|^등\s|\d+\s?곳|^(?:의|와|과|및)\s|^[가-힣]+고\s|"
    r"^(?:두|세|네|각|모든|여러|해당|이번|새)\s"
)


def _plausible(name: str) -> bool:
    """A programme's name: more than the bare noun, and no clause or person around it."""
    return not _BARE.match(name) and not _NOT_A_NAME.search(name) and len(name) <= 60


_QUOTED = re.compile(r"[‘'“\"「『]([^’'”\"」』\n]{2,50}?)[’'”\"」』]")
_KO_PHRASE = re.compile(
    rf"((?:[가-힣A-Za-z0-9·\-]+\s){{0,3}}[가-힣A-Za-z0-9·\-]*(?:{_PROGRAM_NOUN}))(?=[은는이가을를의에과와도로\s,.]|$)"
)
_EN_PHRASE = re.compile(
    rf"\b((?:[A-Z][\w\-&'’]*|of|for|and|on|the|in)(?:\s+(?:[A-Z][\w\-&'’]*|of|for|and|on|the|in)){{0,7}}\s+(?:{_PROGRAM_NOUN}))\b"
)
_WORD_NUMBERS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
}
_KO_COUNT = re.compile(
    r"(?<![\d.])(?P<n>\d{1,4})\s*(?P<approx>여\s*)?(?:개의?|곳의?)?\s*(?:개사|곳|기업|기관|회원사|회원기관|업체|사|대학|단체)"
    r"(?!\s*(?:중|가운데))"
)
_EN_COUNT = re.compile(
    r"(?P<approx>more than|over|about|around|nearly|some|roughly|almost|at least|up to)?\s*\b"
    r"(?P<n>\d{1,4}|" + "|".join(_WORD_NUMBERS) + r")\s+(?:\w+\s+){0,2}?"
    r"(?:members|companies|organi[sz]ations|institutions|firms|partners|universities|participants|entities)\b",
    re.I,
)


_NOUN_END = re.compile(rf"(?:{_PROGRAM_NOUN})(?=[은는이가을를의에과와도로\s,.]|$)")
_KO_PHRASE_END = re.compile(
    rf"(?<![가-힣A-Za-z0-9·\-])((?:[가-힣A-Za-z0-9·\-]+\s){{0,3}}[가-힣A-Za-z0-9·\-]*(?:{_PROGRAM_NOUN}))$"
)


def _phrases(body: str, language: str) -> list[re.Match]:
    """Programme-shaped phrases. Korean ones are found from their nouns backwards: scanning for the phrase at
    every position of the body cost more than all the rest of this module."""
    if language != "ko":
        return list(_EN_PHRASE.finditer(body))
    found, floor = [], 0
    for noun in _NOUN_END.finditer(body):
        start = max(floor, noun.end() - 80)
        m = _KO_PHRASE_END.search(body, start, noun.end())
        if m:
            found.append(m)
            floor = noun.end()
    return found


def program_name(title: str | None, body: str, language: str) -> str | None:
    """The programme the article is about: the most repeated quoted or programme-shaped name."""
    body = body[:4000]  # the programme is named early; the rest of a long page adds cost, not evidence
    text = f"{title or ''}\n{body}"
    candidates: list[str] = []
    for m in _QUOTED.finditer(text):
        inner = re.sub(r"\s*\([^)]*\)\s*$", "", m.group(1)).strip()
        if re.search(rf"(?:{_PROGRAM_NOUN})$", inner):
            candidates.append(inner)
    for m in _phrases(body, language):
        name = re.sub(
            r"^(?:the|The|이번|해당|이|그|올해|지난해|향후|특히|또한|이후|이로써|이에|아울러|한편|이어)\s+",
            "",
            m.group(1),
        ).strip()
        if len(name) >= 3:
            candidates.append(name)
    candidates = [c.strip("·,.-–— ") for c in candidates]  # '·경남대·인제대 연합': the list's separator is no part
    # ("the Catapult's Stevenage Manufacturing Innovation Centre": the owner's name is no part of the site's)
    candidates = [re.sub(r"^[A-Z][\w\-]*['’]s\s+", "", c) for c in candidates]
    candidates = [c for c in candidates if _plausible(c)]
    if not candidates:
        return None
    # (a name set in quotation marks in the lead paragraph is given as the article's: it counts once more)
    quoted = {re.sub(r"\s*\([^)]*\)\s*$", "", m.group(1)).strip() for m in _QUOTED.finditer(body[:600])}
    counts = Counter(
        {c: body.count(c) + (2 if title and c in title else 0) + (c in quoted) for c in sorted(set(candidates))}
    )
    top = max(counts.values())
    if top == 0:
        return None
    # The full name is repeated nearly as often as its own last word: take the longest well-repeated one.
    good = [c for c, n in counts.items() if n >= max(1, top // 2)]
    # (then the one the article goes on calling by its kind: 'the consortium' after 'X Consortium')
    lowered = body.lower()
    return max(
        good, key=lambda c: (len(c) <= 40, counts[c] >= 2, lowered.count(f"the {c.split()[-1].lower()}") >= 2, len(c))
    )


def stated_count(sentences: list[str], language: str) -> int | None:
    """The member count the article states next to its member lists; None when only approximate."""
    pattern = _KO_COUNT if language == "ko" else _EN_COUNT
    for sentence in sentences:
        for m in pattern.finditer(sentence):
            if m.group("approx"):
                continue
            n = m.group("n").lower()
            value = int(n) if n.isdigit() else _WORD_NUMBERS.get(n)
            if value and value > 1:
                return value
    return None


# The last word of a body's name that says it is of this genre.
_BODY_KINDS_EN = (
    "Alliance|Consortium|Coalition|Network|Initiative|Partnership|Council|Forum|Cluster|Project|Programme|Program|"
    "Hub|Mission"
)
# 'The Battery Materials Coalition (BMC), founded last year by A, B and C, ...': a sentence about a body of this
# kind, named, that opens the sentence
_NAMED_BODY_EN = re.compile(
    rf"^\s*(?:The\s+)?(?P<name>(?:[A-Z][\w\-&'’]*\s+){{1,6}}(?:{_BODY_KINDS_EN}|Association))"
    r"(?:\s+\((?P<abbr>[A-Z][A-Za-z&\-]{1,9})\))?"
    r"(?=,|\s+(?:was|is|has|had|which|counts|includes))"
)

# 'A separate Bushfire Resilient Landscapes CRC, led by ...', 'A rival Ocean Data Alliance ...': another named body,
# whatever the article's own is called
_SEPARATE_BODY_EN = re.compile(
    rf"^\s*(?:A|An)\s+(?:separate|rival|competing|parallel)\s+(?:[A-Z][\w\-&'’]*\s+){{1,6}}"
    rf"(?:{_BODY_KINDS_EN}|Centre|Center|CRC|Institute|Lab|Laboratory|bid)\b|"
    # ('A rival grouping in South Korea, the Photonic Packaging Forum coordinated by X, ...': told by its kind)
    r"^\s*(?:A|An)\s+(?:separate|rival|competing|parallel)\s+(?:[a-z\-]+\s+)?(?:grouping|group|consortium|alliance|"
    r"coalition|network|initiative|effort|bid|programme|program|project|forum)\b"
)


# 'VectorEU, a consortium of German, French and Belgian manufacturers led by X, received ... for a similar platform':
# another body told by its kind
_APPOSED_BODY_EN = re.compile(
    r"^\s*(?:The\s+)?(?P<name>[A-Z][\w\-&'’]*(?:\s+[A-Z][\w\-&'’]*){0,4}),\s+(?:an?|another)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:consortium|alliance|coalition|network|initiative|programme|program|project|partnership)\b"
)


# ('The Yakima Valley Innovation Partnership, a nonprofit ..., will lead the engine'): a body named with its kind that
# takes a part in the article's own programme, told by its kind
_TAKES_ON_OURS = re.compile(
    r"\b(?:will\s+)?(?:lead|leads|coordinate|coordinates|host|hosts|run|runs|join|joins|joined|chair|chairs)\s+"
    r"(?:the|this)\s+(?:engine|consortium|network|hub|alliance|programme|program|project|centre|center|initiative|"
    r"coalition|cluster)\b"
)


# A name that ends in a programme's kind, not in one of a body that may be a member ('Association', 'Council')
_PROGRAMME_END = re.compile(
    r"(?:Alliance|Consortium|Coalition|Network|Initiative|Cluster|Project|Programme|Program|Hub)$"
)


def other_programme(sentence: str, program: str | None, text: str) -> bool:
    """An English sentence opening with another named programme than the article's ('The Battery Materials
    Coalition (BMC), founded last year by ...' in an article about the European LFP Cathode Alliance), one the
    article names less often than its own."""
    if _SEPARATE_BODY_EN.match(sentence):
        return True
    apposed = _APPOSED_BODY_EN.match(sentence)
    if (
        apposed
        and program
        and apposed.group("name").lower() not in program.lower()
        and re.search(r"\b(?:similar|rival|competing|competitor|another|separate)\b", sentence)
    ):
        return text.count(apposed.group("name")) <= text.count(program)
    body = _NAMED_BODY_EN.match(sentence)
    if body is None or not program or _TAKES_ON_OURS.search(sentence):
        return False
    if re.match(r",\s+(?:the\s+)?[A-Z][\w\-&'’ ]{1,60}?(?:,|\s+and\s)", sentence[body.end() :]):
        return False  # "The Kafr El-Sheikh Rice Growers' Association, Delta Sugar Company and ... have joined": a list
    name, abbr = body.group("name").strip(), body.group("abbr")
    if name.lower() in program.lower() or program.lower() in name.lower():
        return False
    if re.fullmatch(r"(?:The\s+)?[A-Z][a-z]+", name) and name.split()[-1].lower() in program.lower():
        return False  # ('The Alliance was founded in 2025 by ...': the article's own, by its kind)
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w\-]*", program) if w[0].isupper())
    if abbr and abbr in (initials, program):
        return False

    def named(full: str, short: str | None) -> int:
        return text.count(full) + (len(re.findall(rf"\b{re.escape(short)}\b", text)) if short else 0)

    theirs, ours = named(name, abbr), named(program, initials if len(initials) >= 2 else None)
    # (named as often as the article's own, but later: 'The Midlands Dementia Trials Hub, led by X, opened in 2025'
    # at the end of an article about the Northern one)
    later = text.find(name) > text.find(program) >= 0
    return theirs < ours or (theirs == ours and later and bool(_PROGRAMME_END.search(name)))


_PROGRAMME_KIND = re.compile(rf"\b(?:{_BODY_KINDS_EN}|Centre|Center|Platform)\b")
_MEMBER_OF = re.compile(
    r"\b(?:is|are|was|were)\s+(?:also\s+)?(?:an?\s+)?(?:founding\s+)?members?\s+of\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w&'’\-]*(?:\s+[A-Z][\w&'’\-]*){0,5})"
)


def member_of_other(sentence: str, program: str | None) -> bool:
    """'The University of Bristol is a member of the Russell Group': membership of another named body than the
    article's programme."""
    m = _MEMBER_OF.search(sentence)
    if m is None:
        return False
    if not program:
        # ('Newsroom is a member of the Media Council' closing a page that names no programme: the outlet's own)
        return len(sentence.split()) <= 12
    # (a body of the programme's kind may be the programme under another name: the article's is not always found)
    if _PROGRAMME_KIND.search(m.group("body")):
        return False
    body, program = m.group("body").lower(), program.lower()
    initials = "".join(w[0] for w in re.findall(r"[a-z][\w\-]*", program))
    return not (body in program or program in body or body == initials)


def counted_number(text: str) -> int | None:
    """The number a counting phrase opens with ('two international partners', '14 members')."""
    first = text.split()[0].lower()
    return int(first) if first.isdigit() else _WORD_NUMBERS.get(first)


# "도시바, 히타치 등 20여 곳이 참여한 '디지털변전소 추진협의회'는": the members of a body the sentence is about
_JOINED_BODY_KO = re.compile(
    r"(?:참여|가입|합류)(?:한|하는|해\s?있는)\s+['‘\"“](?P<name>[^'’\"”]{3,40})['’\"”](?:는|은|가|이|도)\s|"
    # ("부산에 조성 중인 '방사성의약품 산업 클러스터'에는 A, B 등이 참여하고 있다")
    # ("'배터리 패스(Battery Pass)' 컨소시엄에는 A·B 등이 참여해": its kind after the quoted name)
    r"['‘\"“](?P<name2>[^'’\"”]{3,40})['’\"”](?:\s?(?:컨소시엄|얼라이언스|협의체|협의회|포럼|연합|네트워크|사업단|프로젝트))?"
    r"(?:에는|에도|엔)\s[^.]{0,120}(?:참여|가입|합류)"
)


def turns_to_other_ko(sentence: str, program: str | None) -> bool:
    """A sentence that turns ('한편') to another named programme than the article's: '한편 과기정통부는 같은 날
    '저궤도 위성통신 핵심기술 개발사업' 2차 과제의 주관기관으로 ...'."""
    if not program or not re.match(r"\s*한편\s", sentence):
        return False
    own = program.replace(" ", "")
    for m in _QUOTED.finditer(sentence):
        name = m.group(1).replace(" ", "")
        if re.search(rf"(?:{_PROGRAM_NOUN})$", name) and name not in own and own not in name:
            return True
    return False


_FOUNDED_KO = re.compile(r"출범|발족|창립|결성|꾸려|꾸린|설립")
_CEREMONY_KO = re.compile(r"출범식|발족식|창립총회|발대식|개소식|현판식")


def founds_other_ko(sentence: str, program: str | None, title: str | None, body: str) -> bool:
    """A Korean sentence telling of another named body's founding than the article's programme ("지난 10월
    출범한 '차세대 차량용 반도체 설계 협의체'와 역할이 겹친다"): its dates are no steps of this programme. A
    founding ceremony is the programme's own; so is the body the article quotes most, or in its title."""
    if not _FOUNDED_KO.search(sentence) or _CEREMONY_KO.search(sentence):
        return False
    own = [n.replace(" ", "") for n in (program, title) if n]
    names = [re.sub(r"\([^()]*\)$", "", m.group(1)).replace(" ", "") for m in _QUOTED.finditer(sentence)]
    # (a funding scheme is not founded: "'...사업'의 지원으로 출범했다")
    names = [
        n for n in names if re.search(rf"(?:{_PROGRAM_NOUN}|연맹|협회)$", n) and not re.search(r"(?:사업|과제)$", n)
    ]
    if not names or any(n in o or o in n for n in names for o in own):
        return False
    flat = body.replace(" ", "")
    quoted = Counter(re.sub(r"\([^()]*\)$", "", m.group(1)).replace(" ", "") for m in _QUOTED.finditer(body))
    most, widest = max(quoted.values()), max(flat.count(q) for q in quoted)
    return any(quoted[n] < most or flat.count(n) < widest for n in names)


# 'The Battery Materials Coalition (BMC), founded last year by A and B, ...', 'the rival EUV Membrane Alliance,
# formed in 2024 by ...': another body and its founders, told as background
_FOUNDED_BY_EN = re.compile(
    rf"(?P<name>(?:[A-Z][\w\-&'’]*\s+)+(?:{_BODY_KINDS_EN})\b)(?:\s+\([A-Z]{{2,}}\))?,\s+(?:an?\s+[\w\- ]{{1,40}}?\s+)?"
    r"(?:founded|formed|set up|launched|created|established)\b[^,.]{0,30}?\bby\b"
)


def founded_other_en(sentence: str, program: str | None, names: bool = False) -> bool:
    """An English sentence telling of another named body's founding ('The Circular Steel Initiative, founded last
    year by ...') or of a rival effort: its dates are no steps of this programme; nor, unless the body takes a
    part in the article's own ('..., a nonprofit formed in 2022 by local growers, will lead the engine'), are its
    names (names: asked for the names)."""
    if _RIVAL_EN.search(sentence):
        return True
    made = _MADE_OTHER_EN.search(sentence)
    if made and program and made.group("name").lower() not in program.lower():
        return True  # ('A group of 14 Korean companies led by X launched the K-Upper Midband Alliance in November')
    m = _FOUNDED_BY_EN.search(sentence)
    if m is None or (names and _TAKES_ON_OURS.search(sentence)):
        return False
    name = m.group("name").lower()
    return not program or (name not in program.lower() and program.lower() not in name)


_MADE_OTHER_EN = re.compile(
    rf"\b(?:launched|formed|set up|founded|created|established)\s+(?:the|a|their|its)\s+"
    rf"(?P<name>(?:[A-Z][\w\-&'’]*\s+)+(?:{_BODY_KINDS_EN}))\b"
    # (told as background, months or years ago: not the article's own news of the day)
    r"(?=[^.]*\b(?:in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:19|20)\d{2})|last\s+(?:year|month)|earlier\s+this\s+year)\b)"
)
_RIVAL_EN = re.compile(
    r"\b(?:rival|separate|competing)\s+(?:\w+\s+){0,2}?(?:effort|initiative|alliance|consortium|group|programme|"
    r"program|scheme|coalition|network|project|forum)\b",
    re.I,
)


def other_programme_ko(sentence: str, program: str | None) -> bool:
    """A Korean sentence about the members of another named body than the article's programme."""
    body = _JOINED_BODY_KO.search(sentence)
    if body is None or not program:
        return False
    name, own = (body.group("name") or body.group("name2")).replace(" ", ""), program.replace(" ", "")
    # ('11곳이 참여한 'X 컨소시엄'이 산업부의 'Y 사업' 수행 기관으로 선정됐다': the body chosen for the programme)
    return name not in own and own not in name and own not in sentence.replace(" ", "")
