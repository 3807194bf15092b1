"""Venues: where a launch, opening or meeting of the programme takes place (role 'host')."""

from __future__ import annotations

import re

from flows.extract.mentions import HEADQUARTERS, SITE_OF, dictionary_words
from flows.extract.orgs import country_code, looks_like_org

_REGION = re.compile(
    r"^(?:서울|부산|대전|대구|광주|인천|울산|세종|경기|강원|충남|충북|전남|전북|경남|경북|제주|"
    # (cities written without their 시: '경기 성남 판교 글로벌R&D센터')
    r"수원|성남|고양|용인|부천|안산|안양|남양주|화성|평택|의정부|시흥|파주|김포|광명|하남|오산|이천|안성|의왕|"
    r"춘천|원주|강릉|청주|충주|천안|아산|서산|당진|전주|군산|익산|목포|여수|순천|나주|광양|포항|경주|구미|안동|"
    r"경산|창원|진주|김해|양산|거제|통영|서귀포|"
    r"[가-힣]{1,6}(?:시|구|군|도|동|읍|면))$"
)
_EVENT = re.compile(
    r"식|총회|행사|포럼|세미나|회의|컨퍼런스|콘퍼런스|설명회|보고회|착수회|출범|개소|발족|협약을\s(?:체결|맺)|launch|opening|ceremony|meeting|event|assembly|"
    r"summit|symposium|workshop|conference|gathering|"
    r"inaugura|kick|\bopens?\b|\bopened\b|announcement was made|\bsigned\b|\bsigning\b|\b(?:was|were) presented\b|"
    r"\b(?:was|were) announced\b|\bmet for the first time\b|\bfirst met\b",
    re.I,
)
_KO_VENUE = re.compile(
    r"(?:[‘'“\"](?P<q>[^’'”\"\s]+(?:\s[^’'”\"\s]+){0,4})[’'”\"]|"
    # (a short form in brackets after the first word or the last: '한양대학교 퓨전테크센터(FTC)에서')
    r"(?P<plain>[가-힣A-Za-z0-9&·]+(?:\([A-Za-z가-힣][A-Za-z0-9가-힣&\-]+\))?(?:\s[가-힣A-Za-z0-9&·]+){0,4}"
    r"(?:\([A-Za-z][A-Za-z0-9&\-]+\))?))"
    r"\s?에서\s(?:(?!에서)[^.]){0,150}?"
    r"(?:열린|열렸|열리는|열릴|열어|열고|열었|개최된|개최됐|개최한|개최했|개최하|개최되|진행된|진행됐|진행하|가졌|가진|갖고|"
    r"출범했|출범한|출범식|개소식|발대식|협약식|총회|협약을\s(?:체결했|체결한|맺었|맺은))"
)
_EN_VENUE = re.compile(
    r"\b(?:held|hosted|took place|launched|Launched|"
    r"opened|will open|opens|inaugurated|signed|convened|unveiled|hold|event|"
    r"switched on|met for the first time|first met|"
    r"(?<=was )presented|(?<=were )presented|(?<=was )announced|(?<=were )announced|"
    r"ceremony|meeting|kick-?off|symposium|workshop|conference|summit|forum|announcement was made|"
    r"(?:signing|launch)\s+(?:was|is|will be)(?=\s+(?:held\s+)?at\b))\b"  # ('The signing was at the X')
    r"(?:[^.]|\.(?=\s\d)){0,100}?\bat\s+(?:an?\s+(?:event|ceremony|reception)\s+(?:in|at)\s+)?"
    # ('at the headquarters of Ports of X', 'at the Punggol campus of the Singapore Institute of Technology')
    r"(?:the\s+(?:[A-Z][\w\-]*\s+){0,2}(?:headquarters|offices|premises|campus|site|plant|factory|mill)\s+of\s+)?"
    r"(?:the\s+)?(?P<name>[A-Z][\w&'’\-]*(?:\s+(?:(?:of|for|and|de|der|den|del|la|le|the|und|für|di|du|des|van|von|y)\b|&|[A-Z][\w&'’\-]*)){0,9})"
)


def _trim_words(name: str) -> str:
    # (and an owner's apostrophe: "at Copper Creek Spirits' distillery")
    return re.sub(r"\s+(?:on|in|and|of|for|the)$|(?<=s)['’]$", "", name).strip()


_EVENT_NAME = re.compile(r"\b(?:Summit|Conference|Forum|Expo|Week|Festival|Congress|Symposium|Workshop|Fair)$")
_EVENT_AT = re.compile(
    r",?\s+(?:at|in)\s+(?:the\s+)?(?P<name>[A-Z][\w&'’\-]*(?:\s+(?:of|for|and|&|de|[A-Z][\w&'’\-]*)){0,6})"
)
# ("the Catapult's Stevenage Manufacturing Innovation Centre": a site named as a body of its own)
_NAMED_SITE = re.compile(
    r"(?:[A-Z][\w\-]*\s+(?:(?:and|of|for|&)\s+)?)+(?:Cent(?:re|er)|Institute|Laboratory|Hub|Facility|Academy|Museum|Library)"
)
_OWN_SITE = re.compile(r"^(?:본원|본사|본관|사옥|본부|캠퍼스)(?:\s|$)")
_TOPIC = re.compile(r"^\s*(?P<org>[가-힣A-Za-z0-9&]{2,30})(?:\([^)]{1,20}\))?(?:은|는)\s")


_PARTICLE_WORD = re.compile(r"(?:은|는|이|가|을|를|의|에|와|과|로|으로|도|만|께서)$")


_BUILDING_OWNER = re.compile(r"(?:병원|센터|공사|공단|대학교|재단|협회|연구소|연구원|진흥원|사업소|사무소|지사|청사)$")
_ROOM = re.compile(r"(?:회의실|강당|회의장|세미나실|강의실|로비)$")


_VERB_WORD = re.compile(r"(?:려|돼|됐|뒤인|하고|하며|했고)$")
_STOREY = re.compile(r"\d+(?:층|동)")  # a floor or a numbered building of a site ('2층', '6동')
_WHEN_WORD = re.compile(
    r"^(?:지난|오는|이날|전날|오늘|어제|내일|당일|다음|달|이달|내달|다음달|지난달|이번|말|초|중순|하순|초순|오전|오후|같은|날|"
    r"\d+(?:년|일|월|시|시쯤)(?:\([월화수목금토일]\))?)$"
)


def _trim_region(name: str) -> str:
    words = name.split()
    # Only the words right before 에서 name the place: cut after the last word that ends in a particle.
    for i in range(len(words) - 2, -1, -1):
        if _PARTICLE_WORD.search(words[i]) and not re.search(r"(?:센터|회관|홀|관|원)$", words[i]):
            words = words[i + 1 :]
            break
        if _VERB_WORD.search(words[i]):  # ('컨소시엄을 꾸려 오늘 오후 X에서', '선정돼 23일 X에서')
            words = words[i + 1 :]
            break
    # Days, times and regions before the place ('오는 3월 12일(목) 오후 2시 대전 유성구 X 대강당')
    while words and (_WHEN_WORD.match(words[0]) or len(words) > 1 and _REGION.match(words[0])):
        words.pop(0)
    # '첨단의료복합단지 내 오송C&V센터': the place inside the larger one.
    if "내" in words[:-1]:
        words = words[len(words) - words[::-1].index("내") :]
    # Dates and times never belong to a place name ('28일 서울 ...').
    while words and re.match(r"^\d|^(?:오전|오후|이날|지난|오는|전날)$", words[0]):
        words.pop(0)
    # '한국건설기술연구원 본원', 'X재단(KBIOHealth) 대회의실': the main site or a room of an organisation is the
    # organisation hosting (a building of its own, 'KAIST 학술문화관', stays the venue).
    # ('한국도로공사 본사 대강당', '영덕대게유통센터 2층 대회의실': its rooms, floors and main building, down to the
    # organisation or the building named)
    while len(words) > 1 and (
        words[-1] in ("본원", "본사", "본관", "본부") or _ROOM.search(words[-1]) or _STOREY.fullmatch(words[-1])
    ):
        rest = re.sub(r"\([^)]*\)$", "", words[-2])
        named = looks_like_org(rest) or _BUILDING_OWNER.search(rest)
        if not (named or rest in ("본원", "본사", "본관", "본부") or _STOREY.fullmatch(rest)):
            break
        words.pop()
    while len(words) > 1 and _STOREY.fullmatch(words[-1]):
        words.pop()  # ('공학관 1층 세미나실': the building, not its floor)
    name = " ".join(words)
    return re.sub(r"\([^)]*\)$", "", name) if " " not in name else name


def venue_owned(sentence: str, name: str) -> str | None:
    """The full name of a venue written by its owner's kind ('국립남도대학교병원은 ... 병원 의생명연구원 대강당에서':
    the subject's own building), or None."""
    kind = re.match(r"(병원|대학교|대학|학교|본교)\s(?=\S)", name)
    subject = _TOPIC.match(sentence) if kind else None
    if subject and subject.group("org").endswith(kind.group(1).replace("본교", "대학교")):
        return f"{subject.group('org')} {name[kind.end() :]}"
    return None


def sentence_venues(sentence: str, language: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each venue a sentence names for an event of the programme."""
    if not _EVENT.search(sentence):
        return []
    out = []
    if language == "ko":
        for m in _KO_VENUE.finditer(sentence):
            group = "q" if m.group("q") else "plain"
            name = _trim_region(re.sub(r"(?<=\S)\([A-Za-z][A-Za-z0-9&\-]+\)$", "", m.group(group).strip()))
            # '미국 샌프란시스코에서': a city abroad is where, not a venue that hosts.
            abroad = country_code(name.split()[0]) if name else None
            # '협약식에서': the event, not where; '서울의 한 호텔': a place the article does not name
            event = re.search(r"(?:식|총회|행사|회의|포럼|세미나)$", name) or name.startswith("한 ")
            # '서울에서 정기총회를 열고': a city alone is where, not a venue that hosts; '공통 플랫폼 위에서': a
            # position, not a place
            if _REGION.match(name) or re.search(r"(?:^|\s)(?:위|아래|안|밖|속|옆|앞|뒤|사이|가운데|중)$", name):
                continue
            if re.fullmatch(r"(?:도청|시청|군청|구청|본청)", name):
                continue  # ('도청에서 협약을 체결했다': the government's building, the government signing there)
            own = _OWN_SITE.match(name)
            topic = _TOPIC.match(sentence) if own else None
            if topic and looks_like_org(topic.group("org")):
                # 'KIOST는 ... 부산 영도구 본원 대강당에서 착수식을 열었다': the subject's own site, so it hosts
                out.append((topic.group("org"), topic.start("org"), topic.end("org")))
                continue
            # ('교내 실습 포장에서 ... 시연도 진행됐다': a spot on the grounds, not a venue that hosts; '국내 항만에서':
            # common nouns, no place the article names)
            spot = re.match(r"(?:교내|학내|현장|인근|야외)\s", name) or (
                " " in name
                and dictionary_words(name)
                and not any(looks_like_org(w) or re.search(r"(?:관|캠퍼스)$", w) for w in name.split())
            )
            if (
                name
                and not abroad
                and not event
                and not spot
                and not re.fullmatch(r"[\d\s]+|이날|현장|현지|온라인|이곳|곳", name)
            ):
                start = m.start(group) + m.group(group).find(name)
                out.append((name, start, start + len(name)))
    else:
        for m in _EN_VENUE.finditer(sentence):
            name = _trim_words(m.group("name"))
            place = _EVENT_AT.match(sentence, m.start("name") + len(name))
            if _EVENT_NAME.search(name) and place:
                # 'at the Sustainable Data Centre Summit at Marina Bay Sands': the event's place hosts it
                name = _trim_words(place.group("name"))
                out.append((name, place.start("name"), place.start("name") + len(name)))
                continue
            start = m.start("name")
            owned = re.match(r"(?P<owner>.+?)['’]s\s+(?P<site>.+)$", name)
            if owned and _NAMED_SITE.fullmatch(owned.group("site")):
                # ("at the Catapult's Stevenage Manufacturing Innovation Centre": a body of its own, named)
                name, start = owned.group("site"), start + owned.start("site")
            name = re.sub(r"['’]s(?:\s.*)?$", "", name)  # 'UCD's Belfield campus': the owner is the host
            name = HEADQUARTERS.sub("", name)
            site = SITE_OF.match(name + " ")
            name = site.group(1) if site else name  # (the site, not the body it belongs to)
            if name:
                out.append((name, start, start + len(name)))
    return out
