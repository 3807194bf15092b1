"""Role mentions: which organisations a sentence lists next to which cue.

Korean sentences are read through Kiwi's tokens: nominal runs (names) separated by list separators
(△, ',', '·', 와/과, 및) on the side of the cue that the grammar points to (a topic particle after the
cue: the list follows; otherwise it precedes). English sentences are read with capitalised-name runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from flows.extract.cues import BARE_ROLES_KO, LINE_MARKS_KO, Cue, bare_role, find_cues
from flows.extract.orgs import (
    UNIVERSITY_OF_PLACE,
    country_code,
    infer_type,
    initials,
    is_city,
    is_legal_form,
    is_region,
    looks_like_org,
    lookup,
)
from flows.extract.sentences import kiwi

_NOMINAL = {"NNP", "NNG", "SL", "SN", "SH", "XSN", "XPN", "NR", "W_SERIAL", "W_URL"}
_SEP_FORMS = {
    ",",
    ";",  # ('동해케이블(DHC); 마린파워텍; 씨그리드(SeaGrid Korea)')
    "·",
    "ㆍ",
    "/",
    "및",
    "그리고",
    "、",
    "△",
    "▲",
    "■",
    "□",
    "●",
    "•",
    "◆",
    "◇",
    "▶",
    "-",
    "－",
    "와",
    "과",
    "랑",
    "이랑",
    "하고",
    "또",
    "또는",
}
_FORWARD_PARTICLES = {"은", "는", "으로는", "로는", "으론", "론", "에는", "엔", "에선", ":", "：", "|", "｜"}
# Phrases that join list items like a comma: 'A를 비롯해 B, C', 'A와 함께 B', 'A에 이어 B'.
# '이동통신사인 LG유플러스와 통신장비 업체인 쏠리드': a descriptor ending in 인 before a name is skipped.
_DESCRIPTOR_IN = re.compile(
    # ('목포의 중형 조선소인 대양조선': where it is, then its kind)
    r"(?:^|(?<=\s))(?:[가-힣]+의\s)?(?:[가-힣·]+(?<![은는이가을를와과도의])\s)?"
    r"(?:[가-힣]*(?:사|업체|기업|기관|회사|대학|병원|스타트업|전문기업|조선소|연구소)|"
    r"[A-Z]{2,6})인\s|"  # ('바이오의약품 CDMO인 송도바이오로직스')
    # ('..., 배양 조건을 AI로 최적화하는 스타트업 배양AI도': a clause and a kind before an item after a comma)
    r"(?<=,\s)[^,.]{2,40}?[가-힣](?:하는|되는|드는|있는)\s(?:[가-힣]+\s)?(?:스타트업|기업|업체|회사|기관|전문기업|제조사)\s"
)
_SEP_PHRASE = re.compile(
    r"(?:을|를)\s?(?:비롯해|비롯한|비롯하여|포함해|포함한|포함하여)\s|(?:와|과)\s함께\s|에\s이어\s"
)
# Items that are counts, dates or pointers, not names: '3곳', '2027년', '다음 7곳', '기존'.
_PROGRAMME_NAME = re.compile(
    r"(?:컨소시엄|얼라이언스|연구거점|사업단|프로젝트|협의체|포럼|협의회)(?:에|에서|에는|의)?$|\b(?:Alliance|Consortium|Project|Initiative|Programme|Program|Valley|Coalition)$"
)
_JUNK_KO = re.compile(
    r"^\d+\s*(?:년|월|일|곳|개|개사|개국|명|여|억|만|조|%)|^(?:다음|기존|신규|이들|해당|각|총|약|모두)(?:\s|\d|$)|"
    r"(?:\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:곳|개사|개국)$|년$|"
    # times and ordinals are no names ('내년 연초 2차 신규 회원사 모집', '첫째, 수요기업이 ...')
    r"^(?:연초|연말|연내|상반기|하반기|올해|내년|지난해|당시|향후|첫째|둘째|셋째|넷째)(?:\s|\d|$)|"
    # an activity alone is no name ('... 임플란트 실증 컨소시엄 주관기관': what the consortium does)
    r"^(?:실증|개발|연구|구축|조성|운영|지원|시험|실험|분석|설계|제작|보급|확산)$|"
    # a measure is no name ('핵심부품 국산화율 80% 목표': a rate aimed at)
    r"\s\S*(?:[률율]|비중|점유율)$"
)
_STOP_NNB = {"등", "개", "곳", "명", "여"}
_HEDGE = re.compile(
    r"검토|고려\s?중|타진|저울질|불참|제외|빠졌|빠진|않았|않는|않기|않을|않고|아니|미정|거절|철회|탈퇴|무산|유보|명단에\s?없|"
    r"\bconsider(?:ing|s)?\b|\bin talks\b|\bin discussions?\b|\bmay join\b|\bcould join\b|\bdeclin\w*|\bnot\b|"
    r"n't\b|\bwon't\b|"
    r"\babsent\b|\bwithdr[ea]w\w*|\bpulled out\b|\bopted out\b|\byet to\b|\bexplor(?:e|ing) join|\bweighing\b|"
    r"\bleft the\b|\brefused\b|\bexcluded\b|소문|루머|부인했|부인한|못했|못한|탈락|고배|\bfailed\b|"
    r"\bunsuccessful\b|\brumou?r\w*|\bdenied\b|\bspeculat\w*|\btalks\b|\bhopes?\b|\blater stage\b|"
    r"\b(?:expected|plans?|planning|intends?|intending)\s+to\s+join\b|\bletters? of intent\b|"
    r"\b(?:expressed|shown|signall?ed|registered)\s+(?:an\s+|its\s+|their\s+)?interest\b|"
    r"\binterested\s+in\s+(?:joining|becoming)\b|\bno\s+(?:agreement|contract|deal)\s+has\b|"
    r"\b(?:applied|apply|applying|applications?)\s+(?:to(?:\s+join)?|for\s+membership)\b|"
    r"했던 것으로|던 것으로 알려|\bseek(?:s|ing)\b|\binvited to join\b|"
    r"\blooking\b[^.;]{0,20}?\bat(?:\s+(?:joining|becoming)\b|\s*$)",
    re.I,
)
# Investors in a funding round and underwriters of a listing have no part in a programme ('이번 라운드에는 A, B가
# 참여했다', '대표 주관사는 A증권').
_INVESTMENT = re.compile(
    r"라운드|시리즈\s?[A-F]\b|투자자|상장|기업공개|공모주|공모가|대표\s?주관사|\bIPO\b|"
    r"\bfunding round\b(?!\s+(?:opened|opens|closed|closes))|"
    r"\bSeries [A-F]\b|\binvestors\b|\bround of funding\b|\bround\s+led\s+by\b|"
    r"\b(?:seed|pre-seed|growth|investment)\s+round\b",
    re.I,
)
# A correction of an earlier story: whatever the rest of the sentence says it reported is withdrawn.
_CORRECTION = re.compile(
    r"보도했|바로잡|사실이 없|사실과 다|\bincorrectly\b|\berroneously\b|\bwrongly reported\b", re.I
)
TITLES_KO = (
    "교수|명예교수|석좌교수|센터장|원장|부원장|장관|차관|대표이사|대표|회장|부회장|본부장|소장|단장|총장|이사장|사장|부사장|"
    "박사|책임연구원|선임연구원|수석연구원|연구원|선임연구위원|수석연구위원|연구위원|실장|국장|위원장|부장|팀장|상무|전무|"
    "CEO|CTO|CSO|의장|처장|청장|정책관|연구관|기획관|사무관|주무관|과장|관장|그룹장|PM|전문의|교수팀|부교수|조교수|"
    "연구교수|전임의|병원장|학장|학과장"
)
# A head's title with its unit written into it: '신약개발지원센터장', '디지털헬스산업단장' (a head's only: '...연구원'
# written into a word is an institute, '한국과학기술연구원')
_HEAD_TITLE_KO = r"[가-힣]{0,10}?(?:센터|사업단|연구단|연구소|본부|위원|그룹|단|원|소|실|팀|국|처|관)장"
_PERSON_KO = [
    re.compile(
        rf"^(?P<org>.+?)\s+(?P<name>[가-힣]{{2,4}})\s+(?P<title>{_HEAD_TITLE_KO}|{TITLES_KO})(?:\s?(?:연구)?팀)?$"
    ),
    # ('정다솜 케이메디허브 신약개발지원센터장': a title with its unit written into it)
    re.compile(rf"^(?P<name>[가-힣]{{2,4}})\s+(?P<org>.+?)\s+(?P<title>{_HEAD_TITLE_KO}|{TITLES_KO})$"),
]
# A unit named by its subjects, then the body it belongs to: 'Department of Plants and Crops at '
_UNIT_NAME = (
    r"(?:School|Department|Faculty|Division|Laboratory)\s+of\s+(?:[A-Z][\w\-]*|and|&|of|the)"
    r"(?:\s+(?:[A-Z][\w\-]*|and|&|of|the)){0,8}?"
)
# (after a person, a comma may stand for 'at': 'Professor X of the Department of Electrical Engineering, IIT Madras')
UNIT_AT = rf"{_UNIT_NAME}(?:\s+at\s+|,\s+)"
_TITLES_EN = (
    r"(?:Associate |Assistant |Adjunct |Research |Emeritus )?Professor|Prof\.?|Dr\.?|Director|CEO|Chief Executive|"
    r"President|Minister|Chairman|Chair|Dean|"
    r"Vice President|Head|Founder|Chief Technology Officer|CTO|Secretary"
)
_PERSON_EN = [
    re.compile(
        rf"^(?P<title>{_TITLES_EN})\s+(?P<name>[A-Z][\w.\-']+(?:\s+[A-Z][\w.\-']+){{0,3}})\s*,?\s+(?:of|at|from)\s+(?:the\s+)?"
        # (and the unit between: 'Prof. X of the Department of Plants and Crops at Ghent University')
        rf"(?:{UNIT_AT}(?:the\s+)?)?(?P<org>.+)$"
    ),
    re.compile(
        rf"^(?P<org>.+?)(?:'s)?\s+(?P<title>{_TITLES_EN})\s+(?P<name>[A-Z][\w.\-']+(?:\s+[A-Z][\w.\-']+){{0,3}})$"
    ),
]
GENERIC = set(
    """
    academia alliance center centre companies company
    consortium council firms government group hub industry
    initiative institutions it it's its lab many members
    network organisations organizations other others
    partners program programme project several some startups
    the these they this universities 각각 개사 곳 공공 관계자 관계자들 관련
    국내 글로벌 기관 기관들 기업 기업들 다수 대기업 대부분 대학 대학들 멤버 모두 민간 분야 상당수
    스타트업 업계 업체 연구기관 연구진 이들 일부 정부 중소기업 지자체 참여 총 축사 해외 협의회 회사
    회원 회원사 진흥원 연구원 재단 협회 학회 공단 공사 센터 병원 대학교 부처 당국 위원회 연구소 연구단
    선급 항만공사 조선소 선사 팹리스 r&d 국가 과제 사업 timeline background overview summary notes funding contact
    contacts quotes commonwealth 벤처캐피탈 액셀러레이터 기술지주회사 기술지주 창업기획자 투자사 운용사
    """.split()
) | {"국내 기업", "국내외 기업", "이들 기업", "해외 기업", "국가 r&d"}
# The title a written honorific stands for: 'Prof. Jane Doe' is a professor.
HONORIFICS = {"Prof": "professor", "Dr": "dr", "Engr": "engineer"}
_VERBS_EN = set("joined join joins said says signed became were was are is will have has".split())
_CONNECTORS_EN = {
    *"of for and & de du des der für the at on in und - –".split(),
    *"di da del della van von den la le y".split(),  # 'Politecnico di Milano', 'Universidad de la Rioja'
    # 'Consiglio Nazionale delle Ricerche', 'Università degli Studi di Bari', 'Instituto ... Agrária e Veterinária'
    *"delle degli dei dello e et pour do dos das zur zum voor en för og es à au aux al".split(),  # (Dar es Salaam)
    "na",  # ('Bord na Móna': Irish)
    "upon",  # ('Newcastle upon Tyne Hospitals')
}
_LEAD_WORDS_EN = set(
    """
    a all also among an and as at both but by earlier friday from in including its last later meanwhile
    monday new next on other saturday such sunday that the their them then these this those thursday today
    tuesday wednesday while with yes no well so okay sure
    """.split()
)
# Capitalised only because they open a sentence or clause: never an organisation's name.
# '120-million-euro', '2.5bn', '40 million': an amount written without its currency sign
_AMOUNT_WORD = re.compile(r"^\d[\d,.]*(?:-|\s)?(?:million|billion|mn|bn|m|k)\b", re.I)
_NOT_NAMES_EN = set(
    """
    a according additionally after all also although an analysts and another as at because before both but
    by companies currently dozens each earlier efforts eight eleven experts fifteen fifty finally first five
    for forty four fourteen fourth friday from furthermore he here how however hundreds if in initially
    instead it its last later likewise many meanwhile members membership monday more moreover most new next nine no not
    now officials on one other others our overall partners plans previously researchers saturday scientists
    second seven several she similarly since six so some still such sunday talks ten that the their then
    there these they third thirteen thirty this those three thursday thus today together tuesday twelve
    twenty two under we wednesday what when where which while who why with work yet i you us
    ministry department agency government secretariat commission welcoming welcome congratulations neither
    either none grows adds joins expands welcomes
    """.split()
)
# A province's or state's abbreviation as the press writes it after a town
_STATE_ABBREVIATION = re.compile(
    r"B\.C\.|Que\.|Ont\.|Alta\.|Sask\.|Man\.|N\.S\.|N\.B\.|Nfld\.|P\.E\.I\.|N\.S\.W\.|Qld\.?|Vic\.|Calif\.|"
    r"Mass\.|Wash\.|Penn\.|Mich\.|Ill\.|Fla\.|Colo\.|Ariz\.|Ore\.|Wis\.|Minn\.|Conn\.|Md\.|Va\.|Ga\.|Tenn\."
)
# A month, with a day or a year perhaps ('November 2024', 'Sept. 26'), or a year: no name.
_DATE_WORDS_EN = re.compile(
    r"^(?:(?:from|since|until|by|in|on|starting|early|late|mid|next|last|this)[\s\-]+)?"  # ('From July, members' ...')
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?$|^\d{4}$|"
    r"^Q[1-4](?:\s+\d{4})?$",
    re.I,
)


@dataclass
class Mention:
    """An organisation listed in a sentence under a cue."""

    table: str
    label: str
    name: str
    start: int  # offsets within the sentence
    end: int
    person_name: str | None = None
    person_title: str | None = None
    country: str | None = None
    alias: str | None = None
    org: str | None = None  # the organisation a name written short stands for ('Manitoba' of 'the universities of')


# ---------------------------------------------------------------- items -> mentions


def _split_alias(text: str) -> tuple[str, str | None]:
    m = re.match(r"^(?P<name>.+?)\s*[(（\[](?P<alias>[^()（）\[\]]{1,80})[)）\]]$", text)
    if m and not re.fullmatch(r"\d+|주|유|재|사", m.group("alias")):
        return m.group("name").strip(), m.group("alias").strip()
    return text, None


# The commonest Korean family names: a person's name of three syllables opens with one of them.
_SURNAMES_KO = frozenset(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용"
)


def _personal_name_ko(word: str) -> bool:
    return len(word) == 3 and word[0] in _SURNAMES_KO and lookup(word) is None


def _person(text: str, patterns: list[re.Pattern]) -> tuple[str, str | None, str | None]:
    for pattern in patterns:
        m = pattern.match(text)
        if m and m.group("org").strip():
            title = m.group("title").rstrip(".")
            title = HONORIFICS.get(title, title)
            org, name = m.group("org").strip(), m.group("name")
            if _personal_name_ko(org) and not _personal_name_ko(name):
                org, name = name, org  # '정세훈 오션링크 대표': the person first, then the company's name
            return org, name, title.lower() if re.match("[A-Za-z]", title) else title
    return text, None, None


_LEAD_KO = re.compile(
    r"^(?:(?:지난해|올해|내년|지난|오는|이날|전날|지난달|이달|다음\s?달|지난주|이번\s?주|가운데|이\s?중|이중|중|특히|또한|"
    r"이번에|이번|아울러|이밖에|이외에|중순|초순|하순|말|초|연말|연초|\d+월|\d+일|\d+년)\s+)+"
)
_DESCRIPTOR_KO = re.compile(
    r"(?:기업|스타트업|업체|회사|벤처|팹리스|전문기업|전문|선급|선사|[가-힣]*기관|"
    r"양조장|농장|공장|연구소|제조업체|"  # ('홉 재배농장 홍천홉팜', '수제맥주 양조장 한라브루잉')
    r"(?:제조|제작|통신|운영|공급|개발|장비|소재|부품|설계|시공|건설|발전|보험|증권|해운|조선|제약|화학|철강|에너지|물류|"
    r"완성차|배급|유통|방송|게임|투자|카드|여행|(?<!공)항공|식품|화장품)사)$"  # (not '한국공항공사')
)
_REGION_ONLY = re.compile(
    r"^(?:서울|부산|대전|대구|광주|인천|울산|세종|경기|강원|충남|충북|전남|전북|경남|경북|제주|수도권|충청권|호남권|영남권)$"
)
_PERSON_ONLY_KO = re.compile(rf"^[가-힣]{{2,4}}\s+(?:{TITLES_KO})$")
# A person in a note after a name: '(연구책임자 윤세라 의료정보학과 교수)', '(..., 책임자 장현우 교수)'
_PERSON_IN_NOTE_KO = re.compile(
    rf"(?:^|[\s,·])(?P<name>[가-힣]{{2,4}})\s+(?:[가-힣]+(?:학과|학부|교실|연구실|연구소|센터|본부|팀|과)\s+)?"
    rf"(?P<title>{TITLES_KO})$"
)
# A note of Korean words apart that does not end as a body's name ('예측 모델 개발', '연합학습 플랫폼 구축·운영')
_NOTE_KO = re.compile(
    r"(?=.*\s)(?=.*[가-힣])[가-힣A-Za-z0-9·,\s]+(?<!대학교)(?<!대학)(?<!연구원)(?<!연구소)(?<!재단)(?<!센터)(?<!협회)(?<!공사)"
)


# (not 기업, 회사: companies name themselves in common words too, '정상기업', '미래기업')
_KIND_SUFFIX_KO = re.compile(r"(?P<stem>[가-힣]{1,8})(?:기관|단체|\s?(?:운영|제조|공급|설계|시공)사|\s?업체)")


@lru_cache(maxsize=4096)
def _common_kind(name: str) -> bool:
    """A Korean name that is a kind of body written in dictionary words ('방역기관', '생산자단체'), unlike a name
    with a proper or unknown word in it ('한울광전기관')."""
    kind = _KIND_SUFFIX_KO.fullmatch(name)
    if kind is None:
        return False
    return dictionary_words(kind.group("stem"))


def _tidy_korean(name: str) -> str:
    """Drop dates, descriptors and 측: "지난해 4월 네이버클라우드", "드론 기업 파블로항공", "KT클라우드 측"."""
    name = _LEAD_KO.sub("", name)
    name = re.sub(r"^(?:19|20)\d{2}\.\s?\d{1,2}\.(?:\s?\d{1,2}\.)?\s+", "", name)  # ('2025. 5. X': a timeline's day)
    name = re.sub(r"\s?(?:측|몫)$", "", name)  # ("KT클라우드 측", "한빛에너지솔루션 몫": its side, its share)
    # ('의장사는 광주시가, 간사기관은 X가 맡고': the subject's particle after a body's own ending)
    name = re.sub(r"(?<=[가-힣]{2}[시도군구원부처청교단터소])가$", "", name)
    name = re.sub(r"\s(?:연임|유임|재선임|선임|선출|취임)$", "", name)  # ('회장사 SK하이닉스 연임': a headline's verb)
    # ('회장사인 한빛중공업의 정태수 대표가': whose person follows, the particle of possession)
    name = re.sub(r"(?<=[가-힣A-Za-z)]{3})의$", "", name)
    side = re.match(r"(\S{1,6})\s?측\s(?=\S)", name)
    if side and country_code(side.group(1)):
        name = name[side.end() :]  # ('한국 측 SK가스', '일본 측 가와사키중공업': the side the company is on)
    if name.endswith(")") and "(" not in name:
        name = name[:-1]  # ("'... 협의체'(회장사 팹리스원)": the bracket the name closes)
    name = re.sub(r"\s?\([^()]*$", "", name)  # ('경북대학교병원(이상 참여기관)': a bracket the name opens)
    name = re.sub(r"^(?:\[[^\]]{1,10}\]|<[^<>]{1,10}>)\s*", "", name)  # '[다음글] 협회 ...', '<붙임> ...': a label
    # '...조성사업\' 공모 결과 한국생명공학연구원': a quoted programme and its words before the name.
    if re.search(r"[’'”\"]", name):
        after = [part for part in re.split(r"[’'”\"]", name) if part.strip()]  # ('회원사 'A'': nothing after)
        name = after[-1].split()[-1] if after else name
    # '설계 분야 한국전력기술', '제작 부문 두산에너빌리티': the field heading before the name.
    name = re.sub(r"^(?:\S+\s)?(?:분야|부문|쪽)(?:에서는|에선|에서|은|는)?\s", "", name)
    name = re.sub(r"^(?:㈜|\(주\)|주식회사)\s?|\s?(?:㈜|\(주\))$|\s\d+$", "", name)  # '울산수소밸브 5(개사)'
    name = re.sub(r"\s외(?:\s?\d+\s?(?:개사|곳|개\s?기관|개\s?기업|개))?$", "", name)  # '자연담 외 12개사': the others
    name = re.sub(r"\s등$", "", name)  # ('A·B·C 등' on a list's line: the last name and 'and others')
    name = re.sub(r"^[美中日英獨独佛露加濠印]\s?(?=\S)", "", name)  # ('美 조지아공대': a headline's country mark)
    name = re.split(r"\s산하\s", name)[-1]  # '식품의약품안전처 산하 식품의약품안전평가원': the unit named
    # '참여기업 9개사 가운데 파나시아': the count the name is picked from
    name = re.sub(r"^(?:\S+\s)?\d+\s*(?:개사|곳|개\s?기관|개\s?기업|개)\s*(?:가운데|중)\s", "", name)
    # '진공 브레이징 전문인 한빛메탈텍', '배관을 만드는 대영플로우': a clause describing the name before it
    name = re.sub(r"^(?:.*\s)?\S*(?:전문인|업체인|기업인|기관인|[가-힣]드는|[가-힣]하는)\s(?=\S)", "", name)
    # '순천대 컨소시엄', '부경대 연구팀': the organisation whose consortium or team it is
    name = re.sub(r"(?<=[가-힣A-Za-z])\s(?:컨소시엄|연합연구단|연구팀|연구진|연구단|연합)$", "", name)
    words = name.split()
    for i in range(len(words) - 2, -1, -1):
        if _DESCRIPTOR_KO.search(words[i]):
            return re.sub(r"^(?:㈜|\(주\))\s?", "", " ".join(words[i + 1 :]))
    if len(words) >= 2 and _kind_then_name(name):
        return words[-1]  # ('완성차 대한모터스', '배터리 셀 누리셀': dictionary words saying what the name is)
    return name


@lru_cache(maxsize=4096)
def _kind_then_name(name: str) -> bool:
    """Words Kiwi knows as common nouns, then one it does not know: a kind of business before a name."""
    *kind, last = name.split()
    last_tokens = kiwi().tokenize(last)
    # (a word Kiwi does not know, or a long compound of words it does: '리튬포레스트', '배터리링크')
    unknown = (
        len(last_tokens) == 1
        and (last_tokens[0].id < _KIWI_FIRST_WORD_ID or last_tokens[0].tag == "NNP")
        and len(last) >= 3
    ) or (len(last) >= 5 and len(last_tokens) >= 2 and re.fullmatch(r"[가-힣]+", last) is not None)
    # (not a service the name belongs to: '육군 드론봇전투단')
    known = all(len(w) <= 4 and not re.fullmatch(r"(?:육|해|공)군|해병대|경찰|소방", w) for w in kind) and all(
        t.tag in ("NNG", "NNB", "XSN") and t.id >= _KIWI_FIRST_WORD_ID for w in kind for t in kiwi().tokenize(w)
    )
    return unknown and known


def item_mention(cue: Cue, text: str, start: int, end: int, language: str) -> Mention | None:
    """A mention from a list item that stands alone on its line (particles already absent)."""
    return _mention(cue, text, start, end, language, 2)


def _end_trimmed(name: str) -> str:
    """The name without the punctuation after it, save the last dot of a legal form ('Ibérica Regolith S.L.',
    'Hexaspace S.A.', 'Kaiyo Drone Systems K.K.')."""
    stripped = name.rstrip(" ,.;:")
    abbreviated = re.search(r"(?:\b[A-Za-z]{1,3}\.)+[A-Za-z]{1,3}$", stripped) and name[len(stripped) :].startswith(".")
    return stripped + "." if abbreviated else stripped


_ALIAS_INSIDE = re.compile(
    r"(?P<words>.+?)\s+\((?P<alias>[A-Z][A-Za-z&\-]{1,9})\)\s+(?P<head>Council|Board|Committee|Cent(?:re|er)|Institute|"
    r"Agency|Authority|Commission|Foundation|Association)"
)


_ALIAS_BEFORE_PLACE = re.compile(
    r"(?P<words>.*?\b(?:Institute|University|Laborator(?:y|ies)|Cent(?:re|er)|College|School)\b.*?)\s+"
    r"\((?P<alias>[A-Z][A-Za-z&\-]{1,9})\)\s+(?P<head>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
)


# The marks a Korean line sets its items off with, inline ('△A △B', '▲주관 A▲공동 B')
INLINE_MARKS = "△▲■□●•◆◇▶►▷▹○◎◈▣"
# Funding programmes written as if they were bodies: 'funding from the European Union's Horizon Europe programme'
FUNDING_SCHEME_EN = re.compile(
    r"(?:the\s+)?(?:Horizon\s+(?:Europe|2020)|Erasmus\+?|Interreg(?:\s+[A-Z][\w\-]*)?|Digital\s+Europe(?:\s+Programme)?|"
    r"LIFE\s+Programme|Creative\s+Europe|NextGenerationEU)"
)


_OFFICE_WORDS_EN = re.compile(
    r"(?:^|\s)(?:Chief|Senior|Deputy|General|Executive|Principal|Assistant)\s+(?:Manager|Officer|Executive|Director|"
    r"Scientist|Engineer|Adviser|Advisor|Secretary)(?:\s*\([^()]*\))?$"
)


def _mention(cue: Cue, text: str, start: int, end: int, language: str, listed: int) -> Mention | None:
    """Turn one list item into a mention, or None when the item is not an organisation."""
    raw = text.strip(" \t'\"‘’“”「」『』")
    raw_start = start + max(text.find(raw), 0)
    raw = _end_trimmed(re.sub(r"^(?:및|그리고|또|and|&)\s+", "", raw))
    raw_start = start + max(text.find(raw), 0)
    if re.fullmatch(r"[A-Z][\w\-]*-based", raw):
        return None  # ('a Nairobi-based philanthropy': where a body is, before what it is)
    if re.fullmatch(r"[A-Z0-9\-/]*\d{4,}[A-Z0-9\-/]*", raw):
        return None  # ('U01DC021910 (clinical sites)': a grant's number)
    if re.fullmatch(r"(?i:its|their|the|all|these|those|our|both)\s+\d+", raw):
        return None  # 'Its 14 partners met': a count of the members, not a name
    if "…" in raw:
        return None  # ('"팹 하나로는 부족"…장비·강의 나눠 쓴다': a headline's ellipsis, no name)
    if re.fullmatch(r"\([^()]*\)", raw):
        return None  # ('대산수소에너지㈜(이동식 충전소 운영)': what the item before does, in brackets)
    name, person_name, person_title = _person(raw, _PERSON_KO if language == "ko" else _PERSON_EN)
    if person_name and re.fullmatch(r"Associate|Assistant|Adjunct|Emeritus|Visiting|Research", name):
        return None  # ('where Associate Professor Cathal Brennan leads': the first word of the title, no body)
    if person_name and language == "en" and re.fullmatch(_UNIT_NAME, name):
        return None  # ('Professor X of the Department of Electrical Engineering, IIT Madras': the body comes after)
    if person_name and language == "ko":
        # 'KAIST 기계공학과 류민혁 교수': KAIST; '서울대병원 소아청소년과 김도윤 교수': the hospital
        name = re.sub(r"(?<=\S)\s\S+(?:학과|학부|교실|연구실)$|(?<=병원)\s[가-힣]{2,8}과$", "", name)
    if language == "en" and _OFFICE_WORDS_EN.search(name) and not re.search(r"\bof\b", name):
        # ("The HA's Chief Manager (Clinical Informatics)": an office, not a body; not 'Office of the Chief Scientist')
        return None
    if language == "en":
        # ('CHARLESTON - The National Science Foundation ...': a wire story's dateline before the subject)
        dateline = re.match(r"([A-Z][A-Z .,'’]{2,40})\s[—–-]{1,2}\s+(?:The\s+)?(?=[A-Z][a-z])", name)
        if dateline and is_city(dateline.group(1).strip(" ,").title()):
            name = name[dateline.end() :]
        name = re.sub(r"(?<=\)),\s+(?:(?:New|San|Los|St\.?)\s)?[A-Z][\w\-]+$", "", name)  # '(IITM), Pune': where it is
        name = re.sub(r"(?<=\))\s+in\s+(?:the\s+)?[A-Z][\w\-]+(?:[ ,]+[A-Z][\w\-]+){0,3}$", "", name)  # '(CNR) in Bari'
        # ('(RDSO) of the Indian Railways': the body it belongs to, after its short form)
        name = re.sub(r"(?<=[A-Z]\))\s+of\s+the\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,4}$", "", name)
        # ('Dhansiri Drones LLP of Dimapur': the town a company is in, after its legal form)
        name = re.sub(
            r"\b(LLP|Ltd\.?|Inc\.?|GmbH|AG|Corp\.?|LLC|Limited|Pvt\.?)\s+of\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)$",
            lambda r: r.group(1) if is_city(r.group(2)) or is_region(r.group(2)) else r.group(0),
            name,
        )
        # ('The Division of Human Genetics at the University of Cape Town (UCT)': the unit's university)
        name = re.sub(
            r"^(?:[Tt]he\s+)?(?:Division|Department|School|Faculty|Unit|Laboratory|Lab|Group)\s+(?:of|for)\s+"
            r"[^,;]+?\s+at\s+(?:the\s+)?(?=(?:[A-Z][\w\-]*\s+)*(?:University|College|Institute)\b)",
            "",
            name,
        )
    if language == "ko":
        # ('비임상 시험수탁기관(CRO) 바이오세이프랩': the kind of body and its short form, then the name)
        name = re.sub(r"^[가-힣·\s]+(?:기관|기업|업체|회사)\s?\([A-Z]{2,6}\)\s(?=[^\s()]+$)", "", name)
        # ('NIA 데이터정책본부': a unit of a body written by its short form)
        name = re.sub(r"^([A-Z][A-Za-z]{1,7})\s[가-힣]{2,12}(?:본부|연구실|팀|실)$", r"\1", name)
        # ('한화오션 특수선사업부': a company's division is the company's)
        division = re.fullmatch(r"(\S+)\s[가-힣]+사업부", name)
        name = division.group(1) if division and looks_like_org(division.group(1)) else name
        # ('사무국은 간사 기관인 부산창조경제혁신센터 안에 둔다': where in it, after its name)
        name = re.sub(r"(?<=\S{2})\s(?:안|내|내부|옆|앞|인근)$", "", name)
        # ('남면 해솔새우', '근흥면 안흥바다양식': the township or town a farm is in, before its name)
        # (not a word that ends so: '수면 분석 AI')
        township = re.match(r"([가-힣]{1,4}[면읍])\s(?=\S{2,})", name)
        name = name[township.end() :] if township and not dictionary_words(township.group(1)) else name
        # ('한국재료연구원(KIMS) 엔지니어링세라믹연구실': a unit after the short form is part of the body named)
        name = re.sub(
            r"(?<=[A-Z]\))\s[가-힣A-Za-z]+(?:연구실|실험실|연구센터|연구단|연구소|학과|학부|본부|팀|그룹)$", "", name
        )
    name, alias = _split_alias(name)
    if language == "en" and not alias:
        # ('the Federal University of Pará – UFPA (coordinator)': its short form after a dash; 'Puna (industrial
        # members): A': a bracket the name opens)
        dashed = re.fullmatch(r"(.+?)\s[–—-]\s([A-Z][A-Z0-9&]{1,5})", name)
        name, alias = (dashed.group(1), dashed.group(2)) if dashed else (re.sub(r"(?<=\S)\s+\([^()]*$", "", name), None)
    inside = _ALIAS_INSIDE.fullmatch(name) if language == "en" and not alias else None
    placed = _ALIAS_BEFORE_PLACE.fullmatch(name) if language == "en" and not alias and not inside else None
    # ('Workplace Safety and Health (WSH) Council': the short form written before the name's last word; the name
    # stays as written, the organisation is the name without it; 'Indian Institute of Technology (IIT) Bombay':
    # the short form of a system before the place of one of its members, which goes by both, 'IIT Bombay')
    inside = inside or placed
    whole = re.sub(r"^[Tt]he\s+", "", f"{inside.group('words')} {inside.group('head')}") if inside else None
    alias = f"{placed.group('alias')} {placed.group('head')}" if placed else inside.group("alias") if inside else alias
    if alias and person_name is None:
        # 'Korea University (Professor Lee Seong-whan)', '고려대학교(이성환 교수)': a person, not another name.
        inner = re.match(rf"^(?P<title>{_TITLES_EN})\s+(?P<name>[A-Z][\w.\-']+(?:\s+[A-Z][\w.\-']+){{0,3}})$", alias)
        inner_ko = re.match(rf"^(?P<name>[가-힣]{{2,4}})\s+(?P<title>{TITLES_KO})$", alias) or re.match(
            rf"^(?P<title>{TITLES_KO})\s+(?P<name>[가-힣]{{2,4}})$",
            alias,  # 'A(대표 홍길동)'
        )
        if language == "ko" and not inner_ko:
            # 'A (데이터 품질관리 총괄, 책임자 장현우 응급의학과 교수)': the person after a description and their unit
            inner_ko = _PERSON_IN_NOTE_KO.search(alias)
        if inner or inner_ko:
            m = inner or inner_ko
            person_name, person_title, alias = m.group("name"), m.group("title").rstrip("."), None
            if inner:
                person_title = HONORIFICS.get(person_title, person_title).lower()
        elif language == "ko" and _NOTE_KO.fullmatch(alias.split("·")[0]):
            alias = None  # 'A (예측 모델 개발)': what it does, in words apart, not another name of it
        elif language == "ko":
            alias = alias.split("·")[0]  # ('항우연·KARI', 'CNS Telecom·지상국 게이트웨이 장비': the first of its names)
    if language == "en":
        # ('Project Manager Kaoru Shimazaki (Keio University)': an office and its holder, then their organisation)
        office = _OFFICE_NAME.fullmatch(name)
        if office and alias and looks_like_org(alias):
            holder = office.group("holder")
            name, alias = alias, None
            person_name = person_name or (holder if holder and _bare_person(holder) else None)
        elif office:
            return None  # ('led by Project Manager (PM) Dr. X': the office, no organisation)
    # ('And the Lake Victoria Fisheries Organization': a sentence's first word before the name)
    name = re.sub(r"^(?:And|But|So|Also|Then|Yes|Now)\s+(?=[A-Z]|the\s)", "", name)
    name = _end_trimmed(re.sub(r"^(?:the|The)\s+", "", name).lstrip(" ,.;:"))
    country = None
    if language == "en":
        # ('geneticist Marta Kowalczyk of the Max Planck Institute ..., who will coordinate': the person's organisation)
        of_org = re.match(
            r"^(?:[a-z\-]{4,}\s+|(?:Engr|Dr|Prof|Mr|Ms|Mrs)\.?\s+)([A-Z][a-z]+(?:[\s\-][A-Z][a-z]+){1,2})\s+of\s+"
            r"(?:the\s+)?(?=[A-Z])|^([A-Z][a-z]+(?:[\s\-][A-Z][a-z]+){1,2})\s+of\s+(?=[A-Z]{2,}\b)",
            name,
        )  # (or after an honorific, or before a short form: 'Ramon Villafuerte of UPLB will serve as co-leader')
        if of_org and _bare_person(of_org.group(1) or of_org.group(2)):
            person_name, name = of_org.group(1) or of_org.group(2), name[of_org.end() :]
        # ('Executive Director of DOST-PCIEERD, which funds the program': the office of a person who spoke)
        name = re.sub(
            r"^(?:[A-Z][a-z]+\s+){0,3}(?:Director|President|Chair(?:man|woman|person)?|Head|Officer|Secretary|"
            r"Minister|Dean|Rector|Administrator|Commissioner|Manager|Scientist|Fellow|Lecturer|Researcher|Engineer)"
            r"(?:[\s\-]General)?\s+(?:of|at)\s+(?:the\s+)?(?=[A-Z])",
            "",
            name,
        )
        # ('held its kick-off on 27 October at the Queen Astrid Military Hospital': the date and 'at' before it)
        name = re.sub(r"^\d{1,2}\s+[A-Z][a-z]+\.?\s+(?:\d{4}\s+)?at\s+(?:the\s+)?(?=[A-Z])", "", name)
        # ('held at Tyndall on 21–22 October': the date after it)
        name = re.sub(
            r"\s+(?:on|in|from|between)\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|"
            r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b).*$",
            "",
            name,
        )
        # ('the municipality of Sines': a body's name, written in lower case)
        written = name[:1].isupper() or name[:1].isdigit() or lookup(name) or _LOWER_OF.fullmatch(name)
        if re.match(rf"^(?:{_TITLES_EN})\s", name) or not written:
            return None  # a person without an organisation, or a lowercase phrase
        name, country = clean_english_name(name)
        if alias is None:
            name, alias = _split_alias(name)  # ('X (APROMA) of Peru': its short form, once its country is off)
        name = _BASED.sub("", name)  # "St. John's-based Torngat Subsea": where it is, not its name
        # ("the Ministry of Business, Innovation and Employment's Endeavour Fund": the body whose fund it is)
        name = re.sub(r"['’]s\s+(?:[A-Z][\w\-]*\s+){0,4}(?:Fund|Scheme|Grants?|Challenge)$", "", name)
        if re.search(r"['’]s$", name) and not re.search(r"\b(?:Children|Women)['’]s$", name):
            # "the European Union's supercomputing body": an owner in a description (not "Seattle Children's")
            return None
        if (
            name.lower() in _NOT_NAMES_EN
            or _STATE_ABBREVIATION.fullmatch(name)  # ('Photonic Inc. of Coquitlam, B.C.': where it is)
            or _DATE_WORDS_EN.match(name)
            or re.match(_MONEY, name)
            or _AMOUNT_WORD.match(name)
            # ('Two processors, A and B, are taking part': the count of a kind, not a name)
            or re.fullmatch(
                r"(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Many|Both|All)(?:\s+[a-z][\w\-]*)+", name
            )
            # ('Five Canadian companies are participating': their number and nationality)
            or (
                (counted := re.fullmatch(r"(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\s+(\w+)", name))
                and _demonym(counted.group(1))
            )
        ):
            return None
        if re.fullmatch(rf"(?:{_COMPANY_WORDS})|(?:{_TITLES_EN})", name, re.I):
            return None  # 'Systems' alone: the end of a name broken over lines; 'CEO': a person's title
    else:
        placed = re.match(r"(?P<country>[가-힣]+)\s(?:소재|기반)\s", name)
        if placed and country_code(placed.group("country")):
            # '룩셈부르크 소재 위성운영사 1곳': a body told by where it is, not named; its country stands for it
            name = placed.group("country")
        name = _tidy_korean(name)
        if _JUNK_KO.search(name) or len(name) < 2 or _PERSON_ONLY_KO.match(name) or _REGION_ONLY.match(name):
            return None
        if _common_kind(name):
            return None  # '방역기관', '생산자단체': a kind of body in common words, no name
        if name.count(" ") >= 2 and re.search(r"\s(?:AI|솔루션|시스템|플랫폼|모델|알고리즘|소프트웨어)$", name):
            return None  # '흉부 X선 판독 보조 AI': a product told in words, not its maker (not '소프틀리 AI')
        if re.search(r"\s(?:기업|기관|업체|회사|대학|연구기관)(?:들)?$|^[A-Z]{1,4}\s?(?:기업|업체|회사)$", name):
            return None  # '완성품 기업과 대학': a kind of organisation, written apart from its word, is no name
        if re.search(r"(?:특구|단지|클러스터|밸리)$", name) and not lookup(name):
            return None  # '전북 수소 상용모빌리티 규제자유특구 주관기관': a zone, whose lead is named elsewhere
        if re.fullmatch(rf"[A-Z][a-z]+(?:[\s\-][A-Z][a-z]+){{1,2}}\s(?:{TITLES_KO})", name):
            return None  # 'Hendrik Visser 교수': a person written in Latin letters, with a Korean title
    # (but a research body named a programme, with its short form or as one: 'KEMRI-Wellcome Trust Research
    # Programme', 'Malawi-Liverpool-Wellcome Programme (MLW)')
    named_programme = re.search(r"\bProgram(?:me)?$", name) and (alias or re.search(r"Research Program(?:me)?$", name))
    if cue.table == "members" and _PROGRAMME_NAME.search(name) and not named_programme:
        return None  # the programme itself ('... 컨소시엄에 합류'), not one of its members
    if not name or len(name) > 120 or name.lower() in GENERIC or re.fullmatch(r"[\d\s.,%]+", name):
        return None
    first, _, rest = name.partition(" ")
    if (
        language == "ko"
        and rest
        and not country_code(name)
        and country_code(first)
        and re.match(r"[가-힣]", first)  # ('Bangladesh Rice Research Institute' is one name)
        and (
            cue.label == "international"
            or re.fullmatch(r"[A-Za-z0-9&.\- ]+", rest)
            or lookup(rest)
            or (alias and re.fullmatch(r"[A-Za-z0-9&.\- ]+", alias))  # ('독일 에어로빈트(AeroWind)')
        )
    ):
        # '미국 뉴욕대학교', '노르웨이 NGI': the country says where the rest is ('노르웨이 해양연구소' is one name)
        name, country = rest, country_code(first)
    # The span covers the organisation's name only, not the person, the alias or a descriptor.
    at = raw.find(name)
    span = (raw_start + at, raw_start + at + len(name)) if at >= 0 else (raw_start, raw_start + len(raw))
    code = country_code(name)
    if code:
        # A country stands for an organisation only as an unnamed international partner.
        if cue.label != "international":
            return None
        return Mention(cue.table, cue.label, name, *span, country=code)
    if re.match(
        r"\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d", name
    ):
        return None  # '20 January 2026 – Six': a date, not a name
    if re.fullmatch(
        r"(?:(?:First|New|Newest|Latest|Founding|Initial|Inaugural|Other|More|Several|All|Its|Our)\s+)+"
        r"(?:Members?|Partners?|Companies|Institutions|Universities)",
        name,
    ):
        return None  # 'Including First Members from Latin America' in a headline: who, not a name
    where = re.fullmatch(r"(.+?)\s+(?:Members?|Partners?|Participants|Companies)", name)
    if where and country_code(where.group(1)):
        return None  # '... in Cambridge, U.K. Members will get access': a sentence that runs on after a country
    # A single unknown phrase as a foreign partner needs a sign that it is a name: the shape of one, a short form
    # in brackets or an owner country ("Germany's Physikalisch-Technische Bundesanstalt (PTB)").
    if (
        cue.label == "international"
        and listed == 1
        and language == "en"
        and not (looks_like_org(name) or alias or country or _ORG_HEAD.search(name))
    ):
        return None
    if cue.label != "international":
        country = None
    return Mention(
        cue.table, cue.label, name, *span, person_name, person_title, country=country, alias=alias, org=whole
    )


# ---------------------------------------------------------------- Korean, over Kiwi tokens


@dataclass
class _Chunk:
    kind: str  # run, sep, part, etc, cue, other
    start: int
    end: int
    form: str = ""
    cue: Cue | None = None
    tags: frozenset = frozenset()


_HANGUL_AT = re.compile(r"[가-힣]")
_COUNT_AFTER_LIST = re.compile(
    r",?\s(이렇게\s(?:\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?(?:곳|개사|개\s?기관|개\s?기업))"
)
# Kiwi gives the forms it does not know the low ids of their tag (2 for an unknown NNG, 3 for NNP); its
# dictionary's words come after the tags'.
_KIWI_FIRST_WORD_ID = 64
_GROUP_LABEL = re.compile(r"(?<=[▲△■□◆◇●○•▶])\s*(?P<label>[^:：=▲△■□◆◇●○•▶,.()]{1,20})(?:[:：]\s?|=)")


_TASKS_IN_BRACKETS = re.compile(
    r"\((?=[^()]*[,，])[^()]*(?:배정|운영|담당|관리|개발|구축|분석|설계|제작|시험|실증|검증|평가|교육|지원)[^()]*\)"
)


def _subject_ending(word: str) -> bool:
    """A word ending in the subject particle its last syllable takes: 가 after a vowel, 이 after a consonant
    ('케이컬처가' is 케이컬처 + 가; '쎄트렉아이' is a name)."""
    if len(word) < 2 or word[-1] not in "이가" or not "가" <= word[-2] <= "힣":
        return False
    final_consonant = (ord(word[-2]) - 0xAC00) % 28 != 0
    return final_consonant == (word[-1] == "이")


_DATE_BEFORE_NAME = re.compile(
    r"(?:(?<=\s)|^)(?:(?:지난해|올해|작년|내년|금년)\s?)?\d{1,4}\s?(?:년|월)(?:\s?\d{1,2}\s?(?:월|일))*(?=\s[가-힣A-Z])|"
    # ('2025. 5. 포항공과대학교 ...': a timeline's day)
    r"(?:(?<=\s)|^)(?:19|20)\d{2}\.\s?\d{1,2}\.(?:\s?\d{1,2}\.)?(?=\s)|"
    r"(?:(?<=\s)|^)(?:지난해|올해|작년|금년)(?=\s[가-힣A-Z])"
)


_BODY_COUNT = r"\d{1,3}\s?(?:곳|개사|개\s?기관|개\s?기업)"  # (bodies counted, not people: '18명')
_COUNT_CLOSING = re.compile(
    rf"(?<=[가-힣A-Za-z0-9)㈜])(?<!등)(?<!총)(?<!모두)\s({_BODY_COUNT})(?=[,.]|\s|이다|이며|이고|[이가은는을를의도과와]\s|$)"
)
_COUNT_AFTER_CUE = re.compile(r"\s?\d{1,3}\s?(?:곳|개사|개\s?기관|개\s?기업|개소|개)(?=[은는이가]|\s?[:：]\s|\s[—–]\s)")


def _chunks(tokens: list, cues: list[Cue], sentence: str) -> list[_Chunk]:
    chunks: list[_Chunk] = []
    # '△A(총괄) △B(간사) △C': a role in brackets is read by bracket_roles and does not end the list here.
    bracketed = [(m.end("names"), m.end()) for m in _BRACKET_ROLE.finditer(sentence)]
    cues = [c for c in cues if not any(a <= c.start < b for a, b in bracketed)]
    for cue in cues:
        chunks.append(_Chunk("cue", cue.start, cue.end, sentence[cue.start : cue.end], cue))
    # 'A를 비롯해 B', 'A와 함께 B': phrases that join list items; '통신장비 업체인 B': a descriptor to skip.
    seps = [(m.start(), m.end()) for m in _SEP_PHRASE.finditer(sentence)]
    skips = [(m.start(), m.end()) for m in _DESCRIPTOR_IN.finditer(sentence)] + bracketed
    # '▲LED 칩: 루미칩스, 한울광전 ▲검사 장비: 세림비전': the kind before each group's names is no name
    # (not '○ 한국원자력연구원 : 연구단 총괄', a name and its tasks)
    skips += [(m.start(), m.end()) for m in _GROUP_LABEL.finditer(sentence) if not looks_like_org(m.group("label"))]
    # 'X (MC 코디네이터 배정, 사무국 운영)': what an organisation does, in brackets after it
    skips += [m.span() for m in _TASKS_IN_BRACKETS.finditer(sentence)]
    # ('메디컬에이아이랩 (예측 모델 개발), 클라우드헬스': what it does, in words apart in brackets after it)
    skips += [
        m.span()
        for m in re.finditer(r"(?<=\S )\(([^()]{3,40})\)", sentence)
        if _NOTE_KO.fullmatch(m.group(1)) and not any(m.start() <= c.start < m.end() for c in cues)
    ]
    # '지난해 3월 한성공작기계, 동남기계': a date before the first name is no part of it
    skips += [m.span() for m in _DATE_BEFORE_NAME.finditer(sentence)]
    chunks += [_Chunk("sep", a, b, sentence[a:b]) for a, b in seps]
    # '창립 회원사 9곳은': a count right after a cue, which Kiwi may read as a number and a common noun
    counts = [
        m.span() for m in _COUNT_AFTER_CUE.finditer(sentence) if any(m.start() <= c.end <= m.start() + 1 for c in cues)
    ]
    # ('항공사는 A·B·C 3곳, 물류기업은 ...': the count closing a list, which Kiwi may read as part of its last name)
    # (not after a kind, '연구기관 15곳', or a short word of the dictionary, '나머지 6곳': a count of what they say;
    # nor after a verb, '스카이로켓랩스를 비롯한 7곳': only after a noun that ends the list's last name)
    noun_ends = {t.start + t.len for t in tokens if t.tag in _NOMINAL or t.tag in ("SSC", "SW")}
    counts += [
        m.span(1)
        for m in _COUNT_CLOSING.finditer(sentence)
        if not any(a <= m.start() < b for a, b in counts)
        and m.start() in noun_ends
        and not _counted_word(re.sub(r"[㈜()]", "", sentence[: m.start()].split()[-1]))
    ]
    chunks += [_Chunk("count", a, b, sentence[a:b]) for a, b in counts]
    skips += counts
    # 'A와 B, C, 이렇게 세 곳이': the count after a list closes it as 등 does
    closing = [m.span(1) for m in _COUNT_AFTER_LIST.finditer(sentence)]
    chunks += [_Chunk("etc", a, b, sentence[a:b]) for a, b in closing]
    seps = seps + closing
    for tok in tokens:
        s, e = tok.start, tok.start + tok.len
        if any(c.start <= s < c.end for c in cues) or any(a <= s < b for a, b in seps + skips):
            continue
        form, tag = sentence[s:e], tok.tag
        after_latin = s > 0 and sentence[s - 1].isascii() and not _HANGUL_AT.match(sentence, e)
        if tag == "XSN" and form in ("가", "이") and after_latin:
            # '딥레이크AI가,': Kiwi reads the subject particle after Latin letters as a suffix
            chunks.append(_Chunk("part", s, e, form))
            continue
        if tag == "SSO":
            chunks.append(_Chunk("open", s, e, form))
            continue
        if tag == "SSC":
            chunks.append(_Chunk("close", s, e, form))
            continue
        glued = s > 0 and e < len(sentence) and not sentence[s - 1].isspace() and not sentence[e].isspace()
        if form in ("-", "–", "—") and s > 0 and sentence[s - 1] == " " and sentence[e : e + 1] == " ":
            # '[참여기업] 바이오센스 - 현장형 PCR 장비 공급': a spaced dash sets off what the item does
            chunks.append(_Chunk("other", s, e, form))
        elif form == "&" and re.search(r"[A-Za-z]\s&\s[A-Z]", sentence[max(0, s - 2) : e + 2]):
            chunks.append(_Chunk("run", s, e, form, tags=frozenset({tag})))  # 'Wageningen University & Research'
        elif form in ("&", "+", "-", ".", "'") and glued and tag in {"SW", "SO", "SP", "SS", "SF"}:
            # 'R&D센터', 'SK-하이닉스', 'E&A': a symbol inside a name joins it
            chunks.append(_Chunk("run", s, e, form, tags=frozenset({tag})))
        elif form == "및" and glued:
            chunks.append(_Chunk("run", s, e, form, tags=frozenset({"NNG"})))  # '원자력및양자공학과': one word
        elif form in _SEP_FORMS and tag in {"SP", "SW", "SO", "JC", "MAG", "MAJ", "SS", "JKB"} or tag == "SW":
            chunks.append(_Chunk("sep", s, e, form))
        elif tag == "NNB" and form in _STOP_NNB:
            chunks.append(_Chunk("etc" if form == "등" else "count", s, e, form))
        elif tag in _NOMINAL or (tag == "NNB" and form not in _STOP_NNB):
            # A noun not in Kiwi's dictionary ('루미칩스', '한울광전') is most likely a name: tagged 'UNK' too.
            unknown = tag in ("NNG", "NNP") and tok.id < _KIWI_FIRST_WORD_ID
            tags = frozenset({tag, "UNK"} if unknown else {tag})
            if unknown and len(form) >= 3 and _subject_ending(form) and sentence[e : e + 1] == "," and s > 0:
                if sentence[s - 1] in "·ㆍ,/" or sentence[max(0, s - 2) : s] == ", ":
                    # '셀메디아·바이오엔엠·케이컬처가, ...': the last item of a list with its subject particle, read by
                    # Kiwi as one unknown word
                    chunks += [_Chunk("run", s, e - 1, form[:-1], tags=tags), _Chunk("part", e - 1, e, form[-1])]
                    continue
            chunks.append(_Chunk("run", s, e, form, tags=tags))
        elif tag.startswith("J"):
            chunks.append(_Chunk("part", s, e, form))
        elif tag == "MM" and _HANGUL_AT.match(sentence, e):
            # ('세원배터리' read as 세/MM + 원 + 배터리: a determiner glued to a noun begins a name)
            chunks.append(_Chunk("run", s, e, form, tags=frozenset({"NNG", "UNK"})))
        else:
            chunks.append(_Chunk("other", s, e, form))
    chunks.sort(key=lambda c: c.start)
    if "·" in sentence:
        chunks = _dotted_names(chunks, sentence)
    for n in range(1, len(chunks) - 1):
        if (
            chunks[n].kind == "cue"
            and chunks[n - 1].form in ("(", "[", "<", "【")
            and chunks[n + 1].form in (")", "]", ">", "】")
            and not sentence[: chunks[n - 1].start].strip(" -–•·△▲■□◇◆○●◦▪※*")  # at the head of the line only
        ):
            # '(공급기업) A, B, C': a role in brackets heads the list after it, as 'role: A, B, C' does
            chunks[n + 1] = _Chunk("sep", chunks[n + 1].start, chunks[n + 1].end, ":")
    chunks = _glued_prefixes(_after_legal_mark(chunks, sentence), sentence)
    chunks = _dot_items(_bullet_items(_glue_eojeols(_merge_runs(chunks, sentence), sentence), sentence), sentence)
    return _without_places_of(chunks)


def _after_legal_mark(chunks: list[_Chunk], sentence: str) -> list[_Chunk]:
    """The word glued after '㈜' or '(주)' is one name up to its last particle, however Kiwi split it ('㈜씨로바이오와'
    read as 씨 + 로 + 바이오 + 와); words right before the mark say what it is ('콜라겐 제조사 ㈜오션콜라텍') and go
    with the name, whose tidying drops them."""
    for mark in re.finditer(r"㈜|\(주\)", sentence):
        if re.match(r"[이가은는을를의도]\s", sentence[mark.end() : mark.end() + 2]):
            # ('대원정밀㈜이 ... 참여한다': the particle after a closing mark, which Kiwi may read as a verb)
            chunks = [
                _Chunk("part", c.start, c.end, c.form) if c.start == mark.end() and c.end == mark.end() + 1 else c
                for c in chunks
            ]
            continue
        word = re.match(r"[^\s,·ㆍ/()]+", sentence[mark.end() :])
        if not word:
            continue
        a, b = mark.end(), mark.end() + word.end()
        inside = [c for c in chunks if a <= c.start < b]
        last = inside[-1] if inside else None
        particle = last if last and (last.kind == "part" or last.form in ("와", "과")) and len(inside) >= 2 else None
        body = inside[:-1] if particle else inside
        if not body or any(c.kind in ("cue", "sep") for c in body):
            continue
        before = [c for c in chunks if c.end <= mark.start()]
        described = before[-1] if before and before[-1].kind == "run" else None
        described = described if described and sentence[described.end : mark.start()] == " " else None
        if len(body) < 2 and not described:
            continue
        start, end = (described or body[0]).start, body[-1].end
        merged = _Chunk("run", start, end, sentence[start:end], tags=frozenset({"NNP", "UNK"}))
        chunks = [c for c in chunks if not start <= c.start < end] + [merged]
        chunks.sort(key=lambda c: c.start)
    return chunks


# '국립산림과학원 난대·아열대산림연구소', '연방산림·눈·경관연구소': middle dots inside one word of a name, joining
# short words that name no organisation before a last part that does
_DOTTED_NAME = re.compile(
    r"(?:(?<=[\s:：,(])|^)(?:[가-힣]{1,4}·)+[가-힣]{1,12}"
    r"(?:연구소|연구원|연구센터|센터|대학교|대학원|연구부|연구단|재단|협회|학회|병원)(?=[\s,.)(]|$|[은는이가을를의와과도])"
)


def _dotted_names(chunks: list[_Chunk], sentence: str) -> list[_Chunk]:
    """Each dotted word of a name (_DOTTED_NAME) as one run, its dots no separators."""
    for word in _DOTTED_NAME.finditer(sentence):
        a, b = word.span()
        if any(
            looks_like_org(part)
            or lookup(part)
            or find_cues(part, "ko")
            or re.search(r"(?:연구원|연구소|센터|재단|협회|공사|공단|병원|.{2}대|사)$", part)
            for part in word.group(0).split("·")[:-1]
        ):
            continue  # ('서울대·연세대·고려대의료원', '회장사·원자력산업협회': names or roles of their own, listed)
        inside = [c for c in chunks if a <= c.start < b]
        if not inside:
            continue
        tags = frozenset().union(*(c.tags for c in inside)) | {"NNP"}
        chunks = [c for c in chunks if not a <= c.start < b] + [_Chunk("run", a, b, sentence[a:b], tags=tags)]
        chunks.sort(key=lambda c: c.start)
    return chunks


def _without_places_of(chunks: list[_Chunk]) -> list[_Chunk]:
    """'..., 충북 단양의 단양양조, ...': the place an item is from, before 의, is dropped from the list."""
    out: list[_Chunk] = []
    n = 0
    while n < len(chunks):
        c = chunks[n]
        if (
            n + 2 < len(chunks)
            and c.kind == "run"
            and c.tags == {"NNP"}
            and re.fullmatch(r"[가-힣]{2,4}(?:\s[가-힣]{2,4})?", c.form)
            and chunks[n + 1].kind == "part"
            and chunks[n + 1].form == "의"
            and chunks[n + 2].kind == "run"
            and chunks[n + 2].tags & {"NNP", "UNK"}
            and (not out or out[-1].kind in ("sep", "part", "cue"))
        ):
            n += 2
            continue
        out.append(c)
        n += 1
    return out


_WORD_START = " \t\n,·ㆍ・△▲■□●•◆▶(\"'‘“/"


def _glued_prefixes(chunks: list[_Chunk], sentence: str) -> list[_Chunk]:
    """'대한정밀' read as 대하+ㄴ 정밀, '한빛모션' as 한 빛모션: Korean spaces a determiner or an adnominal from the
    noun it modifies, so one written glued to a noun at the start of a word is part of a name."""
    out: list[_Chunk] = []
    i = 0
    while i < len(chunks):
        c = chunks[i]
        j = i + 1  # the word's other pieces, each touching the one before
        while j < len(chunks) and chunks[j].kind == "other" and chunks[j].start <= chunks[j - 1].end:
            j += 1
        if (
            c.kind == "other"
            and (c.start == 0 or sentence[c.start - 1] in _WORD_START)
            and j < len(chunks)
            and chunks[j].kind == "run"
            and re.fullmatch(r"[가-힣]+", sentence[c.start : chunks[j].start])
        ):
            r = chunks[j]
            out.append(_Chunk("run", c.start, r.end, sentence[c.start : r.end], tags=r.tags))
            i = j + 1
            continue
        out.append(c)
        i += 1
    return out


def _merge_runs(chunks: list[_Chunk], sentence: str) -> list[_Chunk]:
    """Adjacent runs form one name; a bracketed or quoted group after or around a run joins it."""
    out: list[_Chunk] = []
    i = 0
    while i < len(chunks):
        c = chunks[i]
        if c.kind == "open":
            j = i + 1
            while j < len(chunks) and chunks[j].kind in ("run", "sep") and j - i < 12:
                j += 1
            if j < len(chunks) and chunks[j].kind == "close" and j > i + 1:
                tags = frozenset().union(*(x.tags for x in chunks[i:j]))
                inner = _Chunk("run", c.start, chunks[j].end, sentence[c.start : chunks[j].end], tags=tags)
                if out and out[-1].kind == "run" and c.start == out[-1].end:  # 카이스트(KAIST)
                    out[-1] = _Chunk(
                        "run", out[-1].start, inner.end, sentence[out[-1].start : inner.end], tags=out[-1].tags | tags
                    )
                else:
                    out.append(inner)
                i = j + 1
                continue
            out.append(_Chunk("other", c.start, c.end, c.form))
            i += 1
            continue
        if c.kind == "run" and out and out[-1].kind == "run" and sentence[out[-1].end : c.start].strip() == "":
            out[-1] = _Chunk("run", out[-1].start, c.end, sentence[out[-1].start : c.end], tags=out[-1].tags | c.tags)
        elif c.kind == "close":
            out.append(_Chunk("other", c.start, c.end, c.form))
        else:
            out.append(c)
        i += 1
    return out


_BULLETS = {"△", "▲", "■", "□", "●", "•", "◆", "◇", "▶", "►", "○"}


def _bullet_items(chunks: list[_Chunk], sentence: str) -> list[_Chunk]:
    """After a bullet, the name runs to the end of its word(s), whatever Kiwi made of the syllables inside:
    '△보조나솔루션' is one name even where Kiwi reads '나' as a particle."""
    out: list[_Chunk] = []
    i = 0
    while i < len(chunks):
        c = chunks[i]
        out.append(c)
        i += 1
        if c.kind != "sep" or c.form not in _BULLETS:
            continue
        j = i
        while j < len(chunks):
            x = chunks[j]
            if x.kind in ("sep", "etc", "cue", "count", "open", "close"):
                break
            spaced_before = sentence[chunks[j - 1].end : x.start] != "" if j > i else False
            followed = j + 1 < len(chunks) and chunks[j + 1].start == x.end and chunks[j + 1].kind in ("run", "part")
            if x.kind == "part" and not (followed and not spaced_before):
                break  # a particle that ends the word ends the name
            if x.kind == "other" and (spaced_before or not sentence[x.start : x.end].strip(".,")):
                break
            j += 1
        if j > i + 1 and all(chunks[k].kind in ("run", "part", "other") for k in range(i, j)):
            start, end = chunks[i].start, chunks[j - 1].end
            if len(sentence[start:end].split()) <= 4:
                tags = frozenset().union(*(chunks[k].tags for k in range(i, j)))
                out.append(_Chunk("run", start, end, sentence[start:end], tags=tags))
                i = j
    return out


_DOTS = {"·", "ㆍ", "・"}


def _dot_items(chunks: list[_Chunk], sentence: str) -> list[_Chunk]:
    """'A·B·C 등': between middle dots the whole word is one name (Kiwi may split '성우반도체' oddly); the
    first name is the word before the first dot, the last the word after the last one, less its particle."""
    dots = [k for k, c in enumerate(chunks) if c.kind == "sep" and c.form in _DOTS]
    if not dots:
        return chunks
    replace: dict[int, tuple[int, _Chunk]] = {}  # first chunk index -> (last index, merged run)

    def merge(a: int, b: int) -> None:  # chunks a..b (inclusive) become one run, if they form one word
        while (
            b >= a
            and chunks[b].kind == "part"
            and (b == len(chunks) - 1 or sentence[chunks[b].end : chunks[b].end + 1] in (" ", ""))
        ):
            b -= 1  # the particle that ends the last word
        while b > a and chunks[b].kind == "other" and re.fullmatch(r"(?:이|)(?:다|며|고|라고)?[.,]?", chunks[b].form):
            b -= 1  # ('... 피시링크·해울프레시다.': the copula and the sentence's end after the last name)
        if b < a or any(chunks[k].kind in ("sep", "etc", "cue", "count") for k in range(a, b + 1)):
            return
        start, end = chunks[a].start, chunks[b].end
        if b > a and " " not in sentence[start:end]:
            tags = frozenset().union(*(chunks[k].tags for k in range(a, b + 1)))
            replace[a] = (b, _Chunk("run", start, end, sentence[start:end], tags=tags))

    for n, d in enumerate(dots):
        # the word before this dot, when the previous separator is not another dot right next to it
        a = d - 1
        while a - 1 >= 0 and chunks[a - 1].end == chunks[a].start and chunks[a - 1].kind in ("run", "part", "other"):
            a -= 1
        if a <= d - 1 and (n == 0 or a > dots[n - 1]):
            merge(a, d - 1)
        if n == len(dots) - 1:  # the word after the last dot
            b = d + 1
            while (
                b + 1 < len(chunks)
                and chunks[b + 1].start == chunks[b].end
                and chunks[b + 1].kind in ("run", "part", "other")
            ):
                b += 1
            merge(d + 1, b)
    if not replace:
        return chunks
    out, k = [], 0
    while k < len(chunks):
        if k in replace:
            last, run = replace[k]
            out.append(run)
            k = last + 1
        else:
            out.append(chunks[k])
            k += 1
    return out


def _glue_eojeols(chunks: list[_Chunk], sentence: str) -> list[_Chunk]:
    """A word Kiwi split into a name and a stray piece ('삼성바이오로직' + '스') is one name when a list
    separator or 등 follows it."""
    out: list[_Chunk] = []
    i = 0
    while i < len(chunks):
        c = chunks[i]
        if c.kind == "run":
            j = i + 1
            while j < len(chunks) and chunks[j].kind == "other" and chunks[j].start == chunks[j - 1].end:
                j += 1
            glued_end = chunks[j - 1].end
            stray = "".join(x.form for x in chunks[i + 1 : j])
            ends_item = j == len(chunks) or chunks[j].kind in ("sep", "etc")
            # '로빈 레이더 시스템' + '즈' + '(Robin Radar Systems)': the name goes on to its alias in brackets
            aliased = j < len(chunks) and chunks[j].kind == "run" and chunks[j].form.startswith("(")
            aliased = aliased and chunks[j].start == glued_end
            verbal = re.search(r"[고며다하해했한된되는은을를지게]", stray)
            if 0 < len(stray) <= 2 and (ends_item or aliased) and not verbal:
                tags = c.tags | chunks[j].tags if aliased else c.tags
                glued_end = chunks[j].end if aliased else glued_end
                out.append(_Chunk("run", c.start, glued_end, sentence[c.start : glued_end], tags=tags))
                i = j + 1 if aliased else j
                continue
        out.append(c)
        i += 1
    return out


_KIND_OF_GROUP = re.compile(r"(?:\d+\s?)?(?:사|곳|기관|기업|업체|대학|병원|연구소|연구원)$")


def _collect(chunks: list[_Chunk], i: int, step: int, groups: bool = False) -> list[_Chunk]:
    """Runs of a list starting at chunk i, walking in direction step, across separators (and, walking back
    from a verb of joining, across groups: 'A, B 등 부품기업 18곳과 C, D가 참여')."""
    items: list[_Chunk] = []
    while 0 <= i < len(chunks):
        c = chunks[i]
        if c.kind == "run" and step > 0 and (modified := _modified_item(chunks, i, first=not items)):
            i = modified  # '휠체어 리프트 차량을 만드는 에이치엠바디': the name after what it makes
            continue
        if c.kind == "run":
            items.append(c)
            i += step
            # 'A 김기응 교수' is one run already; anything else must be a separator to continue.
            if 0 <= i < len(chunks) and chunks[i].kind == "sep":
                while 0 <= i < len(chunks) and chunks[i].kind == "sep":
                    i += step
                continue
            # 'A·B 등 조선 3사와 C·D 등 해운사, E': groups, each closed by 등 and the kind of its members
            # (its count perhaps before the kind: 'A·B 등 4개 4년제 대학과 C와 D')
            counted = i + 2 < len(chunks) and chunks[i + 2].kind == "count" and chunks[i + 1].form.isdigit()
            k = i + 3 if counted else i + 1
            if (
                step > 0
                and k + 2 < len(chunks)
                and chunks[i].kind == "etc"
                and chunks[k].kind == "run"
                and _KIND_OF_GROUP.search(chunks[k].form)
                and chunks[k + 1].kind == "sep"
                and chunks[k + 1].form in ("와", "과", ",", "및")
                and chunks[k + 2].kind == "run"
            ):
                i = k + 2
                continue
            break
        if c.kind == "sep" and not items:
            i += step
            continue
        if step < 0 and items and c.kind == "count" and chunks[i + 1].form in ("와", "과", ",", "및"):
            # 'A, B 등 공공·학계 6곳과 C·D 등 종자기업 8개사가': an earlier group, closed by 등, its kind and count
            j = i - 1
            while j > 0 and i - j <= 4 and chunks[j].kind in ("run", "sep"):
                if chunks[j].kind == "run" and not dictionary_words(chunks[j].form):
                    break
                j -= 1
            if j > 0 and j < i - 1 and chunks[j].kind == "etc" and chunks[j - 1].kind == "run":
                i = j - 1
                continue
        break
    if groups and step < 0 and len(items) > 1 and _KIND_OF_GROUP.search(items[-1].form) and chunks[i].kind == "etc":
        items = items[:-1] + _collect(chunks, i - 1, -1)[::-1]  # the group's kind closes it; go on past 등
    return items if step > 0 else items[::-1]


_JOINS_AFTER = re.compile(
    r"^\s?(?:에게|에)\s?(?:새로\s?|추가로\s?|정식\s?)?(?:합류|가입|참여|참가|이름|포함|들어|선정|해당|속[하한해했]|지정)"
)
_ITEM_SEPARATORS = (",", "와", "과", "및", "그리고", "、")


def _is_item_separator(chunks: list[_Chunk], n: int) -> bool:
    # (a list's own separators: not '·', which joins the words of what is described, '요양병원·요양원')
    return 0 <= n < len(chunks) and chunks[n].kind == "sep" and chunks[n].form in _ITEM_SEPARATORS


def _modified_item(chunks: list[_Chunk], i: int, first: bool) -> int | None:
    """Where the name is when the run at i, in a list, is the object of a clause describing an item
    ('A, 전원 모듈을 개발하는 유진파워팩', '장비를 만드는 한성롤텍, B'); else None."""
    if not (
        i + 2 < len(chunks)
        and chunks[i + 1].kind == "part"
        and chunks[i + 1].form in ("을", "를")
        and (first or _is_item_separator(chunks, i - 1))
    ):
        return None
    name = _past_clause(chunks, i + 2, chunks[-1].end, reach=3)
    if name == i + 2:
        return None
    # (the first item only when a list goes on after it: not '지위를 얻은 뒤, ...')
    listed = _is_item_separator(chunks, name + 1) and len(chunks[name].form) >= 2
    return name if not first or listed else None


def _adnominal(form: str) -> bool:
    """A verb form that describes the noun after it: it ends in a syllable closed by ㄴ or ㄹ ('만드는',
    '가진', '개발할')."""
    last = form[-1:]
    if last in ("면", "만"):
        return False  # ('면면을 보면 A와 B': a condition, not a description)
    return "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 in (4, 8) or last in ("ㄴ", "ㄹ")


def _subject_list_at(chunks: list[_Chunk], p: int) -> bool:
    """A list starts at chunk p and is the subject of its clause ('A, B, C도 참여한다')."""
    items = _collect(chunks, p, 1)
    if not items:
        return False
    after = chunks.index(items[-1]) + 1
    return after < len(chunks) and (
        chunks[after].kind == "etc" or (chunks[after].kind == "part" and chunks[after].form in _SUBJECT)
    )


def _captioned(chunks: list[_Chunk], k: int) -> bool:
    """A headline's or a caption's role noun and the one name after it, with nothing before the noun
    ('▶ 회원사 케이하이드로텍, 밸브 국산화 성공', '- 회장사 한솔모빌리티 이정훈 대표')."""
    opens = k == 0 or chunks[k - 1].kind == "sep" and chunks[k - 1].form not in ("와", "과", "및", ",", "、")
    named = k + 1 < len(chunks) and chunks[k + 1].kind == "run" and not re.match(r"\W*\d", chunks[k + 1].form)
    # ('[자막] 주관 A / 참여기업 B·C·D': names joined by middle dots to the end of the caption or its next part)
    last = k + 1
    while last + 2 < len(chunks) and chunks[last + 1].form in _DOTS and chunks[last + 2].kind == "run":
        last += 2
    ends = last + 1 == len(chunks) or chunks[last + 1].kind == "sep" and chunks[last + 1].form in (",", "/")
    return named and opens and ends  # (not '신규 회원(9곳)')


def _list_follows(chunks: list[_Chunk], k: int) -> bool:
    """'창립 회원사로 △A △B 등 3곳이 참여', '창립 회원사 A, B, C도 참여': a list opens right after the cue."""
    if k + 1 < len(chunks) and chunks[k + 1].kind == "run":
        return _subject_list_at(chunks, k + 1) or _captioned(chunks, k)
    if k + 2 < len(chunks) and chunks[k + 1].kind == "sep" and re.fullmatch(r"[①-⑳]", chunks[k + 1].form):
        return chunks[k + 2].kind == "run"  # ('참여기업 ①A ②B ③C 등 9곳': numbered items right after the role)
    if k + 2 < len(chunks) and chunks[k + 1].kind == "part" and chunks[k + 1].form == "에":
        # ('부회장사에 하나마이크론·한국나노기술원': a headline's role and its names, with no verb after them)
        items = _collect(chunks, k + 2, 1)
        return bool(items) and chunks.index(items[-1]) + 1 == len(chunks)
    if k + 2 >= len(chunks) or chunks[k + 1].kind != "part" or chunks[k + 1].form not in ("로", "으로"):
        return False
    if chunks[k + 2].kind == "sep" and chunks[k + 2].form not in ("와", "과", "및", ",", "、", "/"):
        return True  # a bullet opens the list (창립 회원사로 △A △B)
    if chunks[k + 2].kind == "sep":
        return False  # '주관기관으로, B와 C가 ...': the comma ends the clause
    items = _collect(chunks, k + 2, 1)
    if not items:
        return False
    after = chunks.index(items[-1]) + 1
    return len(items) >= 2 or (
        after < len(chunks)
        and (
            chunks[after].kind == "etc"
            or (chunks[after].kind == "part" and chunks[after].form in ("이", "가", "은", "는", "도"))
        )
    )


_ADVERB = re.compile(r"먼저|모두|새로|함께|각각|이미|또|또한|나란히|일제히|처음|추가로|최종|공식|다시|잇달아|대거")
_VERBAL_CUE = re.compile(r"^(?:주관|주최|후원|지원|총괄|(?:과제|사업)[을를]\s?관리)$")
# ('울산시가 시비 30억원을 보탠다': its subject gives money; 'X가 위탁받아 수행한다': its subject is given the work)
_SUBJECT_VERB = re.compile(r"^(?:보(?:태|탠|탤)|위탁\s?받|창립|들어(?:와|왔|온|오))$")
_SUBJECT = {"이", "가", "은", "는", "도"}
_SKIP_AFTER = {"에", "에서", "부터", "까지", "의", "를", "을"}
_EVENT_WORDS = re.compile(r"식|행사|포럼|세미나|총회|출범|개소|발족|대회|회의|컨퍼런스|콘퍼런스|설명회")


def _particles_after(chunks: list[_Chunk], k: int) -> tuple[str, int]:
    text, p = "", k + 1
    if p + 1 < len(chunks) and chunks[p].kind == "count" and chunks[p + 1].kind == "part":
        p += 1  # ('창립 회원사 9곳은': the count between the cue and its particle)
    while p < len(chunks) and chunks[p].kind == "part":
        text += chunks[p].form
        p += 1
    return text, p


# A cue that names its list through a head noun: '새로 합류한 곳은', '참여한 기업은'.
_HEAD_TOPIC = re.compile(
    r"^(?:한|된|하는|할|했던|린)\s?(?:곳|기업|기관|회사|업체|기업들|기관들|대학)(?:은|는|으로는)\s"
)


# '참여기업으로 입주하는 스튜디오는 △A △B', '수요기업으로 참여하는 어가는 A, B': the kind of body that holds the
# role, as the topic, and its list after it
_HOLDERS_TOPIC = re.compile(
    r"^(?:으로|로)\s(?:[가-힣]{1,8}\s){0,2}[가-힣]{0,8}(?:하는|한|할|된|되는|던|가는|오는|있는)\s"
    r"(?P<kind>[가-힣]{1,8}?)(?:들)?(?:은|는|으로는)\s"
)


def _holders_topic(after_cue: str) -> re.Match | None:
    """The topic after a role that names the kind of its holders (see _HOLDERS_TOPIC), not a name."""
    m = _HOLDERS_TOPIC.match(after_cue)
    kind = m.group("kind") if m else ""
    return m if m and (_kind_form(kind) or dictionary_words(kind)) else None


_ALL_OF = ("모두", "총", "전체", "각각")


def _marked_list_after(chunks: list[_Chunk], k: int) -> bool:
    """A colon or a dash after the cue at k, past its count if it has one: '창립 회원 7곳 — A, B'."""
    n = k + 2 if k + 1 < len(chunks) and chunks[k + 1].kind == "count" else k + 1
    return n < len(chunks) and chunks[n].form in (":", "—", "–")


_LOOKED_AT = re.compile(r"^[을를]\s(?:[가-힣]+별로\s)?(?:보면|살펴보면)\s")


def _closes_list(c: _Chunk) -> bool:
    return c.kind == "part" and c.form == "까지"


def _forward(chunks: list[_Chunk], p: int, limit: int, skip_adverbials: bool = True) -> list[_Chunk]:
    """The list after a cue; '회장사는 1기에 이어 덕양이 맡았다' skips the adverbial '1기에 이어'."""
    # '주관기관은 저희 한국항공대 산학협력단입니다': 'our' before the name
    while p < len(chunks) and chunks[p].kind == "other" and chunks[p].form in ("저희", "우리", "당사", "해당"):
        p += 1
    topic = 0 < p <= len(chunks) and chunks[p - 1].kind == "part" and chunks[p - 1].form in ("은", "는")
    for _ in range(3):
        items = [c for c in _collect(chunks, p, 1) if c.start < limit]
        if not items:
            return []
        after = chunks.index(items[-1]) + 1
        if (
            topic
            and skip_adverbials
            and after < len(chunks)
            and chunks[after].kind == "part"
            and chunks[after].form in ("이", "가")
        ):
            # ('회장사는 무인체계 경험이 [많은] LIG넥스원이 맡았다': the subject of a clause describing the name)
            past = _past_clause(chunks, after + 1, limit, reach=1)
            if past != after + 1:
                p = past
                continue
        # ('사무국은 경남테크노파크에 두기로 했다': where the role is set up is who holds it)
        placed = (
            after + 1 < len(chunks)
            and chunks[after].form == "에"
            and re.match(r"두|둔|설치|마련", chunks[after + 1].form)
        )
        if (
            skip_adverbials
            and len(items) == 1  # a list ('A·B 등 장비사 10곳을 합쳐') is what the cue names, not an adverbial
            and after < len(chunks)
            and chunks[after].kind == "part"
            and chunks[after].form in _SKIP_AFTER
            and not placed
        ):
            p = after + 1
            while p < len(chunks) and chunks[p].kind == "other" and chunks[p].start < limit:
                p += 1
            if chunks[after].form in ("을", "를"):
                p = _past_clause(chunks, p, limit)
            continue
        return items
    return []


def _past_clause(chunks: list[_Chunk], p: int, limit: int, reach: int = 4) -> int:
    """Past a verb describing the noun after it ('단지를 [추진하는] 동해그린윈드가', '모듈을 [개발하는] 유진파워팩'):
    where that noun is, or p."""
    j = p
    while j < len(chunks) and j - p <= reach and chunks[j].kind in ("other", "run") and chunks[j].start < limit:
        if chunks[j].kind == "other" and _adnominal(chunks[j].form):
            name = j + 1
            while name < len(chunks) and chunks[name].start < chunks[j].end:
                name += 1  # ('가진' then its ending '진' again)
            return name if name < len(chunks) and chunks[name].kind == "run" else p
        j += 1
    return p


def _topic(chunks: list[_Chunk], k: int) -> list[_Chunk]:
    """The first list marked 은/는 in the sentence, before chunk k."""
    for j in range(1, k):
        if chunks[j].kind == "part" and chunks[j].form in ("은", "는") and chunks[j - 1].kind == "run":
            return _collect(chunks, j - 1, -1)
    return []


def _earlier_subjects(chunks: list[_Chunk], first: int, floor: int) -> list[_Chunk]:
    """'X에는 A·B 등이, Y에는 C와 D가 참여한다': subject lists before the verb's own, each closed by '가,'."""
    found: list[_Chunk] = []
    j = first - 1
    while j > 1 and chunks[j].start >= floor:
        # ... A 등 | 이 | , | (topic words) | C ...: a subject particle followed by a comma
        if chunks[j].kind == "sep" and chunks[j].form == "," and chunks[j - 1].kind == "part":
            if chunks[j - 1].form in ("이", "가"):
                back = j - 2
                if chunks[back].kind == "etc":
                    back -= 1
                group = [c for c in _collect(chunks, back, -1) if c.start >= floor] if back >= 0 else []
                if group:
                    found = group + found
                    j = chunks.index(group[0]) - 1
                    continue
            break
        j -= 1
    return found


def _subject_before(
    chunks: list[_Chunk], k: int, floor: int, subjects: tuple[str, ...] = tuple(_SUBJECT)
) -> list[_Chunk]:
    """For a verb cue ('A가 주관하고', 'B는 ... 지원한다'): the nearest subject-marked list before it."""
    j = k - 1
    while j > 0 and chunks[j].start >= floor:
        if chunks[j].kind == "part" and chunks[j].form in subjects and chunks[j - 1].kind == "run":
            # 'A가 B와 C가 추진하는 사업의 주관기관으로': B and C are the subject of a clause inside, A the one
            after = "".join(c.form for c in chunks[j + 2 : j + 4] if c.kind == "other")
            if not (j + 2 < len(chunks) and chunks[j + 1].kind == "run" and _ADNOMINAL.match(after)):
                # 'A, B 등 9개 기관·기업이': the names before 등, not the counted head nouns
                # ('A, B 등 천안·아산 지역의 장비 기업 12곳이': what they are, its '의' included)
                back = j - 1
                while (
                    back >= 0
                    and j - back <= 12
                    and (
                        chunks[back].kind in ("run", "count", "sep")
                        or (chunks[back].kind, chunks[back].form) == ("part", "의")
                    )
                ):
                    back -= 1
                start = back - 1 if back >= 0 and chunks[back].kind == "etc" else j - 1
                return [c for c in _collect(chunks, start, -1) if c.start >= floor]
        if chunks[j].kind == "cue":
            break
        j -= 1
    return []


# "산업부와 KIAT는 '...' 주관기관으로 ㈜그린사이클머티리얼즈 컨소시엄을 최종 선정했다": the one chosen holds the role,
# the bodies that chose it run the scheme
_SELECTED_AS_KO = re.compile(
    r"(?P<role>[가-힣]{2,12})\s?으로\s(?P<obj>[㈜(주)]*[가-힣A-Za-z0-9&·]+(?:\([^()]{1,15}\))?)\s?(?:컨소시엄|연합체|팀)?"
    r"(?:을|를)\s(?:최종\s?|공식\s?|새로\s?)?(?:선정|지정|선발|낙점)"
)


def _selected_as(sentence: str, cues: list[Cue], found: list[Mention]) -> list[Mention]:
    """The body chosen for a role (its mention, first) and those who chose it turned organisers, in place."""
    m = _SELECTED_AS_KO.search(sentence)
    cue = next((c for c in cues if m and c.start <= m.start("role") < c.end and c.table == "institutions"), None)
    if cue is None:
        return []
    for n, f in enumerate(found):
        if f.start < m.start() and f.table == "institutions" and f.label == cue.label:
            found[n] = replace(f, label="organiser")  # ('산업부와 KIAT는 ... 주관기관으로 A를 선정했다')
    chosen = item_mention(cue, m.group("obj"), m.start("obj"), m.end("obj"), "ko")
    return [chosen] if chosen and all(f.start != chosen.start for f in found) else []


# "테스트베드는 해양수산부의 '... 조성 사업'으로 추진된다": the ministry whose scheme it is runs it
# ('이번 연구는 과학기술정보통신부와 한국연구재단의 '글로벌 공동연구 선도사업' 지원을 받는다': the two that run it)
_SCHEME_OF_KO = re.compile(
    r"(?:(?P<org1>[가-힣]{2,15}(?:부|청|처))(?:와|과)\s?)?(?P<org>[가-힣]{2,15}(?:부|청|처|재단|진흥원|평가원))의\s"
    # ('... 개발사업' 수행 기관으로 선정됐다': chosen to carry out its scheme)
    r"['‘\"“][^'’\"”]{2,60}(?:사업|과제|프로그램)['’\"”]\s?(?:(?:수행|주관|참여)\s?기관\S*\s|으로|로|에|을|를|지원)"
)


def _scheme_owner(sentence: str, found: list[Mention]) -> list[Mention]:
    m = _SCHEME_OF_KO.search(sentence)
    if m is None:
        return []
    out = []
    for group in ("org1", "org"):
        name = m.group(group)
        if not name or any(f.start == m.start(group) for f in found):
            continue
        if infer_type(name) != "government" and not re.search(r"(?:재단|진흥원|평가원)$", name):
            continue
        cue = Cue("institutions", "organiser", m.end(group), m.end(group))
        held = _mention(cue, name, *m.span(group), "ko", 1)
        out += [held] if held else []
    return out


def _rejoined(sentence: str, found: list[Mention]) -> list[Mention]:
    """Two names split at a '과' or '와' written without spaces, one word ('국립원예특작과학원' read as '국립원예특작'
    and '학원'), joined again."""
    out: list[Mention] = []
    for m in sorted(found, key=lambda f: f.start):
        prev = out[-1] if out else None
        if prev and prev.label == m.label and sentence[prev.end : m.start] in ("과", "와"):
            out[-1] = replace(prev, name=sentence[prev.start : m.end], end=m.end)
            continue
        out.append(m)
    return out


_MADE_OF_KO = re.compile(r"꾸려졌|꾸려진|꾸려지|구성됐|구성된|구성되|이뤄졌|이뤄진|이루어졌")
_WEIGHED_KO = re.compile(
    r"[^,.]*?(?:방안|여부|가능성)(?:을|를)?\s?(?:검토|타진|저울질)|[^,.]*?검토\s?중|"
    r"(?:을|를)\s?통(?:해|하여|한)\s"  # ('연구비는 주관기관을 통해 지원': the way money goes, whoever holds the role)
)
# '... 7곳의 가입을 승인했다': a joining approved, by whoever is the subject
_APPROVED = re.compile(r"(?:\s?\d+\s?(?:곳|개사|개\s?기업|개\s?기관)(?:의)?\s?)?(?:가입)?[을를]\s?(?:승인|의결|허가)")
_ADNOMINAL = re.compile(r"^(?:하는|한|할|해온|하던)")


# A ministry or agency as the subject of these verbs runs, funds or selects for the programme: organiser.
_AGENCY_VERBS_KO = re.compile(
    r"선정(?:했|한|하|됐|합|됩)|지원(?:한|하|했|할|합)|추진(?:한|하|했|할|중|합)|공모|지정(?:했|한|하|합)|발표했|주관(?:한|하|했|합)|"
    # '울산시는 ... 밝혔다', '대전시와 충청북도가 지방비를 부담한다': the government that announces or pays for it
    r"밝혔|부담(?:한|하|했|할|합)|출연(?:한|하|했|할|합)|원을\s?(?:각각\s?|모두\s?|함께\s?)?투입(?:한|하|했|할|합)|"
    # ('전라남도와 순천시가 지방비를 보태': the governments that add money)
    r"(?:국비|지방비|도비|시비|군비|예산|사업비|재원)(?:를|을)?\s?(?:보태|보탠|보탰|지원|분담)|"
    # '경상남도와 거제시는 ... 출범식을 열었다': the government that holds the launch runs it
    r"(?:출범식|개소식|발대식|협약식|착수식|창립총회)(?:을|를)\s?(?:열었|열고|열어|개최)|"
    # '우주항공청과 과기정통부는 ... 사업단을 꾸렸다': the government that set it up
    r"(?:사업단|컨소시엄|연구단|협의체|얼라이언스)[’'”\"]?(?:을|를)\s?(?:꾸렸|꾸리|구성했|출범시켰|발족시켰)"
)
_AGENCY_VERBS_EN = re.compile(
    r"\b(?:selected|selects|chose|chosen|picked|tapped|funds|will fund|funded|designated|announced|awarded|"
    r"will provide|provides|"
    r"launched|is providing|will invest|invests|administers|oversees|"
    r"(?:is|are)\s+putting\s+(?:in|up)|puts\s+(?:in|up)|will\s+put\s+(?:in|up))\b",  # ('is putting in €9.8 million')
    re.I,
)


# '과학기술정보통신부 '글로벌 전략기술 공동연구' 사업', '과기정통부와 한국연구재단의 '...' 지원사업': the
# ministry whose programme it is.
_PROGRAMME_AFTER = re.compile(
    r"^(?:(?:와|과|및)\s?[^\s'‘\"“]+)?(?:의)?\s*(?:[‘'“\"][^’'”\"]{2,80}[’'”\"]\s?|(?:[가-힣A-Za-z0-9·]+\s){1,4})"
    r"(?:\S*사업(?:의|에|으로|을|를|은|는|단|이|과)|프로그램|과제|사업단)"
)
# '과학기술정보통신부와 한국연구재단이 추진하는 ... 사업': every agency of the subject list, not only the last.
_JOINED = {"와", "과", "및", "·", ","}
# '방위사업청과 국방기술진흥연구소가 주관하는 ... 공모': running a programme or a call, not leading a consortium.
_LEADS_BODY = re.compile(r"(?:컨소시엄|협의체|얼라이언스|연구단|사업단|연합체|네트워크)(?:을|를)\s?$")
_RUNS_PROGRAMME = re.compile(r"^(?:하는|한|해\s?온)\s(?:[^\s.,]+\s){0,5}?[^\s.,]*(?:사업|공모|과제|프로그램)")


def _agency_subjects(chunks: list[_Chunk], sentence: str) -> list[_Chunk]:
    verbs = bool(_AGENCY_VERBS_KO.search(sentence))
    found = []
    for n, (c, nxt) in enumerate(zip(chunks, chunks[1:], strict=False)):
        if c.kind != "run":
            continue
        bare = re.sub(r"\s*\([^)]*\)$", "", c.form)  # '과학기술정보통신부(과기정통부)'
        paying = _MONEY_OF_KO.match(bare)
        if paying:
            # ('부산광역시 시비 40억 원': the government whose money it is)
            bare = paying.group("body")
            c = _Chunk("run", c.start, c.start + len(bare), bare, tags=c.tags)
        if infer_type(bare, default="") not in ("government", "public_agency"):
            continue
        if nxt.form in _JOINED and n + 3 < len(chunks) and chunks[n + 2].kind == "run":
            nxt = chunks[n + 3]  # the particle that closes 'A와 B가'
        subject = verbs and nxt.kind == "part" and nxt.form in _SUBJECT
        # '국비 360억원에 ... 대전시와 충청북도가 절반씩', '산업부 예산으로': a government named with the money or
        # the call of the programme runs or funds it (its officials' quotes and other topics aside).
        known = lookup(bare) is not None or _LOCAL_GOVERNMENT.fullmatch(bare)
        funding = known and _FUNDING_KO.search(sentence) and not re.match(r"\s?(?:관계자|측|대변인)", sentence[c.end :])
        if subject or _PROGRAMME_AFTER.match(sentence[c.end :]) or funding or paying:
            found.append(c)
    return found


_MONEY_OF_KO = re.compile(r"(?P<body>[가-힣]{2,12})\s(?:시비|도비|군비|구비|지방비|국비|예산|기금|출연금)\s?\d")
_LOCAL_GOVERNMENT = re.compile(r"[가-힣]{2,5}(?:특별자치시|특별자치도|광역시|특별시|시|군|도)")
_FUNDING_KO = re.compile(r"국비|지방비|도비|시비|예산|사업비|출연금|공모|선정|지정|유치|협약|후원|지원사업|재원")


_UNIT_OF_PERSON = re.compile(rf"\S+\s[가-힣]{{2,4}}\s(?:{TITLES_KO})")


def _glued_subject(chunk: _Chunk, chunks: list[_Chunk]) -> bool:
    """A word of five syllables or more with no space in it, marked as the subject (이/가)."""
    i = chunks.index(chunk)
    after = chunks[i + 1] if i + 1 < len(chunks) else None
    return " " not in chunk.form and len(chunk.form) >= 5 and after is not None and after.form in ("이", "가")


# Public bodies and companies named in dictionary words: '산림청', '국가철도공단', '방재시험연구원', '세운반도체'
_PUBLIC_BODY_KO = re.compile(
    r"[가-힣]{2,4}청|(?:국립|국가|한국|국토|국방)[가-힣]{2,}|[가-힣]{3,}(?:연구원|연구소|진흥원|공단|공사|과학원)|"
    r"[가-힣]{2,}(?:반도체|전자|화학|제약|중공업|바이오|소재|에너지)"
)


def _common_noun(chunk: _Chunk) -> bool:
    # (an organisation's suffix on dictionary words alone is a kind, not a name: '대학', '장비 기업', '활용처')
    # (companies name themselves in dictionary words, '정상기업', '가온0전자': only kinds written apart or ending in a
    # kind of body count)
    dictionary_only = (
        not chunk.tags & {"UNK", "SN"}
        and lookup(chunk.form) is None
        and not _PUBLIC_BODY_KO.fullmatch(chunk.form)
        and (" " in chunk.form or re.search(r"(?:기관|대학|처)$", chunk.form) is not None)
    )
    common = chunk.tags - {"UNK", "SN"} <= {"NNG", "NNB", "XSN", "XPN"}  # ('재활용': a prefix on a noun)
    return common and (dictionary_only or not looks_like_org(chunk.form))


_KIND_TAIL_KO = re.compile(r"(?P<stem>[가-힣]{1,6})(?:기업|업체|기관|회사|사|대학|병원)")


def _kind_form(form: str) -> bool:
    """A word for a kind of body: a bare kind ('대학') or dictionary words before a kind's ending ('물류기업')."""
    tail = _KIND_TAIL_KO.fullmatch(form)
    return form in GENERIC or (tail is not None and dictionary_words(tail.group("stem")))


def _counted_word(word: str) -> bool:
    """A word a count after it counts ('연구기관 15곳', '나머지 6곳', '준회원 15곳'), not a name it closes."""
    return _kind_form(word) or (len(word) <= 3 and dictionary_words(word, prefixed=True))


def _kind_word(chunk: _Chunk) -> bool:
    """A run that is a kind of body, dictionary words before a kind's ending ('항공사', '물류기업', '화주기업'), as a
    list of kinds has them; a name has a proper or unknown word, or is in the lexicon."""
    form = chunk.form
    if " " in form:
        # ('유통업체 그린마트': a name after what it is; '재활용 전문기업': dictionary words before a kind)
        *head, last = form.split()
        return form in GENERIC or (
            _kind_form(last) and dictionary_words(" ".join(head), prefixed=True) and lookup(form) is None
        )
    # (a word Kiwi has not seen it may tag a proper noun: '화주기업', whose stem is in the dictionary)
    proper = "NNP" in chunk.tags and "UNK" not in chunk.tags
    return not (proper or chunk.tags & {"SN", "SL"} or lookup(form) is not None) and _kind_form(form)


def _names_among_kinds(items: list[_Chunk]) -> list[_Chunk]:
    """A list naming kinds of members ('항공사와 물류기업, 화주기업, 대학 등 12곳'): once one item is a bare kind
    ('대학'), or every item of two or more is one, its kinds are no names."""
    kinds = [_kind_word(c) for c in items]
    # (not '12곳' closing the list)
    counted = [k for c, k in zip(items, kinds, strict=True) if not re.match(_BODY_COUNT, c.form)]
    if any(c.form in GENERIC for c in items) or (len(counted) >= 2 and all(counted)):
        # (and the words of industries among them: '배터리 셀·소재 기업과 완성차, 재활용, IT 기업, 연구기관 등')
        return [c for c, kind in zip(items, kinds, strict=True) if not kind and not _common_noun(c)]
    return items


# '공동주관기관으로 세포 배양과 비임상 시험을 담당한다': after the role, what it takes on (을/를 before any 이/가).
_TASKS_AFTER = re.compile(r"^(?:으로|로)\s(?:(?![이가]\s)[^.])*?[가-힣A-Za-z0-9)](?:을|를)\s")  # no subject between


def _is_weak(sentence: str, cue: Cue) -> bool:
    """Verbal 참여, 들어왔다 and 이름을 올렸다: membership only for names no other cue of the sentence listed."""
    text = sentence[cue.start : cue.end]
    return cue.label == "member" and (text in ("참여", "함께") or bool(re.match(r"(?:명단에\s?)?이름을|들어", text)))


_DESCRIBED_HOLDER = re.compile(
    r"^\s?[은는]\s+[^.,;]{1,40}?(?:인|이자)\s(?:[가-힣]{2,6}의\s)?(?P<rest>[^.,;\s]{2,30}(?:\([^)]{1,20}\))?)"
    r"(?:이다|다|이며|며|이고|입니다|이었다|였다|[이가]\s?맡\S*)(?=[.,\s]|$)"  # ('... 제조사인 셀메디아가 맡았다')
)


def _korean_mentions(sentence: str, tokens: list, cues: list[Cue]) -> list[Mention]:
    chunks = _chunks(tokens, cues, sentence)
    out: list[Mention] = []
    cue_idx = [k for k, c in enumerate(chunks) if c.kind == "cue"]
    claimed: set[int] = set()
    # The weak cue (verbal 참여) goes last, so that it only takes names no other cue listed.
    order = sorted(range(len(cue_idx)), key=lambda n: _is_weak(sentence, chunks[cue_idx[n]].cue))
    for n in order:
        k = cue_idx[n]
        cue = chunks[k].cue
        caption = False
        cue_text = sentence[cue.start : cue.end]
        floor = chunks[cue_idx[n - 1]].end if n > 0 else 0
        limit = chunks[cue_idx[n + 1]].start if n + 1 < len(cue_idx) else len(sentence)
        # '한성건설기계 의장사…모터·배터리 등 11개 기업 참여': a headline's ellipsis ends the cue's phrase
        ellipsis = sentence.find("…", cue.end, limit)
        limit = ellipsis if ellipsis >= 0 else limit
        particles, p = _particles_after(chunks, k)
        after_text = sentence[cue.end :]
        if (
            cue.table == "members"
            and particles in ("에", "에게")
            and not _list_follows(chunks, k)
            and not _JOINS_AFTER.match(after_text)  # ('창립 회원에 합류했다': joined them)
        ):
            continue  # '표준 초안을 회원사에 공개한다': the members are who it is given to, not a list
        if (
            cue.table == "members"
            and _APPROVED.match(after_text)
            and not (k > 0 and (chunks[k - 1].kind, chunks[k - 1].form) == ("part", "의"))
        ):
            # '회장사인 A는 ... 신규 회원사 7곳의 가입을 승인했다': A approves others joining (not 'B, C 등 5개사의
            # 신규 가입을 승인했다': those who join)
            continue
        leads = cue_text.startswith(("이끄", "이끈", "이끌"))
        subject = k > 1 and chunks[k - 1].kind == "part" and chunks[k - 1].form in ("이", "가")
        if leads and not (subject and chunks[k - 2].kind == "run"):
            continue  # 'A가 이끄는': only a subject right before the verb leads ('연구를 이끈' is what is led)
        if cue_text == "주관" and _EVENT_WORDS.search(sentence):
            cue = Cue(cue.table, "organiser", cue.start, cue.end)  # 행사를 주관: runs the event
        if leads:
            items = [c for c in _collect(chunks, k - 2, -1) if c.start >= floor]
            predicate = sentence[cue.end : limit]
        elif cue.label == "consigned" and cue_text.endswith("위탁") and k > 1 and chunks[k - 1].form == "에":
            items = [chunks[k - 2]] if chunks[k - 2].kind == "run" else []  # 'X에 위탁했다': X
            predicate = sentence[cue.end : limit]
        elif _SUBJECT_VERB.match(cue_text) or (
            _VERBAL_CUE.match(cue_text) and re.match(r"^[하한할해했합]", after_text)
        ):
            items = _subject_before(chunks, k, floor)
            after_last = chunks.index(items[-1]) + 1 if items else 0
            adnominal = re.match(r"^(?:하는|한|할)\s", after_text)
            if (
                adnominal
                # (not '... 교육을 지원하는 협력기관 역할을 한다': the role the topic holds)
                and not any(c.kind == "cue" and c.start == cue.end + adnominal.end() for c in chunks)
                and items
                and after_last < len(chunks)
                and chunks[after_last].form in ("은", "는")
            ):
                items = []  # ('A는 ... 전 과정을 지원하는 센터가 문을 열었다고': what the centre does, not what A does)
            predicate = sentence[cue.end : limit]
            # ('금융보안원이 컨소시엄을 총괄하며': leading the consortium itself is leading, whoever does it)
            leads_body = _LEADS_BODY.search(sentence[: cue.start])
            # ('제천시가 주관하는 이번 컨소시엄에는': a city leading the consortium it bid with)
            leads_body = leads_body or re.match(r"\s?(?:하는|한)\s(?:이번\s|이\s)?(?:컨소시엄|연합체|팀)", after_text)
            if (
                cue.label == "lead"
                and items
                and not leads_body
                and (
                    # ('사업 전반은 전남테크노파크가 총괄한다': an agency that oversees the work leads it)
                    all(
                        infer_type(c.form, default="")
                        in (("government",) if cue_text.startswith("총괄") else ("government", "public_agency"))
                        for c in items
                    )
                    or _RUNS_PROGRAMME.match(after_text)
                )
            ):
                cue = Cue(cue.table, "organiser", cue.start, cue.end)  # 부처가 주관하는 사업: runs the programme
        elif (
            particles in _FORWARD_PARTICLES
            or re.match(r"^\s?(?:인|이자|:|：|\||｜)\s", after_text)
            # ('창립 회원사를 업종별로 보면 A·B; C': the list after looking at them)
            or _LOOKED_AT.match(after_text)
            # ('창립 회원 7곳: A, B', '창립 회원 7곳 — A, B': after the cue and its count, a colon or a dash)
            or _marked_list_after(chunks, k)
            or _HEAD_TOPIC.match(after_text)
            or _holders_topic(after_text)
            # 'A와 B는 공동주관기관으로 C와 D를 담당한다': the role's holders come before it, its tasks after
            or (_list_follows(chunks, k) and not (particles in ("으로", "로") and _TASKS_AFTER.match(after_text)))
        ):
            apposition = bool(re.match(r"^(?:인|이자)\s", after_text))  # '주관기관인 전남대학교에서는'
            # '새로 합류한 곳은 A, B'
            head = _HEAD_TOPIC.match(after_text) or _LOOKED_AT.match(after_text) or _holders_topic(after_text)
            if head:
                p = k + 1
                while p < len(chunks) and chunks[p].start < cue.end + head.end():
                    p += 1
                # (past a cue inside the topic: '수요기업으로 참여하는 농가는 △A △B')
                later = [chunks[c].start for c in cue_idx if chunks[c].start >= cue.end + head.end()]
                limit = max(limit, later[0] if later else len(sentence))
            elif apposition:
                p = k + 1
                while p < len(chunks) and chunks[p].kind == "other":
                    p += 1
            elif particles == "" and chunks[k + 1 : k + 2] and chunks[k + 1].form in (":", "：", "|", "｜"):
                p = k + 2
                column_end = re.search(r"[|｜]", sentence[chunks[k + 1].end :])
                if chunks[k + 1].form in ("|", "｜") and column_end:
                    # a table row, 'role | name | what it does': the name column only
                    limit = min(limit, chunks[k + 1].end + column_end.start())
            elif particles == "":
                p = k + 1
            described = _DESCRIBED_HOLDER.match(after_text) if particles in ("은", "는") else None
            if described:
                # '의장사는 중형 굴착기 제조사인 한성건설기계다': the holder after its description
                while p < len(chunks) and chunks[p].start < cue.end + described.start("rest"):
                    p += 1
                limit = max(limit, cue.end + described.end("rest"))  # (past a cue in the description: '창립 회원사인')
            while p < len(chunks) and (chunks[p].kind == "count" or chunks[p].form in (":", "—", "–")):
                p += 1  # ('창립 회원 7곳: A, B')
            items = _forward(chunks, p, limit, skip_adverbials=not apposition)
            caption = particles == "" and _captioned(chunks, k) and not _subject_list_at(chunks, k + 1)
            if caption:
                # the names up to the headline's words ('회원사 A, 수소버스용 밸브 국산화 성공')
                words = [n for n, c in enumerate(items) if n and (_common_noun(c) or c.form.count(" ") > 2)]
                items = items[: words[0]] if words else items
            if cue.table == "institutions" and cue.label != "partner" and len(items) > 1:
                # '회장사 A를 비롯해 B, C': the office is A's; B and C are only in the wider list.
                first = chunks.index(items[0])
                if first + 2 < len(chunks) and chunks[first + 1].kind == "sep" and "비롯" in chunks[first + 1].form:
                    # '회원사는 의장사인 A를 비롯해 B, C 등이며': the rest belong to the membership cue before.
                    outer = [chunks[c].cue for c in cue_idx if c < k and chunks[c].cue.table == "members"]
                    for item in items[1:] if outer else []:
                        m = _mention(outer[-1], item.form, item.start, item.end, "ko", len(items))
                        if m:
                            out.append(m)
                    items = items[:1]
            predicate = sentence[items[-1].end if items else cue.end : limit]
            predicate = re.split(r"(?:며|고|지만|으나|는데|으로|로),\s", predicate)[0]
        else:
            j = k - 1
            if (
                j >= 0
                and chunks[j].kind == "run"
                and sentence[chunks[j].end : cue.start] == " "
                and cue.table == "members"
                and re.search(r"(?:기업|기관|회원사?|업체)$", sentence[cue.start : cue.end])
                and lookup(chunks[j].form) is None
                and not _is_item_separator(chunks, j - 1)
                # ('A는 연구성과물 활용수요기업으로서': the topic before the words that describe it holds the role)
                and (j == 0 or chunks[j - 1].form not in ("·", "등") and chunks[j - 1].kind != "part")
            ):
                continue  # '제조 AI 솔루션 공급기업 42개사': what the members supply, not who they are
            # 'A와 B가 먼저 이름을 올렸다': adverbs between the subject and the verb.
            while j > 0 and chunks[j].kind == "other" and _ADVERB.fullmatch(chunks[j].form):
                j -= 1
            # 'A는 연구성과물 활용수요기업': nouns between the particle and the cue modify the cue.
            if j >= 1 and chunks[j].kind == "run" and chunks[j - 1].kind == "part":
                j -= 1
            # '... 등 12개의 기업이 (cue)': skip back over the particle and the counted head noun to 등.
            # '... F까지 모두 23개 기관이 (cue)': 까지 closes the list as 등 does.
            back, adverbs = j, 0
            while (
                back >= 0
                and k - back - adverbs <= 7
                and (chunks[back].kind in ("part", "run", "count", "sep") or chunks[back].form in _ALL_OF)
                and not _closes_list(chunks[back])
            ):
                adverbs += chunks[back].form in _ALL_OF
                back -= 1
            if back >= 0 and (chunks[back].kind == "etc" or _closes_list(chunks[back])):
                j = back - 1
            elif j >= 0 and chunks[j].kind == "part":
                # 'B 컨소시엄에 합류한다': a name marked 에/에서/의 is what is joined, not who joins.
                j = j - 1 if chunks[j].form not in ("에", "에서", "의", "에게", "으로부터", "부터") else -1
            counted = j >= 1 and chunks[j].kind == "count" and chunks[j - 1].kind == "run"
            counted = counted and re.fullmatch(_BODY_COUNT, chunks[j].form) is not None
            j -= counted  # ('A·B·C 5곳 새로 합류': the count closing the list)
            items = [c for c in _collect(chunks, j, -1, groups=_is_weak(sentence, cue)) if c.start >= floor]
            kinds = next((n for n in range(len(items)) if all(map(_common_noun, items[n:]))), len(items))
            if len(items) - kinds >= 2 and (counted or re.search(r"\d\s?(?:곳|개사|개)$", items[-1].form)):
                items = items[:kinds]  # '특장·셔틀·렌터카 5곳 새로 합류': the kinds of those who joined, not names
            marked = items and chunks[k - 1].kind == "part" and chunks[k - 1].form in ("이", "가")
            if particles in ("으로서", "로서", "으로서의", "로서의") and not marked:
                # 'A는 ... 사업의 주관기관으로서': the sentence's topic holds that role ('잠수정은 B가
                # 수요기관으로서 운용한다': unless a subject comes right before it).
                items = _topic(chunks, k) or items
            elif not items:
                # 'A와 B는 ... 활용수요기업으로도 참여한다': the subject further back in the clause.
                items = _subject_before(chunks, k, floor)
            if (
                len(items) == 1
                and _common_noun(items[0])
                and chunks[j + 1 : j + 2]
                and chunks[j + 1].form in ("로", "으로")
            ):
                # 'A, B 등 9개 기관이 특구사업자로 참여하며': the role noun before 로; the subject further back
                # (a role in running the work, '공동수행대학으로 참여한다', is no membership)
                running = re.search(r"(?:공동|주관|협력|위탁|수행)\S*(?:대학|기관)$", items[0].form)
                items = [] if running else [c for c in _subject_before(chunks, k, floor) if not _common_noun(c)]
            taken = re.match(r"\s?(?:을|를)\s?맡", sentence[cue.end :])  # ('X는 A가, Y는 B가 리더사를 맡는다')
            if items and (_is_weak(sentence, cue) or re.match(r"합류|가입|참가", cue_text) or taken):
                # 'X에는 A와 B가, Y에는 C가 합류했다'
                items = _earlier_subjects(chunks, chunks.index(items[0]), floor) + items
            predicate = sentence[cue.end : limit]
        hedged = _HEDGE.search(predicate)
        # ('수요기업으로서 적용 가능성을 검토한다': what the holder of the role weighs, not whether to take it)
        weighs = particles in ("으로서", "로서") and not re.search(r"참여|합류|가입|참가", predicate)
        if (hedged and not (weighs and hedged.group(0) == "검토")) or _INVESTMENT.search(sentence):
            continue
        if _WEIGHED_KO.match(sentence, cue.end) and not weighs:
            continue  # ('수요기업으로 합류하는 방안을 검토하고 있다': the joining is only weighed, past the next cue)
        if _is_weak(sentence, cue):
            items = [c for c in items if c.start not in claimed]
            if len(items) < 2:
                continue
        # '(참여기업) A, B', '위탁: C', '간사기관 : 삼화표면처리'
        headed = (k + 1 < len(chunks) and chunks[k + 1].form in (":", "：")) or bool(
            re.match(r"\s*[)\]】]?\s*[:：]", sentence[chunks[k].end :])
        )
        # '미래배터리소재가 합류했다': common nouns written as one long word, joining as the subject, make a name
        joins = re.match(r"합류|가입|참여|참가|들어", cue_text)
        # (only short lists: the rule is about one or two names, and it looks each up among the chunks)
        named = {c.start for c in items if joins and len(items) <= 3 and _glued_subject(c, chunks)}
        if caption and items and "UNK" in items[0].tags:
            named.add(items[0].start)  # ('▶ 회원사 케이하이드로텍, ...': a word Kiwi does not know after the role)
        # ('회장사는 동진텍스다', '수요기업으로는 ... 동해그린윈드가 이름을 올렸다')
        # ('부회장사에 하나마이크론·한국나노기술원': a headline's role and its names)
        if particles in ("은", "는", "에") and cue.table == "institutions" or particles in ("으로는", "로는"):
            named |= {
                c.start
                for c in items
                if "UNK" in c.tags and "…" not in c.form and not _KIND_SUFFIX_KO.fullmatch(c.form.replace(" ", ""))
            }
        # ('▲ 시티플러그, 에너지로드 합류': two or more words Kiwi does not know, joining, are names)
        if joins and len(items) >= 2 and all("UNK" in c.tags or _JUNK_KO.match(c.form) for c in items):
            named |= {c.start for c in items}
        items = _names_among_kinds(items)
        if items and (
            # (a count closing the list, '... 5곳이고', is no item: 'A, B, C를 포함해 5곳')
            (all(_common_noun(c) and c.start not in named for c in items if not _JUNK_KO.match(c.form)) and not headed)
            # '삼성물산 건설부문' is a company's division; '화학 분야' a field
            or any(re.search(r"(?:분야|부문|업종|산업군)$", c.form) and not c.tags & {"NNP", "SL"} for c in items)
            # ('창원 기계부품·전북 발효식품 분야': a place before the field does not make it a name)
            or any(re.search(r"\s(?:분야|업종|산업군)$", c.form) for c in items)
        ):
            continue  # '금융·제약·화학 분야': a list of fields, not of organisations
        claimed.update(c.start for c in items)
        for item in items:
            # Two or fewer common nouns ('분야별 자동화 모듈과 표준 프로토콜') name tasks, not organisations.
            if len(items) <= 2 and _common_noun(item) and not headed and item.start not in named:
                continue
            if _UNIT_OF_PERSON.match(sentence, item.start) and re.search(r"에서는\s$", sentence[: item.start]):
                continue  # 'KRISO에서는 해양공공디지털연구본부 박지훈 본부장이 참여한다': the unit a person works in
            m = _mention(cue, sentence[item.start : item.end], item.start, item.end, "ko", len(items))
            if m:
                out.append(m)
    for item in _agency_subjects(chunks, sentence):
        if item.start not in claimed:
            organiser = Cue("institutions", "organiser", item.start, item.end)
            m = _mention(organiser, item.form, item.start, item.end, "ko", 1)
            if m:
                out.append(m)
    selected = _selected_topic(chunks, sentence)
    if selected is not None and selected.start not in claimed and not any(m.label == "lead" for m in out):
        m = _mention(
            Cue("institutions", "lead", selected.start, selected.end),
            selected.form,
            selected.start,
            selected.end,
            "ko",
            1,
        )
        if m:
            out.append(m)
    return out


_SELECTED = re.compile(r"선정(?:됐|되었|돼|되어|된\s?것)")


def _selected_topic(chunks: list[_Chunk], sentence: str) -> _Chunk | None:
    """'국립부경대학교는 ... 사업에 ...센터가 최종 선정됐다고 밝혔다': the institution whose bid was selected leads."""
    if not _SELECTED.search(sentence) or len(chunks) < 2:
        return None
    first, particle = chunks[0], chunks[1]
    if first.kind != "run" or particle.kind != "part" or particle.form not in ("은", "는"):
        return None
    kind = infer_type(re.sub(r"\s*\([^)]*\)$", "", first.form), default="")
    return first if kind in ("university", "research_institute", "company") else None


# ---------------------------------------------------------------- English, over capitalised runs

_EN_FORWARD_AFTER = re.compile(
    # 'founding members (of the engine's industry council) include ...'
    # ('new member hospitals for the second phase are A; B; C')
    r"^\s*(?:,\s*)?(?:\([^()]{1,80}\)(?=\s*:))?"  # ('Industrial partners (couplers and electronics): A; B')
    r"(?:(?:hospitals|companies|institutions|universities|firms|organi[sz]ations|sites|labs)(?:\s*,\s*|\s+))?"
    r"(?:(?:of|on|in|for|during|since|over)\s+[^,.;:]{1,60}?(?:,?\s+|(?=:))|"
    # 'Industry members, which pay annual fees in return for early access, include A, B and C'
    r",\s+(?:which|who)\s+[^;:]{3,160}?,\s+(?=(?:include|includes|are|comprise)\s)|"
    # 'Industry partners that have signed on for the renewed term include A, B and C'
    r"(?:that|which|who)\s+(?:have|has|had)\s+[^:;.,]{3,120}?\s+(?=(?:include|includes|are|were|comprise)\s)|"
    # 'Joining the network are A, B and C'
    r"(?:the|this|its)\s+(?-i:[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}?)\s+(?=(?:are|were)\s)|"
    # 'Partners named at launch include A, B and C', 'Members announced so far are ...'
    r"(?:named|announced|confirmed|listed|revealed|unveiled|signed\s+up)(?:\s+(?:so\s+far|to\s+date|at\s+(?:the\s+)?"
    r"(?:launch|event|ceremony)|today|this\s+week|on\s+\w+))?\s+(?=(?:include|includes|are|were)\s))?"
    r"(?:(?:is|are|will be)\s+(?:run|hosted|managed|provided|held)\s+by|"
    # ('Seven industry members have signed on to the consortium – A, B and C': joined, then a dash)
    r"(?:(?:have|has)\s+(?:signed\s+on|signed\s+up|joined)\s+)?(?:to|with)\s+the\s+(?:[\w\-]+\s+){0,3}?[—–:]|"
    # ('end users are two farms outside the consortium — A and B': counted, told of, then a dash)
    r"(?:(?:are|were|include|includes)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+[a-z\-]+s"
    r"(?:\s+[a-z\-]+){1,4}?\s*[—–:]|"
    r"also\s+(?:included|includes|include|are|were)\b|"  # ('Its founding members also included A, B and C')
    # ('Fifteen more organizations have joined since, including A, B and C')
    r"(?:since(?:\s+then)?|so\s+far|to\s+date),?\s+(?:including|among\s+them)\b|"
    r"include|includes|included|including|among them|among whom|are|were|is|was|will be|comprise|comprises|"
    r"such as|namely|:|—|–|-|\||"  # ('Three technology partners, namely A, B and C, will provide ...')
    # ('the nine founding members that signed the charter in March 2025: A, B, ...')
    r"(?:that|which|who)\s+[^:;.]{3,120}?:|"
    # 'brings together ten partners from Norway, Sweden and Finland: A; B; ...'
    r"(?:(?:[\w\-]+\s+){0,3}(?:partners|members|organi[sz]ations|institutions|companies|universities|participants|"
    r"beneficiaries|entities)\b\s+)?(?:from|in|across)\s+[^:;.()]{0,100}?:|"
    # ('founded by seven companies and institutions: A, B, ...')
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|these|the following)\s+"
    r"(?:[\w\-]+\s+){0,2}(?:partners|members|organi[sz]ations|institutions|companies|universities|firms)"
    r"(?:\s+and\s+(?:partners|members|organi[sz]ations|institutions|companies|universities|firms))?\s*:|"
    # ('set up in 2024 by four exporters – A, B, C and D – after ...': any kind, counted, then a dash or colon)
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s+(?:[\w\-]+\s+){0,2}[a-z\-]+s\s*[—–:])\s*",
    re.I,
)


_OWNED = re.compile(r"[a-z]+-(?:run|owned|funded|backed|listed|held|controlled|affiliated|operated)")


def _cap_run(text: str, from_end: bool = False) -> tuple[int, int] | None:
    """The span of the leading (or, from_end, trailing) capitalised name in text; 'of', 'and', '&' ...
    inside it are kept, 'the' or 'On' before it are skipped."""
    words = list(re.finditer(r"[\w.&'’\-/()]+", text))
    picked: list[re.Match] = []
    pending: list[re.Match] = []
    for w in reversed(words) if from_end else words:
        token = w.group(0)
        low = token.lower()
        is_cap = token[0].isupper() or bool(re.match(r"[0-9가-힣(]", token))  # ('Évora', 'Île-de-France' too)
        # ('the Assam government': a state's government, its word in lower case after the state's name)
        # (not 'the Korean government': a people's word, no state's name)
        is_cap = is_cap or (token == "government" and (from_end or bool(picked and not _demonym(picked[-1].group(0)))))
        if not picked:
            # 'New Energy and Industrial ...', 'New York University': a capital 'New' opens a name.
            # (a legal form in capitals ends a name: 'Põhjaranniku Puurimine AS')
            if is_cap and (
                low not in _LEAD_WORDS_EN or (token == "New" and not from_end) or (from_end and token == "AS")
            ):
                picked.append(w)
            elif from_end or (low not in _LEAD_WORDS_EN and not _OWNED.fullmatch(low)):
                return None  # ('state-run Korea Atomic Energy Research Institute': what kind of owner, skipped)
            continue
        if is_cap:
            picked += pending
            pending = []
            picked.append(w)
        elif low in _CONNECTORS_EN:
            pending.append(w)
        else:
            break
    if not picked:
        return None
    start, end = min(w.start() for w in picked), max(w.end() for w in picked)
    government = re.fullmatch(r"(?:(\S+)\s+)?government", text[start:end])
    if government and (not government.group(1) or _demonym(government.group(1))):
        return None  # ('the federal government', 'the Korean government': no body's own name)
    return start, end


# Words of a subject field: "Ministry of Trade, Industry and Energy" and "Institute of Science and
# Technology" are one name each, although 'and' and ',' also separate list items.
_FIELD = set(
    """
    telecommunications telecom advanced aerospace affairs agriculture applied arts bioscience biotechnology
    chemical climate
    communication communications computer computing culture data defence defense development device digital
    economic education electronics employment energy engineering environment environmental evaluation
    finance fisheries food future health heritage humanities ict industrial industry information
    infrastructure innovation integrated labor labour land marine maritime foreign disaster economy
    materials metal metals medical medicine mines
    natural new ocean oceans physical planning policy research resources rural safety science sciences
    security smes social space sport standards startups systems technologies technology tourism trade
    transport welfare invention discovery manufacturing robotics nuclear quantum automotive chemistry physics
    bio neuroengineering neurotechnology rehabilitation bioelectronics mineral minerals geoscience geosciences
    geology mining forestry water
    biology genomics artificial intelligence mobility semiconductor semiconductors photonics fusion forestry
    microbiology virology immunology epidemiology pharmacology toxicology ecology biochemistry bacteriophages
    agribusiness agrifood
    water marine atmospheric earth life supercomputing networking modelling modeling mathematical computational
    statistics analytics imaging sensing cybersecurity biomedical biomedicine bioengineering
    astronomy astrophysics biological design process mechanical electrical electronic civil architecture
    geoscience geosciences mining metallurgy pharmaceutical pharmaceuticals pharmacy nursing veterinary law
    business management economics psychology neuroscience agricultural nutrition public electric power optics
    optical geology oceanography hydrology meteorology transportation logistics construction urban regional aviation
    aeronautics astronautics tropical hygiene infectious diseases vaccine vaccines immunology microbiology
    nanoscience nanotechnology nanoelectronics microelectronics microsystems photonic
    nature protection transition conservation system road roads rail railway railways traffic highway highways
    bridges works extension parks wildlife forests lands housing justice interior youth families communities immigration
    hydrographic meteorological geological hydrological
    """.split()
)
_OPEN_FOR = re.compile(
    r"\b(?:Institutes?|Cent(?:er|re)s?|School|Department|Faculty|Laborator(?:y|ies)|Agency|Council|Academy|Office)\s+"
    # ('... for Research on Glaciers', '... of Optronics, System Technologies')
    r"(?:for|of)\s+(?:(?:[A-Z][\w\-]*,?|on|in|of|and)\s+){0,6}[A-Z][\w\-]*$"
)
_EN_ITEM_SPLIT = re.compile(r"\s*(?:,?\s*(?:as well as|along with)\s+|;|,\s*(?:and\s+)?|\s+and\s+|\s/\s)\s*")
# 'A -- the Kyoto spinoff that builds heaters -- along with B': a description set off by dashes
_DASHED = re.compile(r"\s(?:--|—|–)\s[^—–]{3,160}?\s(?:--|—|–)(?=\s)")
_PORTFOLIO = re.compile(r"\b(?:Ministry|Department|Minister|Secretariat)\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z\-]+$")
_ORG_HEAD = re.compile(
    r"\b(?:Agency|Institute|University|Council|Foundation|Organi[sz]ation|Cent(?:er|re)|Laborator(?:y|ies)|"
    r"Ministry|Department|Office|Authority|Commission|Fund|Association|Society|Academy|Service)\b"
)
# 'University of Maine's School of ...': an owner's possessive 's (not the plural one of 'Farmers' Association').
_POSSESSIVE = re.compile(
    r"^(?P<owner>[A-Z][\w.\-–&*]*(?:\s+(?:of|for|and|&|[A-Z][\w.\-–&*]*)){0,5})['’]s\s+(?P<rest>.+)$"
)
_PROGRAMME_TAIL = re.compile(r"\b(?:program|programme|initiative|award|grant|scheme|fund|project|office)$", re.I)
_UNIT = re.compile(
    r"^(?:Department|School|Graduate School|Faculty|Division|College|Lab|Laboratory|Center|Centre)\b|"
    r"\b(?:Research\s+)?Institute$|"  # "KIST's Artificial Intelligence and Robotics Institute": KIST's own
    r"\b(?:Division|Directorate)$"  # ("Bridger's Materials Science Division": a part of the lab)
)
_LOCATION_TAIL = re.compile(
    r"\s+in\s+(?:the\s+)?(?P<place>[A-Z][\w\-]+\.?(?:(?:[ ,]+|\s+of\s+(?:the\s+)?)[A-Z][\w\-]+){0,3})$"
)


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][\w\-]*", _POSSESSIVE.sub(lambda m: m.group("rest"), text))


def _name_part(text: str) -> str:
    """The capitalised run a list piece opens with ('Fisheries' of 'Fisheries through the Forest Fund')."""
    run = _cap_run(text)
    return text[run[0] : run[1]] if run else text


# A site of a body that hosts: 'the Punggol campus of the Singapore Institute of Technology'.
# 'Prof. X of the Department of Plants and Crops at Ghent University': a unit named by its subjects, then its body
_UNIT_AT = re.compile(rf"\b(?:the\s+)?{_UNIT_NAME}\s+at\s+(?=(?:the\s+)?[A-Z])")
_SITE_PREFIX = re.compile(
    r"^\s*(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,2}(?:campus|site|headquarters|offices|premises|facilit(?:y|ies))\s+of\s+"
    r"(?:the\s+)?(?=[A-Z])"
)
# A site and the body it belongs to: 'Marine Algal Research Station of the Central Salt ...'.
SITE_OF = re.compile(
    r"(.+?\b(?:Station|Campus|Building|Hall|Auditorium|Theatre|Theater|Farm|Site|Park|Centre|Center)|"
    # (a site whose head comes first: 'Parque Científico Tecnológico Marino of the Universidad de Las Palmas')
    r"(?:Parque|Parc|Centro|Campus|Edificio|Palacio|Palais)\s+[^\s].*?)\s+of\s+the\s"
)
# Heads of bodies named after two things ('Agri-Food and Biosciences Institute'); not universities, whose names
# rarely are, and which follow companies in lists ('Google and Stanford University').
_JOINT_HEAD = re.compile(
    r"\b(?:Institute|Committee|Council|Corporation|Board|Commission|Authority|Agency|Association|Society|"
    r"Foundation|Cent(?:re|er)|Service|Federation|Alliance|Organi[sz]ation|Partnership|Catapult)"
    r"(?:\s*\([^()]*\))?(?:,\s*[A-Z][\w .'’\-]*)?\s*\.?\s*$"  # (its short form, where it is)
)


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """A dictionary's words in lower case, and the field words."""
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["web2"], lower=True)) | _FIELD


def _common_word(word: str) -> bool:
    """A capitalised word that a dictionary (or the list of fields) knows in lower case: 'Wheat', 'Safety',
    'Biosciences'; not 'Google' or 'Mintek'."""
    part = word.split("-")[-1].lower()
    forms = {part, re.sub(r"ies$", "y", part), re.sub(r"s$", "", part)}
    return word[:1].isupper() and not forms.isdisjoint(_dictionary()) and not country_code(word)


def _all_field(text: str) -> bool:
    words = [w.lower() for w in _words(text)]
    return bool(words) and all(w in _FIELD or w == "and" for w in words)


def _field_tail(text: str) -> bool:
    """'Ministry of Trade', 'Institute for Environmental': an 'of/for' phrase of field words only."""
    # the last 'of/for' ('... of X's Institute for Mechanical'), perhaps with 'the' ('Ministry of the Environment')
    m = re.search(r".*\b(?:of|for)\s+(?:the\s+)?(.+)$", text)
    return bool(m) and _all_field(m.group(1))


def _starts_with_field(text: str) -> bool:
    words = _words(text)
    if words and words[0].lower() == "the":  # 'Department of Agriculture, Food and the Marine'
        words = words[1:]
    return bool(words) and words[0].lower() in _FIELD


# Words that end a company's name, never a campus's: 'University of York, Stellarion Fusion' are two names.
_COMPANY_WORDS = (
    r"fusion|systems|technolog(?:y|ies)|engineering|energy|labs?|bio|materials|handling|robotics|semiconductors?|"
    r"pharma\w*|holdings|networks|solutions|motors|electronics|ventures|therapeutics|photonics|minerals|metals"
)
# Kinds of organisation a description ends in: 'the engineering firm', 'state miner', 'synthetic biology company'.
# Agent nouns of any trade ('timber haulier', 'seed grower', 'chemicals distributor') are kinds of organisation,
# but not a person's office ('researchers Amira Saleh and Tobias Grint', 'project coordinator Professor Chan') nor
# a thing that ends like one ('the maize and sorghum research center of ...').
_NOT_AGENT = (
    r"(?:oth|und|aft|ov|lat|eith|nev|wheth|togeth|ev|rath|oft|eld|young|old|larg|small|high|low|research|lectur|"
    r"minist|manag|lead|found|chancell|edit|engine|farm|teach|speak|writ|report|lawy|memb|us|custom|work|play|"
    r"premi|advis|counsell|councill|offic|commission|partn|cent|wat|pap|pow|numb|corn|bord|chapt|quart|wint|summ|"
    r"lett|matt|ord|lay|fib|clust|regist|shelt|theat|met|lit|cat|wond)ers?|"
    r"(?:profess|direct|doct|auth|govern|senat|rect|co-?ordinat|ambassad|advis|invest|inspect|supervis|curat|chair|"
    r"sect|corrid|flo|do|err|fact|react|mot|col|maj|min|sens|tract|indicat|hon|fav|lab|vap|behavi|harb|neighb|"
    r"flav)o?u?rs?"
)
_KINDS = (
    rf"(?!(?:{_NOT_AGENT})\b)[a-z]{{2,}}(?:er|or)|"
    r"firm|company|start-?up|group|[a-z]*maker|manufacturer|authority|developer|operator|institute|university|lab|"
    r"laboratory|agency|"
    r"bank|lender|utility|giant|provider|supplier|consultancy|specialist|producer|insurer|carrier|airline|"
    r"shipbuilder|shipyard|chipmaker|automaker|carmaker|drugmaker|steelmaker|miner|refiner|smelter|exporter|"
    r"retailer|distributor|publisher|broadcaster|platform|society|shipowner|owner|shipping line|non-profit|"
    r"nonprofit|charity|cooperative|co-op|house|body|conglomerate|vendor|foundry|designer|studio|spin-?off|"
    r"spinout|spin-out|association|holding|holdings|contractor|integrator|partner|service|hospital|college|"
    r"foundation|trust|union|federation|bureau|observatory|nursery|multinational|philanthropy|chain"
)
_KINDS_PLURAL = r"companies|universities|laboratories|utilities|bodies"  # the plurals that are not kind + 's'
_DESCRIPTOR_WORDS = re.compile(rf"^(?:the\s+|an?\s+)?(?:[a-z][\w\-]*\s+){{0,3}}(?:(?:{_KINDS})s?|{_KINDS_PLURAL})\s+$")
# The same with any words before the kind ('the Ghent-based soil-testing start-up', 'the Danish dairy cooperative').
# (also counted: 'two bioenergy companies, A and B')
_DESCRIPTION = re.compile(
    rf"^(?:the\s+|an?\s+|(?:two|three|four|five|six|several|\d+)\s+)(?:[\w\-’']+\s+){{0,4}}?"
    rf"(?:(?:{_KINDS})s?|{_KINDS_PLURAL})(?:\s+|$)"
)


# A description of a few lower-case words after one capitalised word (a nationality or a place).
_NATIONAL_DESCRIPTION = re.compile(
    r"(?:[A-Z][\w.\-]*\s+)(?:(?!(?:from|its|their|of|the|at|in|with|and|to|for|by|on|as)\s)[a-z][\w\-]*\s+){1,3}"
)


def _after_descriptor(piece: str, run: tuple[int, int] | None) -> tuple[int, int] | None:
    """'the engineering firm Arup', 'US synthetic biology company Ginkgo Bioworks': the name comes after a
    short lowercase description (itself after a country, perhaps)."""
    # (and the short form after it: 'the port authority Administração dos Portos de Sines (APS)')
    short = re.search(r"\s*\([A-Za-z&\-]{2,12}\)[\s,.;:]*$", piece)
    tail = _cap_run(piece[: short.start()] if short else piece.rstrip(" ,.;:-–—"), from_end=True)
    if tail is None or piece[tail[1] : short.start() if short else None].strip(" ,.;:-–—"):
        return run
    if short:
        tail = (tail[0], short.end() - len(short.group(0)) + len(short.group(0).rstrip(" ,.;:")))
    lead = piece[: tail[0]].lstrip()
    # 'the Ghent-based start-up X', and without an article: 'edge AI chip designer DeepX'
    described = lead and (_DESCRIPTION.fullmatch(lead) or _DESCRIPTION.fullmatch("a " + lead))
    if (run is None and _DESCRIPTOR_WORDS.match(lead)) or described:
        return tail
    if run is not None and run[1] < tail[0] and _NATIONAL_DESCRIPTION.fullmatch(re.sub(r"^the\s+", "", lead)):
        return tail  # 'Dutch grinder Zaanstad Cocoa Processing', 'the Italian converter Imballaggi Vanoni'

    if run is not None and run[1] < tail[0] and country_code(piece[run[0] : run[1]]):
        if _DESCRIPTOR_WORDS.match(piece[run[1] : tail[0]].lstrip() or " "):
            return tail
    return run


def _described_items(text: str, base: int) -> list[tuple[int, int]]:
    """'A, a Boston-based developer of X; B, a Tallinn company that ...; and C': items split by semicolons,
    each a name followed by its description."""
    spans = []
    for m in re.finditer(r"[^;]+", text):
        item = re.sub(r"^\s*(?:and\s+)?", "", m.group(0))
        lead = m.start() + len(m.group(0)) - len(item)
        name = re.split(r",\s|\s+(?:which|who|that|based in)\s|\s+\(", item, maxsplit=1)[0]
        run = _after_descriptor(name, _cap_run(name))  # 'membrane maker Aquilon Separations'
        if run is None or name[run[1] :].strip(" ,.:"):
            break
        # ('the insurers Aviva and Legal & General; ...': two names in one item, neither a name 'of' something)
        pair = re.fullmatch(r"(?P<a>[A-Z][^,]*?)\s+and\s+(?P<b>[A-Z].*)", name[run[0] : run[1]])
        # (not 'Swiss Tropical and Public Health Institute': the kind of body ends the whole name)
        if (
            pair
            and not re.search(r"\b(?:of|for)\b", pair.group("a"))
            and bool(_ORG_HEAD.search(pair.group("a"))) == bool(_ORG_HEAD.search(pair.group("b")))
        ):
            at = base + lead + run[0]
            spans += [(at, at + pair.end("a")), (at + pair.start("b"), at + pair.end("b"))]
            continue
        spans.append((base + lead + run[0], base + lead + run[1]))
    return spans


_BRAND = re.compile(r"[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*)?\s+([a-z][a-z0-9]{1,11})")  # 'SK hynix', 'Teledyne e2v'


_BASED = re.compile(r"^(?:[A-Z][\w.'’]*\s)*?[A-Z][\w.'’]*-based\s+")


# Nouns that end like adjectives: 'Severance Hospital and Seoul National University Hospital' are two names.
_NOUN_LIKE_ADJECTIVE = re.compile(
    r"(?:Hospital|Capital|Portal|Journal|Terminal|Festival|Tribunal|Canal|Metal|Memorial|Clinic|Republic|Library|"
    r"Sanctuary|Seminary|Dispensary|Subsidiary|Secretary|Directive|Collective|Cooperative|Initiative|Archive)$"
)
_SPEAKER = re.compile(
    r"\b(?:Minister|Secretary|Professor|President|Chancellor|Governor|Mayor|Director|CEO|Chair)\s+[A-Z][a-z]+\s+[A-Z]"
)
_PROGRAMME_WORD = re.compile(r"\s+(?:program|programme|initiative|scheme)\b")
_SHORT_FORM = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")
_NAME_WORD = re.compile(r"[\w'’\-]+|[,&()]")


_PORTFOLIO_LIST = re.compile(
    r"\b(?:Ministry|Department|Secretariat|Minister)\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z\-]+"
    r"(?:,\s+[A-Z][a-z\-]+)+,?\s+and\s+[A-Z][a-z\-]+\b"
)


def _spelled_out(text: str) -> list[tuple[int, int]]:
    """Spans of names whose short form follows in brackets and spells their capitals, commas and 'and's
    included: 'IGAD Climate Prediction and Applications Centre (ICPAC)', 'Foreign, Commonwealth and
    Development Office (FCDO)'. A list is not split inside them."""
    # ('Ministry of Business, Innovation and Employment': a ministry's portfolio of three or more parts)
    spans = [m.span() for m in _PORTFOLIO_LIST.finditer(text)]
    for m in _SHORT_FORM.finditer(text):
        short, initials, right = m.group(1).upper(), "", ""  # right: the word after the one looked at
        for w in reversed(list(_NAME_WORD.finditer(text, max(0, m.start() - 160), m.start()))):
            word = w.group(0)
            if word in ("(", ")") or (word == "and" and right == "the"):
                break  # another name's short form ('Council (CNR) and ...'), or a new item ('... and the X')
            right = word
            if word == "and":
                initials = "A" + initials  # 'Korea Institute of Geoscience and Mineral Resources (KIGAM)'
                continue
            if word in (",", "&", "of", "for", "the", "on", "in") or word in _CONNECTORS_EN:
                continue  # ('Staatssekretariat für Bildung, Forschung und Innovation (SBFI)')
            if not word[0].isupper():
                break
            initials = (word if word.isupper() and len(word) <= 4 else word[0]) + initials  # 'UK Research and ...'
            # ('ICAR-Directorate of Onion and Garlic Research (DOGR)': the short form may spell the last part only)
            last = word.rsplit("-", 1)[-1]
            if (word[0] == short[0] and _subsequence(short, initials)) or (
                last[:1] == short[0] and _subsequence(short, last[0] + initials[1:])
            ):
                spans.append((w.start(), m.start()))
                break
    return spans


# Lower-case words no name in another language holds: an item with one of them is more than a name.
_ENGLISH_LOWER = (
    _VERBS_EN
    | _NOT_NAMES_EN
    | {
        *"which who whose that with by as to its been be being based located headquartered where while under".split(),
        *"coordinator coordinates coordinating lead leads leading partner partners member host hosts".split(),
        "will",
        "would",
    }
)
_FOREIGN_ITEM = re.compile(
    r"(?:and\s+)?(?:the\s+)?(?P<name>[A-ZÀ-Þ][\w.'’&\-]*(?:\s+[\w.'’&\-]+){1,6}?)(?:\s+\([A-Z][A-Za-z&\-]{1,10}\))?"
)


def _foreign_name(piece: str) -> tuple[int, int] | None:
    """'Norges teknisk-naturvitenskapelige universitet (NTNU)', 'Aalto-korkeakoulusäätiö sr': an item of a
    semicolon list that is a name in another language, lower-case words and all."""
    m = _FOREIGN_ITEM.fullmatch(piece.rstrip(" .;:,").strip())  # (not the full stop ending the list)
    if not m or any(w.lower() in _ENGLISH_LOWER for w in m.group("name").split()):
        return None
    if "-based" in m.group("name") or re.search(rf"\s(?:{_KINDS})s?\b", m.group("name")):
        return None  # 'Cebu-based furniture exporter Kalipay Designs': an English description before a name
    lead = len(piece) - len(piece.lstrip())
    return lead + m.start("name"), lead + m.end()


def _subsequence(short: str, initials: str) -> bool:
    it = iter(initials)
    return all(ch in it for ch in short)


_LOWER_HEAD = re.compile(
    r"(?:(?<=^)|(?<=\s))(?:[A-Z][\w\-]*\s+){1,3}(?P<head>(?:provincial|state|city|county|municipal|metropolitan|regional|"
    r"prefectural|federal|national)\s+government)\s*[.,;:]?\s*$"
)
# 'the municipality of Sines': a local government written in lower case, before its place
_LOWER_OF = re.compile(
    r"(?:(?<=^)|(?<=\s))(?P<head>(?:municipality|city|province|county|prefecture|region|district|town|"
    r"(?:(?:state|provincial|regional|local|city)\s+)?government)\s+"
    r"of\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})\s*[.,;:]?\s*$"
)
# 'A (Germany), coordinator; B (Denmark); ...': an item's own role after it, in a list split by semicolons.
_ROLE_TAIL = re.compile(
    r"(?:\s*\([^()]*\))?\s*,\s*(?:the\s+|as\s+)?(?P<role>(?:project\s+|overall\s+)?co-?ordinator|lead(?:er)?|"
    r"lead\s+(?:partner|institution|beneficiary)|co-?lead|(?:associated|associate)\s+partner|partner)\s*(?=[;.]|$)",
    re.I,
)
_TAIL_ROLES = {"coordinator": "lead", "co-ordinator": "lead", "lead": "lead", "leader": "lead", "co-lead": "co"}
# What follows a description's kind: 'a ... developer of tools for utilities', '... firm from General Santos'.
_CLAUSE_TAIL = re.compile(
    r"\s(?:that|which|who|of|for|with|from|in|based|designing|developing|making|building|producing|offering|providing|"
    r"speciali[sz]ing|working|focusing|focused|using|operating|selling|running|"
    r"formed|founded|created|established|launched|started)\s.*$"  # ('a start-up designing X', 'a nonprofit formed in')
)
_COUNTRY_TAIL = re.compile(r",\s+([A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)(?:\s+\([^()]*\))?\s*\.?\s*$")
_DESCRIBED_FIRST = re.compile(r"[^;]{1,80},\s+(?:an?\s|the\s+(?:[a-z\d]|[A-Z][\w\-]*-based\b)|(?:which|who|whose)\s)")


# 'A from Sweden and B from Poland', 'C, based in Lyon,': where an item is from, after its name
_FROM_PLACE = re.compile(
    r"(?<=[\w.)]),?\s+(?P<word>from|based in|of|in)\s+(?:the\s+)?"
    # ('in the Democratic Republic of Congo': a country's name with 'of' inside)
    r"(?P<place>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?(?:\s(?:of|of\s+the)\s[A-Z][\w\-]+)?)"
    r"(?P<region>,\s+[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?(?=\s*(?:;|\band\b|\.?$)))?"  # ('in Grand Forks, North Dakota')
    r"(?=\s*(?:,|;|\band\b|\.?$))"
)


_DESCRIBED_INTRO = re.compile(
    r"(?:^\s*|(?<=,\s)|(?<=\band\s))(?:the|a|an)\s+(?:[A-Z][\w.\-]*-based\s+|[A-Z][a-z]+(?:an|ian|ese|ish|ch|i)\s+)"
    r"(?:(?!(?:of|for|and|de|du|la|in|at|on|to|with)\b)[a-z][\w\-]*\s+){1,4}(?=[A-Z][\w&\-]*)|"
    # ('made up of salmon farmers A, B and C, and mussel processor D': the trade of the names after it)
    r"(?:^\s*|(?<=,\sand\s))(?:[a-z][\w\-]*\s+){0,2}(?:farmers?|processors?|makers?|producers?|manufacturers?|"
    r"developers?|operators?|growers?|suppliers?|start-?ups?|retailers?|distributors?|exporters?|"
    r"importers?)\s+(?=[A-Z][\w&\-]*)"
)


_OFFICE_CHAIN = re.compile(
    r",\s+(?:(?:Associate|Assistant|Adjunct|Full)\s+)?(?:Professor|Director|Dean|Head|Lecturer|(?:Principal\s+)?Researcher)"
    r"(?:,\s+(?:Department|School|Faculty|Division|Graduate School|Laboratory|Institute)\s+(?:of|for)\s+[^,;]+)*"
    r"(?=,\s+[A-Z])"
)
# An office written as a name, perhaps with its holder: 'Project Manager', 'Program Director Jane Roe'
_OFFICE_NAME = re.compile(
    r"(?:(?:Project|Program(?:me)?|Research)\s+(?:Manager|Director|Leader|Coordinator|Officer)|Principal Investigator)"
    r"(?:\s+(?P<holder>[A-Z][a-z]+(?:\s+[A-Z][\w\-]+){1,2}))?"
)
_APPOSITIVE = re.compile(
    r"(?<=[\w)]),\s+an?\s+[^,;()]{3,80}?(?=,\s+and\s+(?:the\s+)?[A-Z])|"
    # ('... and Kumo Robotics Inc., a startup based in Tsukuba, Ibaraki Prefecture': where the last one is, to the end)
    r"(?<=[\w).]),\s+an?\s+[a-z][^,;()]{2,60}?\b(?:based|headquartered|located)\s+in\s+"
    r"[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?(?:,\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?[\s.]*$"
)


_COUNTRY_AFTER = re.compile(
    r"(?P<before>\b[A-Z][\w\-]+(?:\s[A-Z][\w\-]+){0,2}|\))(?P<tail>,\s+(?P<c>[A-Z][\w\-]+(?:\s(?:of\s)?[A-Z][\w\-]+)?))"
    r"(?=,\s|\s+and\s|\s*$)"
)
_PLACED_KIND = re.compile(
    rf"(?:^\s*|(?<=[,;]\s)|(?<=\band\s))(?:the|a|an)\s+(?P<place>[A-Z][\w\-]+)\s+(?:[a-z][\w\-]*\s+){{0,3}}"
    rf"(?:{_KINDS})\s+(?=[A-Z])"
)


def _blank_place(m: re.Match) -> str:
    place = m.group("place")
    named = re.search(r"(?:\b[A-Z][\w.&\-]*|\))$", m.string[: m.start()])  # (not 'Research institutions from Israel')
    before = m.string[: m.start()].split()
    legal = before and (is_legal_form(before[-1]) or before[-1] in ("D.O.O.", "S.R.O."))
    if m.group("word") == "of" and not legal:
        return m.group(0)  # 'Boreal Excavation Inc. of Canada', not 'Bank of Canada' or 'University of Oslo'
    region = (m.group("region") or "").lstrip(", ")
    if m.group("word") == "in":
        # 'Red River Valley Elevator Co. in Grand Forks, North Dakota', 'X Centre in Alberta': where it is (a
        # country alone stays: it tells a partner abroad, 'Scripps Institution of Oceanography in the United States')
        where = is_region(place) or (region and (is_region(region) or country_code(region)))
        # ('the Brazilian Center for Research in Energy and Materials (CNPEM), in Campinas,': a town set off by commas)
        # (not a campus: 'University of California, Davis')
        campus = re.search(UNIVERSITY_OF_PLACE, m.string[: m.start()])
        where = where or (
            (m.group(0).startswith(",") or m.string[: m.start()].endswith(")")) and is_city(place) and not campus
        )
        return " " * len(m.group(0)) if named and where else m.group(0)
    if region:
        return m.group(0)
    return " " * len(m.group(0)) if named and (country_code(place) or is_city(place)) else m.group(0)


# Regions named in two parts, one place inside a name ('Development Bank of Latin America and the Caribbean')
_TWO_PART_REGION = re.compile(
    r"\b(?:Latin America|Asia|Europe|Africa|the Middle East)(?:,)?\s+and\s+(?:the\s+)?(?:Caribbean|Pacific|"
    r"Central Asia|North Africa|Middle East)\b"
)


def _english_items(text: str, base: int, backward: bool, bounded: bool = False) -> list[tuple[int, int]]:
    """Spans of the names in a list, read forward from the start of text or backward from its end.

    bounded: text is one item of a list set off by semicolons or a colon, so a name in another language
    ('Uppsala universitet') may take all of it."""
    # (legal forms in lower case, read as the capitals they stand for)
    text = text.replace("S.à r.l.", "S.A R.L.").replace("d.o.o.", "D.O.O.").replace("s.r.o.", "S.R.O.")
    text = _FROM_PLACE.sub(_blank_place, text)
    # ('WASHINGTON — The U.S. Department of ...': a wire story's dateline, before a sentence's subject)
    if backward and base == 0:
        text = re.sub(r"^\s*[A-Z][A-Z .,'’\-]{2,40}\s[—–-]{1,2}\s+(?:The\s+)?", lambda r: " " * len(r.group(0)), text)
    # ('the University of Coimbra, Portugal, and the University of Melbourne, Australia,': each one's country)
    text = _COUNTRY_AFTER.sub(
        lambda r: (
            r.group("before") + " " * len(r.group("tail"))
            if country_code(r.group("c")) and not country_code(r.group("before"))
            else r.group(0)
        ),
        text,
    )
    # ('The Bedford Institute of Oceanography, a Fisheries and Oceans Canada research centre, and Ocean Networks
    # Canada are partners': what an item is, set off by commas between two items)
    text = _APPOSITIVE.sub(lambda r: " " * len(r.group(0)), text)
    # ('Dr. X, Professor, Department of Y, Keio University School of Medicine': a person's office and unit before
    # the body they belong to)
    text = _OFFICE_CHAIN.sub(lambda r: " " * len(r.group(0)), text)
    # ('the French agricultural research center CIRAD and the U.S.-based nonprofit World Coffee Research': where
    # each is from and what it is, before its name)
    text = _DESCRIBED_INTRO.sub(lambda r: " " * len(r.group(0)), text)
    # ('the federal Secretariat of Science': which government's body it is, in lower case before its name)
    text = re.sub(
        r"^\s*(?:[Tt]he\s+)?(?:(?:federal|state|national|regional|provincial|municipal)\s+(?=[A-Z])|"
        r"Union\s+(?=(?:Ministry|Department|Government)\b))",  # ('the Union Department of ...': India's central)
        lambda r: " " * len(r.group(0)),
        text,
    )
    # ('the Gliwice sodium-ion battery maker Silesia Cells': the town it is in and what it is, before its name)
    text = _PLACED_KIND.sub(
        lambda r: " " * len(r.group(0)) if is_city(r.group("place")) or is_region(r.group("place")) else r.group(0),
        text,
    )
    # 'A, a Boston-based developer; B, ...' (not 'A, the University of York, ...': a name after 'the')
    # (any of its first items may be the one described: 'A (US); B, the supplier that ... (Sweden); C (Chile)')
    if not backward and text.count(";") >= 1 and any(_DESCRIBED_FIRST.match(p) for p in text.split(";")[:3]):
        return _described_items(text, base)
    if not backward and text.count(";") >= 2:
        # 'A (KEMRI), Kenya (coordinator); B, Kenya; C, Uganda': items split by semicolons, each with its country
        pieces = list(re.finditer(r"[^;]+", text))
        countries = [_COUNTRY_TAIL.search(m.group(0)) for m in pieces]
        countries = [c if c and country_code(c.group(1).rstrip(".")) else None for c in countries]
        if sum(1 for c in countries if c) * 2 > len(pieces):
            spans = []
            for m, c in zip(pieces, countries, strict=True):
                piece = m.group(0)[: c.start()] if c else m.group(0)
                lead = len(piece) - len(re.sub(r"^\s*(?:and\s+)?(?:the\s+)?", "", piece))
                run = _cap_run(piece[lead:])
                if run is not None:
                    spans.append((base + m.start() + lead + run[0], base + m.start() + lead + run[1]))
            return spans
    semicolons = bounded or text.count(";") >= 2
    if semicolons:
        # ('the Mexican Geological Service, SGM (co-coordinator, ...); the Center for ..., CIMAV (...)': its short
        # form after a comma)
        text = re.sub(r"(?<=[a-z)]),\s+[A-Z][A-Z0-9&\-]{1,9}(?=\s*(?:\(|;|$))", lambda r: " " * len(r.group(0)), text)
    parts, pos = [], 0
    whole = _spelled_out(text) + [m.span() for m in _TWO_PART_REGION.finditer(text)]
    for m in _EN_ITEM_SPLIT.finditer(text):
        if any(a < m.start() < b for a, b in whole):
            continue
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, len(text)))
    merged: list[tuple[int, int]] = []
    for s, e in parts:
        if merged and ";" not in text[merged[-1][1] : s]:  # (words of one name are never split by a semicolon)
            ps, pe = merged[-1]
            prev = text[ps:pe]
            nxt = text[s:e]
            if (
                _all_field(prev)
                # ... unless both sides hold a head: 'Georgia Institute of Technology and New Mexico State University'
                or (
                    _field_tail(prev)
                    and _starts_with_field(nxt)
                    # (the head of the name itself: 'Fisheries through the Forest Fund' is 'Fisheries')
                    and not (_ORG_HEAD.search(prev) and _ORG_HEAD.search(_name_part(nxt)))
                    # (', and' ends an item: 'Institute of Oceanography, and Ocean Networks Canada')
                    and not (
                        re.fullmatch(r"\s*,\s*and\s*", text[pe:s]) and _ORG_HEAD.search(prev) and not _all_field(nxt)
                    )
                )
                # 'the Ministry of Agriculture and Livestock Development': a ministry's portfolio of two parts
                or (
                    _PORTFOLIO.search(prev)
                    and re.fullmatch(r"\s*[A-Z][a-z\-]+(?:\s+[A-Z][a-z\-]+){0,2}[\s.]*", nxt)
                    and not _ORG_HEAD.search(nxt)
                    and not country_code(nxt.strip())
                    and lookup(nxt.strip()) is None  # ('the Ministry of Health and Google')
                    and "," not in text[pe:s]
                )
                # 'Montana Wheat and Barley Committee', 'Workplace Safety and Health Council': common words on
                # both sides of 'and', the head of a body after them and none before
                or (
                    _common_word(_words(prev)[-1] if _words(prev) else "")
                    and _common_word(_words(nxt)[0] if _words(nxt) else "")
                    and _JOINT_HEAD.search(_name_part(nxt))
                    and not _ORG_HEAD.search(prev)
                    and not re.match(r"\s*the\b", nxt)
                    and not re.search(r"['’]s\b", prev + nxt)  # ("Norway's SINTEF Ocean and Japan's NMRI")
                    and lookup(prev.strip()) is None
                    and "," not in text[pe:s]
                    and ";" not in text[pe:s]
                    # (a company's legal form ends its name: 'Phillips 66 Limited and Sheffield City Council')
                    and not re.search(r"\b(?:Limited|Ltd|Inc|Corp|LLC|PLC|plc|GmbH|AG|SpA|Pty)\.?$", prev.strip())
                )
                # 'Japan Science and Technology Agency': field words on both sides, an organisation's head after
                or (
                    _words(prev)
                    and _words(prev)[-1].lower() in _FIELD
                    and _starts_with_field(nxt)
                    and _ORG_HEAD.search(nxt)
                    # (an owner's head before its possessive is not this name's: "Commerce's CHIPS Research and ...")
                    and not _ORG_HEAD.search(re.split(r"['’]s\s+", prev)[-1])
                )
            ):
                merged[-1] = (ps, e)
                continue
            # 'Fraunhofer Institute for Machine Tools and Forming Technology IWU': the 'for' phrase of an institute
            # goes on while the next part names a field or ends in the institute's short form, with no head of its own.
            if (
                _OPEN_FOR.search(prev)
                and text[pe:s].strip() in ("and", ",")
                and re.match(r"[A-Z]", nxt)
                and not _ORG_HEAD.search(nxt)
                # (or the institute's short form: '... and Mountain Ecosystems (INAIGEM), a state body')
                and (
                    _starts_with_field(nxt)
                    # ('Leibniz Institute for Zoo and Wildlife Research': a field word ends it)
                    or re.fullmatch(r"[A-Z][a-z]+\s+(?:Research|Sciences?|Studies|Technology|Engineering)", nxt.strip())
                    or re.search(r"\s[A-Z]{2,5}(?:\s+in\s+[A-Z][\w\-]+)?$", nxt)
                    # ('Institute of Botany and Phytointroduction in Almaty': one word of a field, then the town)
                    or (
                        re.fullmatch(r"[A-Z][a-z]{5,}(?:\s+in\s+[A-Z][\w\-]+)?", nxt.strip())
                        and not lookup(nxt.strip().split()[0])
                        and not looks_like_org(nxt.strip())
                    )
                    or re.match(r"(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*\s+\([A-Z]{2,10}\)", nxt)
                )
            ):
                merged[-1] = (ps, e)
                continue
            # 'Institute of Genetics and Developmental Biology of the Chinese Academy of Sciences': the institute of
            # one body, its fields joined by 'and'
            if (
                _OPEN_FOR.search(prev)
                and text[pe:s].strip() == "and"
                and re.match(r"(?:[A-Z][\w\-]*\s+){1,3}of\s+the\s+[A-Z]", nxt)
                and not _ORG_HEAD.search(nxt.split(" of ")[0])
            ):
                merged[-1] = (ps, e)
                continue
            # 'Centre for Mathematical and Computational Modelling': an adjective cannot end a name.
            if (
                re.search(r"\s[A-Z][a-z]+(?:al|ic|ive|ary|ous)$", prev)
                # 'Centre for Mathematical and ...', 'Tokyo Medical and Dental University'; not 'Takeda
                # Pharmaceutical and Vantrell Bio', two companies
                and (re.search(r"\b(?:for|of)\s", prev) or (_ORG_HEAD.search(nxt) and not _ORG_HEAD.search(prev)))
                and not _NOUN_LIKE_ADJECTIVE.search(prev)
                and re.match(r"[A-Z]", nxt)
                and text[pe:s].strip() == "and"
            ):
                merged[-1] = (ps, e)
                continue
            # 'European Climate, Infrastructure and Environment Executive Agency': a run of field words goes on.
            if _words(prev) and _words(prev)[-1].lower() in _FIELD and _all_field(nxt) and not _ORG_HEAD.search(prev):
                merged[-1] = (ps, e)
                continue
            # 'the Department of Horticulture, Government of Karnataka': a department and the government it is of
            if (
                text[pe:s].strip() == ","
                and re.match(r"(?:the\s+)?(?:Department|Ministry|Directorate|Office|Bureau)\s+of\s", prev.strip())
                and re.match(r"(?:the\s+)?Government of [A-Z]", nxt.strip())
            ):
                merged[-1] = (ps, e)
                continue
            # 'the Indian Institute of Tropical Meteorology (IITM), Pune', 'Madras Crocodile Bank Trust, Chengalpattu':
            # the town after a name
            if text[pe:s].strip() == "," and (
                # (a town that ends its item: not 'Cornell University, Dartmouth, Dell ...', a list of names)
                (_town_after(prev, nxt) and re.match(r"\s*(?:[;.]|$|,\s+(?:which|who|an?|the)\s)", text[e:]))
                or (
                    re.search(r"\([A-Za-z&\-]{2,12}\)\s*$", prev)
                    and re.fullmatch(r"(?:(?:New|San|Los|St\.?)\s)?[A-Z][a-z][\w\-]*", nxt.strip())
                )
            ):
                merged[-1] = (ps, e)
                continue
            # ('the Maritime and Port Authority of Singapore': one word after 'the' is no name of its own)
            if (
                text[pe:s].strip() == "and"
                and re.fullmatch(r"the\s+[A-Z][a-z]+", prev.strip())
                and _ORG_HEAD.search(nxt)
                and not lookup(prev.strip()[4:])
            ):
                merged[-1] = (ps, e)
                continue
            # ('the University of the Witwatersrand in Johannesburg, South Africa, and ...': the town's country)
            if (
                text[pe:s].strip() == ","
                and re.search(r"[A-Z][\w\-]*\s+in\s+[A-Z][\w\-]+$", prev)
                and country_code(nxt.strip())
            ):
                merged[-1] = (ps, e)
                continue
            # 'rope and cordage maker Tagum Cordage Corp.': 'and' between two lower-case words of a description
            if text[pe:s].strip() == "and" and re.search(r"(?:^|\s)[a-z][\w\-]*$", prev) and re.match(r"[a-z]", nxt):
                merged[-1] = (ps, e)
                continue
            # 'A (Germany), coordinator; B': the item's role after a comma stays with it
            if semicolons and text[pe:s].strip() == "," and _ROLE_TAIL.match(text, pe):
                merged[-1] = (ps, e)
                continue
            # 'Takamine Pharmaceutical Co., Ltd.': a legal form after a comma belongs to the name.
            if re.fullmatch(r"(?:Ltd|Inc|LLC|PLC|Co|Corp|GmbH|AG|SA|S\.A|B\.V|N\.V|Pty Ltd)\.?", nxt.strip()):
                merged[-1] = (ps, e)
                continue
            # 'University of the West Indies, Cave Hill Campus': a campus named so belongs to the name.
            if re.search(r"\bUniversit", prev) and re.fullmatch(r"(?:[A-Z][\w\-]+\s+){1,3}Campus", nxt.strip(" .;:")):
                merged[-1] = (ps, e)
                continue
            # 'University of California, San Diego': a campus after a comma belongs to the name.
            if (
                re.search(UNIVERSITY_OF_PLACE, prev)
                and re.fullmatch(r"[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?(?:\s+in\s+.+)?", nxt.strip(" .;:"))
                and not re.search(rf"\b(?:{_KINDS}|{_COMPANY_WORDS})\b", nxt, re.I)
                and not _ORG_HEAD.search(nxt)
                # ('University of Twente, CNRS': an acronym is another name; 'University of Cambridge, UK' its country)
                and not re.fullmatch(r"[A-Z0-9&]{2,}", nxt.strip(" .;:"))
                and not country_code(nxt.strip(" .;:"))
            ):
                merged[-1] = (ps, e)
                continue
        merged.append((s, e))
    spans: list[tuple[int, int]] = []
    for n, (s, e) in enumerate(reversed(merged) if backward else merged):
        piece = text[s:e]
        if not backward and n and _SPEAKER.search(piece):
            break  # '... from the UK Space Agency, Science Minister Helen Ashworth announced': a person speaks
        if not backward and n and _DESCRIPTION.fullmatch(_CLAUSE_TAIL.sub("", piece.strip(" .;:")) + " "):
            continue  # 'A, a Norwegian recycling start-up (that designs chips), and B': the item before's description
        run = _cap_run(piece, from_end=backward)
        if not backward:
            run = _after_descriptor(piece, run)
        if run is None and semicolons and not backward:
            # '...; charterer Meridian Commodities; classification society Lloyd's Register': a kind before the name
            tail = _cap_run(piece.rstrip(" ,.;:"), from_end=True)
            if tail and re.fullmatch(r"(?:and\s+)?(?:[a-z][\w\-]*\s+){1,4}", piece[: tail[0]].lstrip()):
                run = tail
        foreign = _foreign_name(piece) if semicolons and (not backward or len(merged) == 1) else None
        if foreign and (run is None or foreign[1] - foreign[0] > run[1] - run[0]):
            run = foreign
        brand = _BRAND.fullmatch(piece.strip())
        inside = n > 0 if backward else n < len(merged) - 1
        if brand and inside and brand.group(1) not in _NOT_NAMES_EN | _VERBS_EN:
            lead = len(piece) - len(piece.lstrip())
            run = (lead, lead + len(piece.strip()))  # 'SK hynix' inside a list: a brand written in lower case
        government = _LOWER_HEAD.search(piece)
        if government and (run is None or run[1] <= government.start("head")):
            # 'the North Gyeongsang provincial government': a place and a government written in lower case
            run = (government.start(), government.end())
        local = _LOWER_OF.search(piece)
        if local and (run is None or run[0] > local.start("head")):
            run = (local.start("head"), local.end("head"))  # ('the municipality of Sines', not 'Sines')
        if run is None and lookup(piece.strip()):
            lead = len(piece) - len(piece.lstrip())
            run = (lead, lead + len(piece.strip()))  # 'imec': a known organisation written in lower case
        if run is None or (backward and piece[run[1] :].strip(" ,.;:")):
            break
        if not backward and re.match(r"\s+(?:award|grant|fellowship|scholarship)s?\b", piece[run[1] :]):
            break  # ('a grant from NSERC and an Accelerate award from Mitacs': the name of an award, not a body)
        programme = _PROGRAMME_WORD.match(piece, run[1])
        if programme and re.search(r"['’]s\s", piece[run[0] : run[1]]):
            run = (run[0], programme.end())  # "NSF's Future Manufacturing program": the owner is the organisation
        if piece[run[1] : run[1] + 1] == "." and re.search(r"(?:\b[A-Za-z]{1,3}\.)+[A-Za-z]{1,3}$", piece[: run[1]]):
            run = (run[0], run[1] + 1)  # ('Ibérica Regolith S.L.', 'Hexaspace S.A.': a legal form keeps its last dot)
        spans.append((base + s + run[0], base + s + run[1]))
        # The list ends where an item runs on into other words ("SK joined the alliance", "it had admitted").
        before = piece[: run[0]].strip(" ,")
        described = backward and before and _DESCRIPTION.fullmatch("a " + re.sub(r"^(?:and|the)\s+", "", before) + " ")
        rest = piece[run[1] :].strip(" ,.;:")
        # ('the Saksaul Orman LLP forest nursery': the kind it is, after its name)
        kind_after = not backward and re.fullmatch(rf"(?:[a-z\-]+\s+){{0,2}}(?:(?:{_KINDS})s?)", rest)
        if (rest and not kind_after and not (semicolons and _ROLE_TAIL.match(piece, run[1]))) or (
            backward and before and before.lower() not in ("the", "and") and not described
        ):
            break  # 'Hyderabad start-up Varsha AI': a description before a name does not end the list
    return spans[::-1] if backward else spans


_OTHER_END = re.compile(r",?\s+to\s+(?:[\w\-]+\s+){0,5}?(?:such\s+as|including)\s+")
_MIGHT_HAVE = re.compile(r"\b(?:might|could|would)\s+(?:have|include|involve|bring)\b[^.;]{0,25}$")
# An amount of money: '$12 million', 'NOK 240 million', '₹310 crore', 'US$30.6 million'.
_MONEY = r"(?:[$€£¥₹]|(?:US|A|C|NZ|S|HK)\$|(?:NOK|SEK|DKK|EUR|USD|GBP|JPY|KRW|CHF|AUD|CAD|INR|CNY|Rs\.?)\s?)\d"
_DATE_TAIL = re.compile(
    r"\s+on\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2})?|"
    r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)(?:,?\s+\d{4})?$"
)


_HEADLINE_OPENING = re.compile(
    r"(?:ADDS|GROWS|JOINS|WELCOMES|OPENS|LAUNCHES|ANNOUNCES|SIGNS|WINS|NAMES|PICKS|TAPS|UNVEILS|GETS|SECURES|EXPANDS)\s"
)
_HEADLINE_VERB = re.compile(
    r"\s+(?:Becomes|Joins|Named|Wins|Launches|Selected|Signs|Welcomes|Announces|Unveils|Opens|"
    r"Receives|Secures|Awarded|Chosen|Tapped|Picked)$"
)


# Words ending an organisation's name, after which a town is where it is: 'Christian Medical College, Vellore'.
_TOWN_AFTER = re.compile(
    rf"{_ORG_HEAD.pattern}|\b(?:College|Trust|Hospital|Corporation|Company|Ltd|Limited|Inc|LLC|Bank|"
    r"Museum|Observatory|Services|Park|Headquarters|HQ|Campus)\b|\([A-Za-z&\-]{2,12}\)\s*$"
)


HEADQUARTERS = re.compile(r"\s+(?:Headquarters|HQ|head office|main campus)$")


def _town_after(name: str, town: str) -> bool:
    """'X Institute, Chennai': town is where the organisation name is, not a name of its own; not the campus
    of 'University of California, San Diego', nor the country of 'National Research Foundation, Singapore'."""
    town = town.strip(" .;:")
    return (
        bool(_TOWN_AFTER.search(name))
        and not re.search(UNIVERSITY_OF_PLACE, name)
        and is_city(town)
        and not country_code(town)
        and not lookup(town)
    )


_COMMON_NAME_WORDS = {"rural", "national", "royal", "open", "central", "state", "public", "general"}


def clean_english_name(name: str) -> tuple[str, str | None]:
    """Drop a possessive owner or a trailing location; returns (name, country of a possessive owner)."""
    country = None
    name = _DATE_TAIL.sub("", name)  # 'CEA-Leti in Grenoble on Nov. 18': when is no part of the name
    name = _HEADLINE_VERB.sub("", name)  # 'Norvik Energy Storage Becomes Founding Member of ...'
    glued = re.fullmatch(r"(?P<name>.*[A-Z]{3})(?P<country>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)", name)
    if glued and country_code(glued.group("country")):
        # ('KATHOLIEKE UNIVERSITEIT LEUVENBelgium': a fact sheet's name and country run together)
        return glued.group("name"), country_code(glued.group("country"))
    if name.isupper() and _HEADLINE_OPENING.match(name):
        return "", None  # ('HYCHILE HUB GROWS TO 23 MEMBERS, ADDS SHIPPING AND WATER PLAYERS': a headline's clause)
    # ('the Atlantic Veterinary College at UPEI': a college and the university it belongs to, by its short form)
    # ('the Oxford Vaccine Group at the University of Oxford', 'Swiss Seismological Service at ETH Zurich': a unit
    # and the body it sits in)
    name = re.sub(
        r"^(.+\b(?:College|Institute|Centre|Center|School|Faculty|Laboratory|Lab|Department|Group|Unit|Service))\s+"
        r"at\s+(?:the\s+)?[A-Z].*$",
        r"\1",
        name,
    )
    # ("the Department of Chemical and Biological Engineering in USask's College of Engineering": the units, then
    # their owner's)
    name = re.sub(
        r"^(?:the\s+)?(?:Department|School|Faculty|Division|Laboratory|Lab|Group)\s+(?:of|for)\s+.+?\s+(?:in|at)\s+"
        r"(?:the\s+)?(?=[A-Z][\w.\-&]*(?:\s+[A-Z][\w.\-&]*)*['’]s\s)",
        "",
        name,
    )
    place_owned = re.match(r"^(?:the\s+)?(?P<owner>[A-Z][\w\s]{2,30}?s)['’]\s+(?P<rest>[A-Z].+)$", name)
    if place_owned and (country_code(owner := place_owned.group("owner")) or is_city(owner) or is_region(owner)):
        # ("the Netherlands' TNO", "Leeds' Bragg Centre": a place's body, the apostrophe alone after a final s)
        return place_owned.group("rest"), country_code(owner)
    m = _POSSESSIVE.match(name)
    # "Queen's University", "Lloyd's Register": a possessive inside a name
    if (
        m
        # ("Maritime Fishermen's Union", "Children's Hospital": the plural of people a body is for)
        and not re.fullmatch(r"Queen|King|Children|St|Saint|People|\w*men", m.group("owner").split()[-1])
        # ("Alzheimer's Society", "Lloyd's Register": one name)
        and not re.fullmatch(
            r"Register|Bank|Group|Foundation|Trust|Hospital|Pharmacy|Society|Association|Federation|Union",
            m.group("rest"),
        )
    ):
        owner, rest = m.group("owner"), m.group("rest")
        # ("the University's Technology and Innovation Centre": the body the article is about, by its kind)
        if re.fullmatch(r"University|Institute|College|Company|Council|Centre|Center|Hospital", owner):
            return rest, None
        rest = re.sub(r"^\([A-Z][A-Za-z&\-]{1,9}\)\s+", "", rest)  # "Department of Energy's (DOE) Argonne ..."
        country = country_code(owner)
        # 'Clemson's School of ...' and 'NSF's Future Manufacturing program' name the owner (not a place's:
        # "Saskatchewan's Agriculture Development Fund" is the province's body)
        place = is_region(owner) or is_city(owner)
        # ("Abu Dhabi's Department of Energy": a place's own department is the body, not Clemson's School of ...)
        public = place and re.match(r"(?:Department|Ministry|Office|Agency|Authority|Bureau)\s+(?:of|for)\b", rest)
        unit = _UNIT.search(rest) and not public
        name = owner if ((unit or (_PROGRAMME_TAIL.search(rest) and not place)) and not country) else rest
        # ("Scotland's Rural College": a name of common words is the place's own)
        words = rest.lower().split()
        if re.fullmatch(
            r"(?:\w+\s){1,2}(?:College|University|Institute|Hospital|Museum|Library|Academy)", rest
        ) and all(w in _FIELD or w in _COMMON_NAME_WORDS for w in words[:-1]):
            name, country = m.group(0), None
    town = re.match(r"^(?P<name>.+\S),\s+(?P<town>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?)$", name)
    if town and _town_after(town.group("name"), town.group("town")):
        name = town.group("name")  # 'Haffkine Bio-Pharmaceutical Corporation Ltd, Mumbai'
    name = HEADQUARTERS.sub("", name)  # 'ICMR Headquarters': ICMR hosts
    # 'National Institute for Health and Care Research (NIHR) Health Technology Assessment Programme': its programme
    owner = re.match(r"^(?P<org>.+?)\s+\([A-Z][A-Za-z&\-]{1,10}\)\s+.+\b(?:Programme|Program|Fund|Scheme)$", name)
    if owner:
        name = owner.group("org")
    short = re.match(r"^(?P<name>.+\S)\s+(?P<short>[A-Z]{2,6})$", name)
    if short and initials(short.group("name").replace("-", " ")) == short.group("short"):
        name = short.group("name")  # 'NORGES TEKNISK-NATURVITENSKAPELIGE UNIVERSITET NTNU': its short form after it
    # ('Asociación Nacional de Productores de Quinua (ANPROQUINUA) of Peru': its country after its short form)
    bracketed = re.match(r"^(?P<name>.+\))\s+of\s+(?P<country>[A-Z][\w\s]+)$", name)
    if bracketed and country_code(bracketed.group("country")):
        name, country = bracketed.group("name"), country or country_code(bracketed.group("country"))
    of_country = re.match(r"^(?P<name>[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*)+)\s+of\s+(?P<country>[A-Z][\w\s]+)$", name)
    if (
        of_country
        # ('Hokuto Optical Components of Nagano': a company's town or region too; not 'Royal Infirmary of Edinburgh')
        and (
            country_code(place := of_country.group("country"))
            or ((is_city(place) or is_region(place)) and _COMPANY_END.search(of_country.group("name")))
        )
        and not (_ORG_HEAD.search(of_country.group("name")) and not of_country.group("name").endswith("Service"))
        and not re.search(
            r"\b(?:National|Bank|Republic|Government|Embassy|State|City|Port|Research|Institutes|Universities|Survey|Board|"
            r"Museum|Library|Archives?|Observatory|Academy|Ministry|Office|Council|Agency|Authority)\b",
            of_country.group("name"),
        )
    ):
        # 'Sunda Hyperscale of Singapore' (not 'National University of Singapore', 'Bank of Korea')
        name, country = of_country.group("name"), country or country_code(place)
    tail = _LOCATION_TAIL.search(name)
    if tail and (
        tail.group("place").startswith("New ") or not _starts_with_field(tail.group("place"))
    ):  # '... for Innovation in Manufacturing': the name
        country = country or country_code(tail.group("place"))
        name = name[: tail.start()]
    return name, country


_COMPANY_END = re.compile(
    r"\b(?:Components|Systems|Technologies|Technology|Solutions|Photonics|Electronics|Industries|Holdings|Corp|"
    r"Corporation|Inc|Ltd|Company|Labs|Robotics|Materials|Motors|Devices|Instruments|Semiconductors?|Optics|Works)\.?$"
)
_CALLED = re.compile(r"\b(?:an?|the)\s+(?:[\w\-]+\s+){0,4}?(?:called|named|known\s+as)\s+(?=[A-Z])")
# ', its first international partner': a role set beside the name before it
_ROLE_APPOSITIVE = re.compile(
    r",\s+(?:its|their|the\s+[A-Z][\w\-]*['’]s?)\s+(?:(?:first|new|only|second|third|latest|main|sole|newest)\s+)?$"
)
_NAME_BEFORE_COMMA = re.compile(r"(?-i:[A-Z][\w&'’.\-]*)(?:\s+(?:and|of|for|the|de|&|(?-i:[A-Z][\w&'’.\-]*)))*$")
_PART_LED = re.compile(
    r"\b(?:the|this|that|its|their)\s+(?:[a-z\-]+\s+)?(?:work|research|effort|part|strand|task|study|studies|trials?|"
    r"analysis|testing|package)\s+(?:will\s+be|is|are|was|were|has\s+been)\s+$|"
    # ('Training is run from Galway', 'Fieldwork will be coordinated from X': a strand of the work opening the sentence)
    r"^\s*(?:Training|Teaching|Fieldwork|Outreach|Modelling|Modeling|Analysis|Sampling|Testing|Recruitment|Education|"
    r"Dissemination|Communication|Data management|Day-to-day management)(?:\s+(?:will\s+be|is|are))?\s+$|"
    # ("CEA's work will be led by Dr X": a partner's own share of the work)
    r"\b[A-Z][\w\-]*['’]s?\s+(?:[a-z\-]+\s+)?(?:work|part|share|tasks?|research)\s+(?:will\s+be|is|are|was|were|"
    r"has\s+been)\s+$"
)
# What follows a role that is the subject of a clause about what it does, not a list ('the lead institution has
# been asked to', 'the coordinator will report'); not 'The lead institution will be IIT Madras'
_SUBJECT_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|will|would|should|must|can|may)\b(?!\s+be\s+(?:the\s+)?[A-Z])|"
    r"(?:was|were|is|are)\s+(?:asked|told|expected|required|responsible|due|tasked|charged|invited)\b)"
)
# A cue that ends like this is followed by its list: 'led by', 'partners include', 'consortium comprises'.
_FORWARD_CUE_END = re.compile(
    r"\b(?:by|with|at|from|through|via|includes?|included|including|in|of|comprising|comprises|alongside|are|were|counts|"
    r"(?<=partner )is|(?<=contracted )to|"
    r"together|such as|like|"
    r"among them)$|:$"
)
_KNOWN_AS = re.compile(r",\s+(?:also\s+)?(?:known as|called|or)\s+[A-Z][A-Za-z&\-]{1,9},")
_WITH_AS = re.compile(
    r"\b(?:with|alongside|together with)\s+(?P<items>(?:the\s+)?[A-Z][^;]*?)\s+as\s+(?:(?:its|the|their)\s+)?$"
)
# '; X, despite the name, takes part as a domestic partner': after a semicolon, a clause with its own subject
_OWN_CLAUSE_AFTER = re.compile(
    r";\s+(?:and\s+)?[A-Z][^;,]*?(?:,\s+(?!which|who)[^;,]{2,40},)?\s+(?:takes?\s+part|is|are|was|were|will|joins?|joined)\b"
)
_CLAUSE_AFTER_LIST = re.compile(
    r",?\s+(?:which|who|that|to|will|would|while|after|before|under|said|among)\s|"
    # ('funded by A and B, and C is our technology partner': another clause, with its own subject)
    r",\s+and\s+(?:[A-Z][\w&'’.\-]*\s+){1,6}(?:is|are|was|were|will|has|have)\s"
)


_APPOSITION = re.compile(
    r"^\s*([A-Z][\w.&'’\-]*(?:\s+(?:[A-Z][\w.&'’\-]*|of|for|and|&)){0,6}),"
    r"\s+(?:the|an?|which|whose|one of)\s[^;]{3,160}?,"
    r"\s+(?:(?:will|would|is|was|has|had|also|which|currently|now|still)\b|[a-z]{3,}s\s+(?:the|its|their|an?)\s|$)"
)
_WHERE_BRACKET = re.compile(
    r"\s*\((?:[^()]*,[^()]*|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|(?:[A-Z]{2,6}:\s?)?[A-Z0-9]{1,6}\.[A-Z]{1,2}|"
    # (or what the item brings: 'A (five factories in Gazipur); B (three in Savar)'; not a role, 'A (lead); B')
    r"(?!(?:project\s+|overall\s+)?(?:co-?)?(?:lead|coordinator|partner|host|chair)\b)[a-z\d][^()]{2,80})\)"
    r"(?=\s*[;,.]|\s+and\b|\s*$)"  # (also a ticker: 'Hartwell Foods (HWF.N)')
)
_GROUP_INTRO = re.compile(
    r"((?:^|;)\s*(?:and\s+)?)(?:(?:[a-z][\w\-]*\s+){1,3}(?:such as|including|like)\s+|"
    # ('; and five companies — A, B and C': a counted kind, its names after a dash or a colon)
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z]+s\s*[—–:]\s*)"
    r"(?=(?:the\s+)?[A-Z])"
)
_PLURAL_KIND_INTRO = re.compile(
    # ('the insurers Aviva and Legal & General', 'chipmakers A and B': any kind of doer)
    rf"^\s*(?:the\s+)?(?:[a-z][\w\-]*\s+){{0,2}}(?:(?:{_KINDS})s|{_KINDS_PLURAL}|[a-z]+ies|[a-z]{{3,}}(?:ers|ors))\s+"
    r"(?=(?:the\s+)?[A-Z])"
)
# 'five technical universities — A, B and C — along with two research institutes, D and E, and three companies:
# F; G; and H': a list told in groups, each opened by how many of a kind follow.
_COUNTED_GROUP = re.compile(
    r"(?:\s(?:—|–|--))?(?:^|[\s,;]+)(?:(?:along|together)\s+with\s+|as\s+well\s+as\s+|plus\s+|and\s+)?"
    # (where they are from too: 'three West Country companies:', 'two Norwegian universities,')
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:[A-Za-z][\w\-]*\s+){0,3}?"
    rf"(?:(?:{_KINDS})s|{_KINDS_PLURAL})(?:\s*(?:—|–|--|:|,)\s*|\s+(?=(?:the\s+)?[A-Z]))"
)


def _counted_group_spans(segment: str, base: int) -> list[tuple[int, int]] | None:
    """The names of a list told in counted groups, each group read as a list of its own; None when the segment
    is not one (at least two groups, the first where the list begins)."""
    groups = list(_COUNTED_GROUP.finditer(segment))
    opening = segment[: groups[0].start()] if groups else ""
    spans: list[tuple[int, int]] = []
    if len(groups) == 1 and groups[0].group(0).rstrip().endswith(":") and re.search(r"[A-Z]", opening):
        # ('include A, B, C, and three West Country companies: D, which ...; E, ...; and F': names, then a group)
        spans = _english_items(opening, base, backward=False)
    elif len(groups) < 2 or not re.fullmatch(r"\s*(?:are|include|includes|were|will be)?\s*", opening):
        return None
    for group, nxt in zip(groups, [*groups[1:], None], strict=True):
        piece = segment[group.end() : nxt.start() if nxt else len(segment)]
        piece = _RELATIVE.sub(lambda r: " " * len(r.group(0)), piece)
        spans += _english_items(piece, base + group.end(), backward=False)
    return spans


_WITH_AMOUNT = re.compile(
    r"\s+with\s+(?:an?\s+(?:additional|further|extra)\s+)?(?:[A-Z]{2,3}\$?\s?|[$€£¥₹])[\d,.]+"
    r"(?:\s+(?:million|billion|crore|lakh|m|bn)\b)?"
)
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\s[^,;]{3,120}(?=,\s+(?:and\s+)?(?:the\s+)?[A-Z]|\s*;)")
# ('coordinated by A, the national institute for data science and AI, while B ...': what A is, set beside it)
_DESCRIBED_AS = re.compile(r",\s+the\s+(?-i:[a-z])[^,;()]{3,120}?(?=,|;|\s+while\b|\.?\s*$)")


def _blank_description(r: re.Match) -> str:
    """A description set beside a name, blanked; kept when it is a kind right before a name ('the developer
    Solaragro Ibérica')."""
    words = r.group(0).split()[2:]  # after ', the'
    lead = next((i for i, w in enumerate(words) if w[:1].isupper()), None)
    if lead is not None and not any(w in ("for", "of", "in", "on", "at", "with", "to") for w in words[:lead]):
        return r.group(0)
    return " " * len(r.group(0))


_PORTFOLIO_OF_PERSON = re.compile(r"\s+(?:Minister|Secretary|Senator|Premier|Commissioner)\s+[A-Z][a-z]+\s+[A-Z]")
_PUBLIC_OWNER = re.compile(
    r"(?:^|(?<=[,;]\s)|(?<=\sand\s))\s*(?:the\s+)?(?:(?:federal|national|state|regional|provincial)\s+)?"
    r"(?:government|state|city|county|province|country|nation|region|council)['’]s\s+(?=[A-Z])"
)
_MORE_AFTER = re.compile(r"^,?\s*as (?:are|were|is|was|do|did)\s+[^:;.]{0,60}:\s*")


# 'The other two new institutes are led by A and B': the roles of other programmes.
_OTHER_PROGRAMME = re.compile(
    r"\b(?:other|another|rival|competing|separate)\s+(?:[\w-]+\s+){0,2}?(?:institutes?|programmes?|programs?|"
    r"hubs?|cent(?:er|re)s?|consortia|consortium|projects?|alliances?|teams?|engines?|groups?|efforts?)\b|"
    # ('build on the earlier Twinning for Net Zero pilot, which ... was led by Imperial College London')
    r"\b(?:earlier|previous|former|predecessor)\s+(?:[\w-]+\s+){0,4}?(?:pilots?|programmes?|programs?|projects?|"
    r"networks?|hubs?|cent(?:er|re)s?)\b|"
    r"\bthe others\b|\b[Rr]unners?-up\b|"
    # ('The other, the Coastal Empire Innovation Partnership, was led by ...': the other finalist)
    r"^\s*The other,\s|"
    # 'CEFLEX, the broader flexible packaging consortium whose members include A, B and C'
    r"\b(?:broader|wider|larger|bigger|older|existing|established)\s+(?:[\w-]+\s+){0,3}?(?:consorti(?:a|um)|"
    r"alliances?|networks?|associations?|coalitions?|initiatives?)\b|"
    # 'a Horizon 2020 project that ran from 2019 to 2022 and was coordinated by imec': an earlier one
    r"\b[Ss]eparately\b|\b[Ii]n a separate\b|"  # 'Separately, Malaysia's ministry named a consortium led by X'
    r"\b(?:previous|earlier|predecessor|former)\s+(?:[\w-]+\s+){0,2}?(?:programmes?|programs?|projects?|"
    r"consorti(?:a|um)|hubs?|cent(?:er|re)s?)\b|\bproject that (?:ran|ended)\b|"
    # 'The network is separate from the X Project, a 2018-2020 effort led by Y'
    r"\b(?:separate|distinct|different) from\b",
    re.I,
)
_WHOLE_PROGRAMME = re.compile(
    r"\s+(?:the|this)\s+(?:[\w\-]+\s+)?(?:consortium|project|programme|program|network|alliance|hub|cent(?:re|er)|"
    r"institute|initiative|partnership|effort|team|engine|collaboration|council|ceremony|event|launch|signing)\b(?!['’])|"
    r"\s+it\s*(?:[.,;]|$)"  # ('..., at the Queen Astrid Military Hospital in Brussels, which coordinates it.')
)
# 'The network (GLMRN), a coalition of ..., has added five new members': its subject admits them.
_ADDED = re.compile(
    r"(?<!\bwere )(?<!\bwas )(?<!\bbeen )\b(?:added|adds|welcomed|welcomes|admitted|admits|gained|gains|recruited)\s+"
    r"(?:(?!as\b)[\w\-]+\s+)?$"
)
_ADMITS = re.compile(
    # (not 'A and B were added as new members': they are the ones added)
    r"^\s*(?:the\s+)?(?:(?!(?:were|was|been|be|are|is|have been|has been)\s)[A-Z][\w&'’\-]*\s+){1,8}"
    r"(?:welcomes|welcomed|adds|added|admits|admitted|names|named)\b",
    re.I,
)
# 'research partners Ifremer, the University of Porto and ...': a plural role noun set before its names.
# (', Royal North Shore Hospital and ...'; not ', Vogel said' nor a headline's ', Opens Second Pilot Line')
_APPOSED_NAMES = re.compile(
    r"^(?:\s+|,\s+(?![A-Z][\w\-]*\s+(?:said|says|told|added|noted|explained)\b)(?![A-Z][a-z]+s\s+[A-Z]))"
    r"(?=(?:the\s+)?[A-Z])"
)


# 'Marcus Bell, an associate professor of mechanical engineering at the University of South Carolina'
# ('Miriam K. Adebayo, M.D., M.P.H., professor of pediatrics (critical care) in the OHSU School of Medicine': a middle
# initial, degrees, and the title without an article)
_PERSON_AT = re.compile(
    r"(?P<person>[A-Z][a-z]+(?:\s[A-Z]\.)?(?:[\s-][A-Z][\w\-]+){1,2}),\s+"
    r"(?:(?:M\.D\.|Ph\.D\.|M\.P\.H\.|MD|PhD|MPH|DPhil|FRS|MBA),\s+)*"
    r"(?:(?:an?|the|its)\s+|(?=(?:head|director|chair|chief|president|founder|dean|managing|professor)\s))"
    r"(?P<title>(?:[a-z]+\s+){0,2}?(?:professor|director|researcher|scientist|engineer|fellow|lecturer|chair|head|"
    r"dean|president|chief executive|officer))\b[^,;]{0,80}?\s+(?:at|of|in)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w&'’\-]*(?:\s+(?:of|for|and|&|at|[A-Z][\w&'’\-]*)){0,8})"
)
# 'Dr. Ingrid Halvorsen, VP Materials Research at Norvale Tyres': a person, a capitalised title, the organisation.
_PERSON_TITLED_AT = re.compile(
    r"(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s+)?(?P<person>[A-Z][a-z]+(?:[\s-][A-Z][\w\-]+){1,2}),\s+"
    r"(?P<title>(?:[A-Z][\w&\-]*\s+){0,3}?(?:VP|SVP|EVP|Vice President|President|Director|Head|CEO|CTO|COO|"
    r"Chief\s+[A-Z]\w+\s+Officer|Professor|Chair(?:man|woman)?|Dean|Founder)(?:\s+(?:of\s+)?[A-Z][\w&\-]*){0,3}?)"
    r"\s+(?:at|of)\s+(?:the\s+)?(?P<org>[A-Z][\w&'’\-]*(?:\s+(?:of|for|and|&|[A-Z][\w&'’\-]*)){0,8})"
)
# 'the Clemson-led center', 'a Naver Cloud-led consortium': the lead written as an adjective.
_LED_ADJECTIVE = re.compile(
    r"(?:\b(?:A|An|The)\s+)?(?P<org>[A-Z][\w&.]*(?:\s+(?:of|for|and|&|[A-Z][\w&.]*)){0,5})-led\b"
)


# '... (Switzerland) - project director Annika Brunner', '... - Dr. Matthias Oberländer, head of railway systems'
_DASH_PERSON = re.compile(
    r"\s[-–—]\s+(?:(?P<honorific>Dr|Prof|Professor)\.?\s+|(?P<title>(?:[a-z\-]+\s+){1,3}))?"
    # ('– Professor Fiona McAllister, Department of Electronic and Electrical Engineering, hub director')
    r"(?P<person>[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,2})(?:,\s+(?P<after>[A-Za-z][^;:()]{2,120}))?\s*\.?\s*$"
)


_TITLED_PERSON_OF = re.compile(
    r"\b(?:Professor|Prof\.?|Dr\.?)\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3}\s+(?:of|at|from)\s+(?:the\s+)?$"
)
_ITEM_PERSON = re.compile(
    r"\s\((?:School|Department|Faculty|Division|Institute|Centre|Center)\s[^()]*\)|"
    r"\s[-–—]\s+(?:Dr|Prof|Professor)\.?\s+[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,2}(?=\s*;)"
)


def _people_at(segment: str, base: int, cue: Cue) -> list[Mention]:
    out = []
    for p in [*_PERSON_AT.finditer(segment), *_PERSON_TITLED_AT.finditer(segment)]:
        org = re.sub(r"\s+(?:and|of|for|at|&)$", "", p.group("org"))
        unit = re.search(r"\s*\b(?:School|Faculty|Department|Division|College)\s+of\b", org)
        if unit and re.fullmatch(r"[A-Z][A-Za-z&\-]{1,9}", org[: unit.start()]):
            org = org[: unit.start()]  # ('the OHSU School of Medicine': the body by its short form, then its unit)
        elif unit:
            continue  # a unit of an organisation the sentence does not name
        m = _mention(cue, org, base + p.start("org"), base + p.start("org") + len(org), "en", 1)
        if m:
            out.append(replace(m, person_name=p.group("person"), person_title=p.group("title")))
    return out


_OFFICER = re.compile(
    r"^\s*(?:the\s+)?(?P<org>[A-Z][\w&.\-]*(?:\s+(?:[A-Z][\w&.\-]*|of|for|and|&))*?)(?:['’]s?)?\s+"
    # (or the office in capitals with its portfolio in brackets: "HDB's Deputy Chief Executive Officer (Building),
    # Mr Tan Chee Keong, will chair")
    r"(?P<title>(?:[a-z\-]+\s+){0,3}(?:executive|officer|director|president|chair(?:man|woman)?|founder|head|"
    r"professor|scientist|minister|secretary|dean|chancellor|ceo|cto)(?:\s+of\s+[a-z][a-z\s]{2,40})?|"
    r"(?:(?:Deputy|Vice|Chief|Executive|Managing|Senior|General|Assistant|Associate|Acting|Interim|Principal)\s+)"
    r"{0,3}(?:Executive|Officer|Director|President|Chair(?:man|woman)?|Head|Secretary|Dean)"
    r"(?:\s+\([^()]{1,40}\))?)"
    r",?\s+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?(?P<person>[A-Z][\w.\-]+(?:\s+[A-Z][\w.\-]+){1,3}),?\s*$"
)
# 'Takeshi Mori, managing director of Kanazawa Phosphate's European subsidiary, will serve as co-chair': the person
# first, then the office and the organisation it is held at
_PERSON_OFFICER = re.compile(
    r"^\s*(?P<person>[A-Z][\w.\-]+(?:\s+[A-Z][\w.\-]+){1,3}),\s+(?:the\s+)?"
    r"(?P<title>(?:[a-z\-]+\s+){0,3}(?:vice-)?(?:executive|officer|director|president|chair(?:man|woman)?|founder|"
    # ('Marta Zielińska, vice-president for strategy at Wisła Energia')
    r"head|professor|scientist|dean|chancellor|ceo|cto)(?:\s+(?:for|of)\s+[a-z][a-z\s]{2,40}?)?)\s+(?:of|at)\s+"
    r"(?:the\s+)?"
    r"(?P<org>[A-Z][\w&.\-]*(?:\s+(?:[A-Z][\w&.\-]*|of|for|and|&))*?)(?:['’]s?\s[^,;]{1,80})?,?\s*$"
)


def _officer_mention(cue: Cue, officer: re.Match, base: int) -> list[Mention]:
    """The organisation of a person who holds an office, with that person (an _OFFICER or _PERSON_OFFICER match
    over the text from base)."""
    at = base + officer.start("org")
    m = _mention(cue, officer.group("org"), at, at + len(officer.group("org")), "en", 1)
    person = re.sub(r"^(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s+", "", officer.group("person"))
    return [replace(m, person_name=person, person_title=officer.group("title").lower())] if m else []


_HOLDS = re.compile(
    r"\b(?:has|had|have|now has|counts|counted|numbers|numbered)\s+(?:about\s+|some\s+|more than\s+|over\s+)?"
    r"[\d,]+(?:\s+[a-z\-]+)?\s*$"
)


# 'Scripps ..., which operates the largest glider fleet, will join', 'KAIST Professor Oh Hye-yeon, dean of the
# university's Graduate School of AI, will chair': a clause about the subject, or what it is, before its verb
# (also between items: 'A, which represents 36 authorities, and B, whose members include ..., joined')
_SUBJECT_CLAUSE = re.compile(
    r",\s+(?:(?:which|who|whose)\s|(?!(?:and|or|but|as well|with|while|in|on|at|from)\b)(?:[a-z][\w\-]*\s+){1,3}of\s)"
    r"[^,;]{3,120},(?=\s*(?:(?:is|are|was|were|will|would|has|have|had)\b[^,;]*)?$|\s*and\s+(?:the\s+)?[A-Z])|"
    # ('Storm Bay Seafarms, the salmon company whose pens ..., has signed on': what it is, before its verb)
    r",\s+(?:the|an?)\s+(?:[a-z][\w\-]*\s+){1,4}[^,;]{0,120},(?=\s*(?:(?:is|are|was|were|will|would|has|have|had)\b[^,;]*)?$)"
)
_TITLE_CLAUSE = re.compile(rf",\s+(?:the\s+)?(?:{_TITLES_EN}|chief|managing|executive|senior|general)\b", re.I)


_COUNTED_SUBJECT = re.compile(
    r"^\s*(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[a-z\-]+\s+){0,2}(?:companies|firms|"
    r"organi[sz]ations|institutions|universities|partners|members|utilities|start-?ups|manufacturers|producers),\s",
    re.I,
)


def _blank_subject_clauses(text: str) -> str:
    """The subject's clauses blanked (same length, so offsets hold), so that their verbs do not end the subject;
    a person's title is kept after the person's bare name ('Kenji Morita, chief technology officer of X, chairs')."""
    counted = _COUNTED_SUBJECT.match(text)
    if counted:
        # ('Three companies, A, the solar installer B and the engineering firm C, have joined': the list, set off)
        return " " * counted.end() + text[counted.end() :].rstrip(", ") + " " * (len(text) - len(text.rstrip(", ")))
    return _SUBJECT_CLAUSE.sub(
        lambda r: (
            r.group(0) if _TITLE_CLAUSE.match(r.group(0)) and _bare_person(text[: r.start()]) else " " * len(r.group(0))
        ),
        text,
    )


# ('Kenji Morita', 'Park Seo-yeon')
# (accented letters too: 'Marianne Côté')
_BARE_PERSON = re.compile(r"(?:^|,\s+|\band\s+)((?:[A-ZÀ-Þ][a-zß-ÿ]+[\s\-]){1,2}[A-ZÀ-Þ][a-zß-ÿ]+(?:-[a-zß-ÿ]+)?)$")


def _bare_person(text: str) -> bool:
    """Text ends in what reads as a person's name alone ('Kenji Morita'), not an organisation's."""
    person = _BARE_PERSON.search(text.strip())
    return bool(person) and not looks_like_org(person.group(1)) and not lookup(person.group(1))


_JOINED_EVENT = re.compile(
    r"(?i:join(?:ed|s)?)\b[^.;]{0,150}?\bat\b[^.;]{0,150}?\bto\s+(?:launch|announce|unveil|open|mark|celebrate|"
    r"inaugurate)\b"
)


# 'The Yakima Valley Innovation Partnership, a Union Gap nonprofit formed in 2022 by local growers, will lead the
# engine': what the subject is, set off by commas before its verb
_OPENING_APPOSITIVE = re.compile(
    r"^\s*(?:The\s+)?[A-Z][\w&'’\-]*(?:\s+(?:of|for|and|&|[A-Z][\w&'’\-]*))*(?P<aside>,\s+an?\s+[^,;()]{3,150}?,)\s+"
    r"(?=will|is|has|have|was|leads|joins|hosts)\b"
)


def _english_mentions(sentence: str, cues: list[Cue]) -> list[Mention]:
    out: list[Mention] = []
    # (a cue inside the aside is about what the subject is, not about the programme)
    aside = _OPENING_APPOSITIVE.match(sentence)
    cues = [c for c in cues if not (aside and aside.start("aside") <= c.start < aside.end("aside"))]
    # 'A and B have signed on as end users': a verb of joining (or of a task) and the kind it joins as are one cue,
    # the kind's.
    merged: list[Cue] = []
    for cue in cues:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.label in ("member", "task")
            and cue.label not in ("member", "task")
            # ('KIRAMS will carry out safety checks of the software as a consigned research institute')
            and re.fullmatch(
                # ('X joins as the consortium's anchor industry partner': the kind it joins as)
                r"\s*|\s+as\s+(?:an?\s+|the\s+)?(?:[\w\-'’]+\s+){0,3}"
                if prev.label == "member"
                else r"[^,;:]{0,80}?(?:\sas\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3})?",
                sentence[prev.end : cue.start],
            )
            and (
                sentence[cue.start : cue.end].lower().startswith("as ")
                or re.search(r"\sas\s+(?:an?\s+|the\s+)?(?:[\w\-'’]+\s+){0,3}$", sentence[prev.end : cue.start])
            )
        ):
            merged[-1] = Cue(cue.table, cue.label, prev.start, cue.end)
            continue
        merged.append(cue)
    # ('B, whose members include most road departments, joined': the cue of an item's own members)
    # (not 'a network whose members include A and B': a clause that tells the programme's own)
    cues = [c for c in merged if not re.search(r",\s+whose\s+$", sentence[: c.start])]
    # ('X was approved by the founding members as the first new member': members who act, no list of names;
    # 'after the founding member list had closed': a thing of theirs)
    cues = [
        c
        for c in cues
        if not (
            c.table == "members"
            and (
                (
                    sentence[c.start : c.end].endswith("s")
                    and re.search(r"\b(?:by|from|with|to)\s+(?:the|its|all(?:\s+the)?)\s+$", sentence[: c.start])
                    and not re.match(r"\s*(?::|,?\s+(?:such as|including|namely|like)\b|[A-Z])", sentence[c.end :])
                )
                or re.match(r"\s+(?:list|roster|window|fees?|status|count|rights|agreements?)\b", sentence[c.end :])
            )
        )
    ]
    # 'after NanoIC, coordinated by imec; FAMES, led by CEA-Leti; APECS, led by ...': leads of other lines
    other_leads = sum(c.label == "lead" for c in cues) >= 3
    # 'X, which raised a Series B last fall, is leading it': a round in a clause about X is no round here
    invested = bool(_INVESTMENT.search(re.sub(r"\b(?:that|which|who)\s[^,;]*", "", sentence)))
    served: set[int] = set()  # items whose own clause gives their role ('A, which will serve as lead, B, C')
    # 'partners: A (Germany), lead partner; B (Sweden); ...': the role of one item, read with the list's items
    tails = {
        n
        for n, c in enumerate(cues)
        if n
        and ";" in sentence
        and re.search(r",\s*(?:the\s+|as\s+)?$", sentence[: c.start])
        and re.match(r"\s*(?:;|\.?\s*$)", sentence[c.end :])
    }
    for n, cue in enumerate(cues):
        if n in tails:
            continue
        if cue.label == "lead" and re.search(
            r"\b(?:round|Series [A-F]|financing|raise)\s+$|"
            r"\b(?:[Ii]ts|[Tt]heir)\s+(?:work|research|part)\s+(?:will\s+be|is)\s+$",
            sentence[: cue.start],
        ):
            # ('which raised Rs 9 crore in a seed round led by X': an investor leads the round; 'Its work will be
            # directed by Dr. X': a part's head)
            continue
        if cue.table == "members" and _JOINED_EVENT.match(sentence, cue.start):
            continue  # 'X joined the provincial governments at Y to launch the network': at its launch, no member
        if re.match(r"\s+(?:the\s+)?(?:Minister|Secretary|Premier|Governor|Mayor)\s+(?:of|for)\b", sentence[cue.end :]):
            continue  # 'on behalf of the Minister of Agriculture and Agri-Food': an office, not a list of bodies
        if _SUBJECT_AFTER.match(sentence, cue.end) and re.search(
            r"\b(?:the|its|their)\s+$", sentence[: cue.start], re.I
        ):
            continue  # '..., and the lead institution has been asked to submit a plan': the one named before, acting
        if cue.label == "lead" and _PART_LED.search(sentence[: cue.start]):
            continue  # 'At KAIST, the work will be led by Professor Yoo': who leads a part of it, not the programme
        line_person = None
        nxt = n + 1
        # 'partners: A (Norway), which coordinates the consortium; B; C': a cue in a clause about an item
        # does not end the list.
        while nxt < len(cues) and (
            nxt in tails
            or re.search(
                # (after one cue of the clause, the next needs no comma of its own: '... that in 2024 commissioned X
                # and that now operates it under contract')
                (r"\b" if nxt - 1 > n else r",\s+(?:[^,;]{0,60}\s)?") + r"(?:which|who|that)\s+(?:[\w\-]+\s+){0,4}$",
                sentence[cues[nxt - 1].end : cues[nxt].start],
            )
        ):
            nxt += 1
        nxt_start = cues[nxt].start if nxt < len(cues) else len(sentence)
        prev_end = cues[n - 1].end if n > 0 else 0
        after = sentence[cue.end : nxt_start]
        cue_text = sentence[cue.start : cue.end].lower()
        # 'A has joined ELCA as an end-user member': what follows the verb of joining is what was joined; the
        # role after 'as' is the joining's (flows.extract.cues), not of a name before it
        joined_as = n > 0 and re.match(r"(?:ha(?:s|ve|d)\s+)?join", sentence[cues[n - 1].start : cues[n - 1].end], re.I)
        # (".. joining LOWIR as an associated partner": the role of the one joining, what it joins before it)
        before_as = sentence[prev_end : cue.start]
        joined_as = joined_as and (
            re.match(r"as\s", cue_text)
            or (
                sentence[cues[n - 1].start : cues[n - 1].end].lower().startswith("joining")
                # (a name between them, not 'Joining the network as new members are A and B')
                and re.fullmatch(
                    r"\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,4}\s+as\s+(?:an?\s+)?(?:[a-z\-]+\s+){0,2}", before_as
                )
            )
        )
        if joined_as and not re.search(r"[,;]", before_as):
            continue
        if cue.label == "host" and re.search(r",\s+an?\s[^,;]*$", sentence[prev_end : cue.start]):
            continue  # 'Orbital Tender, a start-up based at the Harwell campus': where a member is, not the host
        # (a verb's subject comes before it: 'X leads the work package on recovery and is ...')
        verb = (
            cue.label == "task"
            or (re.match(r"(?:will\s+|is\s+)?(?:lead|run)", cue_text) and cue.label == "partner")
            or (re.match(r"(?:is|are|has become|have become|became|becomes)\s", cue_text) and cue.table == "members")
        )
        forward = (not verb and _EN_FORWARD_AFTER.match(after)) or (
            re.search(
                r"(?:partners|members|participants|funders|sponsors|hospitals|companies|institutions|organi[sz]ations)$",
                cue_text,
            )
            and _APPOSED_NAMES.match(after)
        )
        if forward or (not verb and _FORWARD_CUE_END.search(cue_text)):
            start = cue.end + (forward.end() if forward else 0)
            segment = _UNIT_AT.sub(lambda r: " " * len(r.group(0)), sentence[start:nxt_start])
            pad = len(segment) - len(segment.lstrip())
            if cue.table == "institutions" and (
                _PERSON_AT.match(segment, pad) or _PERSON_TITLED_AT.match(segment, pad)
            ):
                # 'co-directors are A, a professor at X, and B, ...': the people's organisations take the role.
                if not _HEDGE.search(segment):
                    out += _people_at(segment, start, cue)
                continue
            # 'research institutes such as A and B; universities including C and D': the kinds that group the items
            segment = _GROUP_INTRO.sub(lambda r: r.group(1) + " " * (len(r.group(0)) - len(r.group(1))), segment)
            # 'include the engineering consultancies AECOM, Jacobs and Arup': the kind the names are of
            segment = _PLURAL_KIND_INTRO.sub(lambda r: " " * len(r.group(0)), segment)
            # ('and a young Wisconsin startup called HerdSense': the name after what it is)
            segment = _CALLED.sub(lambda r: " " * len(r.group(0)), segment)
            if cue.label == "host":
                # 'at the Punggol campus of the Singapore Institute of Technology': the body whose site it is
                segment = _SITE_PREFIX.sub(lambda r: " " * len(r.group(0)), segment)
            if cue.label == "international":
                # 'international partners are regions in Spain, Greece and Croatia': unnamed ones, by country
                segment = re.sub(
                    r"^(\s*(?:are|include|will be)?\s*(?:[a-z\-]+\s+){0,2}(?:regions|institutions|universities|"
                    r"organi[sz]ations|partners|institutes|companies|cent(?:re|er)s|agencies|bodies|groups|teams|"
                    r"lab(?:oratorie)?s)\s+(?:in|from)\s+)(?=[A-Z])",
                    lambda r: " " * len(r.group(1)),
                    segment,
                )
            # 'A, which will run the trials, and B, which ...': a clause about an item is not part of the list.
            segment = _RELATIVE.sub(lambda r: " " * len(r.group(0)), segment)  # blanked, so offsets hold
            if ";" not in segment:  # (a semicolon list reads its items' descriptions itself: _described_items)
                segment = _DESCRIBED_AS.sub(_blank_description, segment)
            # ("in partnership with the government's AI Security Institute": a public owner, no part of the name)
            segment = _PUBLIC_OWNER.sub(lambda r: " " * len(r.group(0)), segment)
            # (not a dashed list right after its cue: 'three founding member hospitals — A, B and C — delivered')
            segment = _DASHED.sub(lambda r: r.group(0) if r.start() == 0 else " " * len(r.group(0)), segment)
            # 'A (Germany, coordinator); B (Denmark)': where an item is, or its role, is no item of the list
            segment = _WHERE_BRACKET.sub(lambda r: " " * len(r.group(0)), segment)
            if cue.label == "organiser":
                segment = segment.split(";", 1)[0]  # ('B (CH), a partner funded by C; and D': the funder only)
                # ('financed by A with CLP 3,900 million, and by B with an additional CLP 1,200 million': each
                # funder with its amount)
                segment = _WITH_AMOUNT.sub(lambda r: " " * len(r.group(0)), segment)
                segment = re.sub(r"(?<=,\sand)\s+by(?=\s)", lambda r: " " * len(r.group(0)), segment)
            if ";" not in segment:
                segment = _CLAUSE_AFTER_LIST.split(segment)[0]
            elif (own := _OWN_CLAUSE_AFTER.search(sentence, start, nxt_start + 20)) and own.start() < nxt_start:
                # ('...; Fraunhofer Chile Research, despite the name, takes part as'): a clause of its own
                segment = segment[: own.start() - start]
            if re.match(r"(?:is|are|was|will be)\s", sentence[nxt_start:]):
                # ('co-invested by A, and Saltmarsh is the lead': the subject of the next cue's own clause)
                segment = re.sub(r",\s+and\s+(?:[A-Z][\w&'’.\-]*\s+){1,6}$", "", segment)
            # 'led by A, with B and C as partner sites': what follows 'with' has a role of its own.
            # (a list of members goes on after 'together with': 'are A, B and C, together with D, E and F')
            joined = re.search(r",\s+(?:with|alongside|together with)\s", segment)
            if (
                joined
                and cue.table == "members"
                and re.match(r"(?:the\s+)?[A-Z]", segment[joined.end() :])
                and not re.search(r"\bas\b", segment[joined.end() :])
            ):
                segment = segment[: joined.start()] + ",".ljust(len(joined.group(0))) + segment[joined.end() :]
            elif joined:
                segment = segment[: joined.start()]
            # 'Coordinator: X AG (Switzerland) - project director Annika Brunner': a line that gives a role, its
            # organisation and the person for it after a dash
            if ":" in sentence[: start + 1] and not sentence[: cue.start].strip(" -•*"):
                # ('Co-leads: University of Edinburgh (School of Informatics) – Professor Callum Fraser; Imperial
                # College London': the unit and the person of an item before the next; the person is read with
                # the organisation, flows.extract.people)
                segment = _ITEM_PERSON.sub(lambda r: " " * len(r.group(0)), segment)
                dash = _DASH_PERSON.search(segment)
                if dash:
                    line_person = dash
                    segment = segment[: dash.start()]
                    # ('German Aerospace Center (DLR), Institute of Transportation Systems': its unit)
                    segment = re.sub(r"(?<=\)),\s+(?:Institute|School|Department|Faculty|Division)\b.*$", "", segment)
            # ('chaired by Marta Zielińska, vice-president for strategy at Wisła Energia': her organisation leads)
            officer = _PERSON_OFFICER.match(segment.rstrip(" .;")) if cue.table == "institutions" else None
            if officer and cue_text.endswith(" by"):
                out += _officer_mention(cue, officer, start)
                continue
            spans = _counted_group_spans(sentence[start:nxt_start], start) or _english_items(
                segment, start, backward=False
            )
            if cue_text.lower().endswith("range from"):
                # ('They range from multinationals A and B, ..., to start-ups such as C and D': the other end too)
                other = _OTHER_END.search(sentence, start, nxt_start)
                spans += _english_items(sentence[other.end() : nxt_start], other.end(), False) if other else []
            source = re.match(rf"^\s*(?:(?:an?|the)\s|{_MONEY})[^.;]{{0,60}}?\bfrom\s+(?:the\s+)?(?=[A-Z])", segment)
            amount = re.match(rf"\s*(?:an?\s+)?(?:{_MONEY}|\d[\d,.]*[\s\-](?:million|billion)\b)", segment)
            if cue.label == "organiser" and source and (not spans or amount):
                # 'funded by a $12 million award from the National Science Foundation', 'backed by $55 million
                # from A and $40 million from B': where each amount comes from
                spans = []
                for amount in re.finditer(
                    rf"(?:^\s*(?:an?|the)\s|{_MONEY})[^.;]{{0,60}}?\bfrom\s+(?:the\s+)?(?=[A-Z])", segment
                ):
                    spans += _english_items(segment[amount.end() :], start + amount.end(), backward=False)[:1]
            several = sum(looks_like_org(sentence[a:b]) for a, b in spans) >= 2
            # (but 'nodes hosted at A, B, C and D': as many hosts)
            if cue.label == "host" and re.search(r"\bat$", cue_text) and spans and not several:
                # 'launched at the Marine Algal Research Station of the Central Salt and Marine Chemicals Research
                # Institute in Mandapam, Tamil Nadu': one place, the site before its parent, not the towns after
                first, last = spans[0]
                site = SITE_OF.match(sentence, first, last)
                # ('at the Biomedical Research Institute on Stellenbosch University's Tygerberg campus': the site,
                # not the campus it is on)
                on = re.search(r"\s+(?:on|at)\s+[A-Z][\w\s\-]*?['’]s\s", sentence[first:last] + " ")
                spans = [(first, site.end(1) if site else first + on.start() if on else last)]
            predicate = sentence[prev_end : cue.start] + segment[-40:]
            if cue.label == "organiser":
                # 'X withdrew from the hub, which is funded by Y': only the cue's own clause ('is seeking support from')
                predicate = sentence[prev_end : cue.start].rsplit(",", 1)[-1] + sentence[cue.start : nxt_start]
        else:
            before_cue = sentence[prev_end : cue.start]
            if (
                sentence[cue.start : cue.end].endswith("s")  # 'the members', 'the partners'; not 'its secretariat'
                and re.search(r"\b(?:the|its|their|whose)\s+$", before_cue)
                and not re.search(r"\b(?:are|were|is|was|be|been|become|became|as|among|of)\s+\w+\s+$", before_cue)
            ):
                continue  # 'with the members covering the rest': the members named elsewhere, not a list here
            # 'Samsung, LG and SK joined ... as founding members': the list opens the clause.
            # ('Some news to share: Fermatide has joined ...': a colon opens the clause too.)
            # ('2 October 2024 – A, B and C join the alliance': a date and a dash before the clause)
            dated = re.match(r"\s*\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}\s+[–—-]\s+", sentence)
            clause_start = max(
                prev_end,
                sentence.rfind(";", 0, cue.start) + 1,
                sentence.rfind(": ", 0, cue.start) + 1,
                dated.end() if dated else 0,
            )
            appositive = _ROLE_APPOSITIVE.search(sentence, clause_start, cue.start)
            if appositive and cue.table == "institutions":
                # ('signed an agreement with the MPA of Singapore, its first international partner,': the name
                # the role is set beside)
                # (one name, whatever words join it: 'the Maritime and Port Authority of Singapore')
                named = _NAME_BEFORE_COMMA.search(sentence, clause_start, appositive.start())
                if named and (m := _mention(cue, named.group(0), *named.span(), "en", 1)):
                    out.append(m)
                continue
            # ('..., and UiT is the coordinating institution', '..., and X is our technology partner': the subject
            # of its own clause too)
            copula = re.search(
                # (one subject: 'A, B and C are research partners' is a list)
                r"\b(?:is|was|has\s+been)\s+(?:(?:our|its|their|the|an?)\s+)?"
                r"(?:[\w\-]+\s+){0,2}$",
                sentence[prev_end : cue.start],
            )
            if (
                verb
                or copula
                or re.match(
                    r"(?:is|was|has been)\s|"
                    r"(?:will (?:co-)?fund|(?:co-)?funds|(?:co-)?funded the|(?:is|are) (?:co-)?(?:funding|financing)|"
                    r"(?:co-)?funding (?:the|its)\b|"  # ('with the NRF co-funding the research')
                    r"will (?:co-)?finance|(?:co-)?finances)\b",
                    cue_text,
                )
            ):
                # '..., and a fellowship program will fund 12 students': a funder is the subject of its own clause
                # (not inside a name its short form spells: 'The National Heart, Lung, and Blood Institute (NHLBI)')
                whole = _spelled_out(sentence[clause_start : cue.start])
                # ('A will supply the chips, B will provide memory': after another part in the work, what it acts
                # on runs to the comma)
                after_task = n > 0 and cues[n - 1].label == "task"
                joined = [
                    j
                    for j in re.finditer(
                        r",\s+(?:and\s+)?" if after_task else r",\s+(?:and|but|while|with)\s+",
                        sentence[clause_start : cue.start],
                    )
                    if not any(a < j.start() < b for a, b in whole)
                ]
                clause_start += joined[-1].end() if joined else 0
            segment = sentence[clause_start : cue.start]
            subject = re.match(
                # ('Besides SIT, the Meteorological Service Singapore is also a partner': the other one named before)
                # ('Internationally, the University of X joins': an adverb set off before the subject)
                r"^\s*(?:(?:On|In|At|By|From|Last|This|Earlier|Meanwhile|Also|Besides|Apart from|Like)\b[^,]{0,40},\s*|"
                r"(?:[A-Z][a-z]+ly|Abroad|Overseas|Elsewhere),\s*|"
                r"(?:Last|This|On|Earlier this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|"
                r"month|year)\s+)?",
                segment,
            )
            lead = subject.end() if subject else 0
            if _ADMITS.match(segment[lead:]) or _HOLDS.search(segment) or _ADDED.search(segment):
                # 'Alliance Welcomes Four New Members', 'the Forum had 11 members': the programme admits or
                # counts them, it is none of them
                continue
            subject_text = _blank_subject_clauses(segment[lead:])
            # ('The National Institute of ... Technology, known as NICT, will co-lead': its short form, set off)
            subject_text = _KNOWN_AS.sub(lambda r: " " * len(r.group(0)), subject_text)
            head = re.split(
                r"\s+(?:joined|joins|join|will|would|have|has|had|are|were|is|was|became|become|signed|as|to|also|"
                r"runs|run|chairs|holds|operates|manages|serves|serve|acts|act|take part|takes part|sit|sits)\b",
                subject_text,
                maxsplit=1,
            )[0]
            if head == subject_text:
                # ('Armasuisse follows the project as an observer': another verb before what it acts on)
                head = re.split(r"\s+[a-z]{3,}s\s+(?=(?:the|its|their|this|these|a|an)\s)", head, maxsplit=1)[0]
            head = re.sub(r"\s+(?:officially|formally|now|also|recently|today)$", "", head.rstrip())
            # ('CSIRO Environment, another partner, will run ...': the role set off by commas after the name)
            head = re.sub(r",\s+(?:another|also\s+an?|an?|one\s+of\s+(?:the|its))(?:\s+[\w\-]+){0,2}$", "", head)
            # 'ICIPE, based in Nairobi, will coordinate': the place it is based in is not the subject
            head = re.sub(r",\s*(?:based|headquartered|located)\s+in\s+[^,;]+,?\s*$", "", head)
            # ('The University of Auckland, through its Geothermal Institute, is co-leading': the body, not its unit)
            head = re.sub(r",\s+(?:through|via)\s+(?:its|their)\s+[^,;]+,?\s*$", "", head)
            # ('MTEC, under the National Science and Technology Development Agency, will act as': whose unit it is)
            head = re.sub(r",\s+(?:under|part of|a unit of|within)\s+(?:the\s+)?[A-Z][^,;]{2,80},?\s*$", "", head)
            # ('Wageningen University & Research, in the Netherlands, joins': where it is, set off by commas)
            head = re.sub(r",\s+in\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2},?\s*$", "", head)
            # ('RCL Foods' sugar and milling division, ..., has signed on': the company whose division it is)
            head = re.sub(
                r"(?<=[A-Za-z.])['’]s?\s+(?:[a-z\-]+\s+){0,4}(?:division|unit|arm|subsidiary|business|branch)\s*$",
                "",
                head,
            )
            # ('The Wellcome Sanger Institute in Hinxton, U.K., will lead': its town and country)
            head = re.sub(r"(?<=[A-Za-z)])\s+in\s+[A-Z][\w\-]+,\s+[A-Z][\w.\-]*,?\s*$", "", head)
            with_as = _WITH_AS.search(segment)
            if with_as:
                # ('The X Alliance was launched on Monday with A and B as founding members': the names after 'with',
                # not the programme the sentence opens with)
                head, lead = with_as.group("items"), with_as.start("items")
            officer = _OFFICER.match(head) or _PERSON_OFFICER.match(head)
            if officer and cue.table == "institutions":
                # "Calder Cells' chief executive, Fiona Marsh, will chair the alliance": the organisation leads
                out += _officer_mention(cue, officer, clause_start + lead)
                continue
            which = re.search(
                r",\s+(?:which|who)\s+(?:is\s+|are\s+|was\s+|will\s+(?:be\s+)?|ha(?:s|ve)\s+been\s+)?"
                # ('A and B, which will take part as international partners')
                r"(?P<serves>(?:(?:also\s+)?(?:serves?|acts?|functions?|take\s+part|takes\s+part|participates?)\s+as\s+|"
                r"be\s+)(?:the\s+|its\s+|an?\s+)?)?$",
                segment[lead:],
            )
            # ('A, which will serve as lead institution, B, C': the role of the item the clause is about)
            about_whole = (
                _WHOLE_PROGRAMME.match(sentence, cue.end)
                or re.search(r"(?:ceremony|event|launch|secretariat)$", cue_text)
                or (
                    which
                    and (
                        which.group("serves")
                        or re.match(
                            r"(?:will\s+)?(?:(?:serves?|acts?|functions?)\s+as|take\s+part|participate)\b", cue_text
                        )
                    )
                )
            )
            if about_whole and which:
                # 'A (NTNU) (Norway), which coordinates the consortium', '... at the headquarters of X in Nonthaburi,
                # which hosted the ceremony': the item the clause is about, right before it (not 'B, who leads the
                # mission's guidance work', a part of it)
                head = _WHERE_BRACKET.sub(lambda r: " " * len(r.group(0)), segment[lead:][: which.start()])
            bounded = clause_start > prev_end and not re.search(r",\s", head.strip())
            if re.search(r"(?:^|\b(?:announced|said|confirmed)\s+)(?:that\s+)?(?:it|we)\s*$", head.strip()):
                # 'Veridian Robotics, Inc., a provider of robots, today announced that it has joined': the company
                # the sentence opens with
                opener = re.match(
                    # ('On Tuesday, Wellcome announced it will spend ...')
                    r"\s*(?:(?:On|Last|This|Earlier\s+this)\s+[A-Z]?[a-z]+,?\s+)?(?:the\s+)?"
                    r"([A-Z][\w.&'’\-]*(?:\s+(?:[A-Z0-9][\w.&'’\-]*|of|for|&)){0,6})"
                    r"(?=,\s+(?:Inc|Ltd|a|an|the)\b|\s+\(|\s+(?:today|said|announced)\b)",
                    sentence,
                )
                if opener and not is_city(opener.group(1)) and not opener.group(1).isupper():
                    head, clause_start, lead = sentence[: opener.end(1)], 0, 0
            spans = _english_items(head.rstrip(" ,("), clause_start + lead, backward=True, bounded=bounded)
            # ('A and B, which will take part as international partners': the names the clause is about)
            plural = re.match(
                r"\s*(?:as\s+)?(?:[\w\-]+\s+){0,2}(?:partners|members|institutions|participants|collaborators)\b",
                sentence[cue.start :] if cue_text.endswith("s") else sentence[cue.end :],
            )
            if about_whole and which and not plural:
                spans = spans[-1:]  # the one name the clause is about
                served.update(s for s, _ in spans)
            apposition = _APPOSITION.match(segment[lead:])
            described = cue.label == "task" and re.search(
                r"(?P<name>[A-Z][\w.&'’\-]*(?:\s+[A-Z0-9][\w.&'’\-]*){0,5}),\s+(?:an?|the)\s[^;,]{3,160},\s*$", segment
            )
            if described:
                # ('Solfara H2, a spin-off from the University of Palermo, will supply': the name the clause is about)
                spans = [(clause_start + described.start("name"), clause_start + described.end("name"))]
            # ('Kestrel Generics, the industry partner, will supply ...': the role set off after the name)
            apposed_role = re.match(r"\s*([A-Z][^,;]{1,80}),\s+(?:the|an?|its)\s+(?:[\w\-]+\s+){0,2}$", segment[lead:])
            if not spans and apposed_role and re.match(r"\s*,", sentence[cue.end :]):
                spans = [(clause_start + lead + apposed_role.start(1), clause_start + lead + apposed_role.end(1))]
            if not spans and apposition:
                # 'VDE, the German association for ..., will act as secretariat': the name before its description.
                spans = [(clause_start + lead + apposition.start(1), clause_start + lead + apposition.end(1))]
            more = _MORE_AFTER.match(after)
            if more:
                # '... are also among the founders, as are three startups: A, ...; B, ...'
                spans += _english_items(after[more.end() :], cue.end + more.end(), backward=False)
            colon = re.search(r":\s+", sentence[cue.end :])
            if (
                not spans
                and colon
                # (no other cue before the colon but the joining's 'as ...')
                and not any(
                    cue.end <= c.start < cue.end + colon.start() and not re.match(r"as\s", sentence[c.start : c.end])
                    for c in cues[n + 1 :]
                )
            ):
                # 'Three industrial users have joined as end users and will buy hydrogen: glassmaker A, B and C':
                # a subject without names, and the names after the colon
                listed = _WHERE_BRACKET.sub(lambda r: " " * len(r.group(0)), sentence[cue.end + colon.end() :])
                listed = _CALLED.sub(lambda r: " " * len(r.group(0)), listed)
                spans = _english_items(listed, cue.end + colon.end(), backward=False)
            if not spans and not joined_as:
                # '... it had admitted A, B and C as new members': the list right before 'as' (not 'A has joined
                # ELCA as an end-user member', what was joined)
                # (not a name inside a clause about the subject: 'The institute, which sits within ETRI, will run')
                before = re.sub(r"\s+as\s*$", "", segment[:lead] + _blank_subject_clauses(segment[lead:]))
                spans = _english_items(before.rstrip(" ,"), clause_start, backward=True)
            # ('where Professor Mette Sørensen of DTU Energy is the project coordinator': a person's unit, the person
            # the subject)
            spans = [(a, b) for a, b in spans if not _TITLED_PERSON_OF.search(sentence[:a])]
            predicate = sentence[cue.start : nxt_start] + segment
        if (cue.label == "lead" and other_leads) or invested:
            continue
        # (not a hedge in a clause about a name: '... a manufacturer in South Korea whose name has not yet been made
        # public')
        if _HEDGE.search(re.sub(r"\bwhose\s[^,;]*", "", predicate)) or _OTHER_PROGRAMME.search(sentence[: cue.start]):
            continue
        if _MIGHT_HAVE.search(sentence[max(0, cue.start - 40) : cue.start]):
            continue  # ('A typical centre might have partners in Norway, Sweden and Finland': what could be)
        if re.search(r"\b(?:elected|named|appointed|chosen|serves?|vice|chairs)\b|^(?:co-)?chair\w*\s*:", cue_text):
            # 'Tobias Kranz, who runs ..., was elected as OZCA's first chair': a person, not an organisation
            spans = [(s, e) for s, e in spans if not _bare_person(sentence[s:e])]
        for s, e in spans:
            m = _mention(cue, sentence[s:e], s, e, "en", len(spans))
            if m and m.label == "international" and not m.country:
                m = replace(m, country=_country_told(sentence, s, e))
            elif m is None and cue.label == "international" and (told := _country_told(sentence, s, e)):
                # (a foreign partner whose name alone is no sign of one, its country told beside it)
                m = _mention(replace(cue, label="partner"), sentence[s:e], s, e, "en", len(spans))
                m = m and replace(m, label="international", country=told)
            if m and line_person and len(spans) == 1 and cue.table == "institutions":
                # (of what comes after the person, the office in lower case: '..., Department of X, hub director')
                after = (line_person.group("after") or "").split(",")[-1].strip()
                after = after if re.match(r"[a-z]", after) or "," not in (line_person.group("after") or "") else ""
                title = line_person.group("title") or after or line_person.group("honorific")
                title = HONORIFICS.get((title or "").rstrip("."), title)
                m = replace(m, person_name=line_person.group("person"), person_title=title and title.strip().lower())
            tail = _ROLE_TAIL.match(sentence, e) if ";" in sentence else None
            words = re.sub(r"^(?:project|overall)\s+", "", tail.group("role").lower()).split() if tail else [""]
            role = _TAIL_ROLES.get(words[0])
            if m and role:
                out.append(replace(m, table="institutions", label=role))
                served.add(s)
            elif m:
                out.append(m)
    # (that item's role replaces the list's general one)
    return [m for m in out if not (m.start in served and m.label == "partner" and m.table == "institutions")]


_NUMBERED_SUBJECT = re.compile(
    r"(?:[①-⑳]|\(\d{1,2}\)|(?<![\d.])\d{1,2}\))\s?(?P<name>[가-힣A-Za-z0-9&㈜]+(?:\s[가-힣A-Za-z0-9&]+)?)"
    r"(?:\([^)]{1,30}\))?(?:은|는|이|가|에서는)\s"
)


_FIRST_SUBJECT = re.compile(r"^\s*(?P<name>[가-힣A-Za-z0-9&㈜]+)(?:\([^)]{1,30}\))?(?:은|는|이|가|에서는)\s")


_SUBJECT_TASK = re.compile(
    r"(?:^|,\s|(?:그리고|또)\s)(?P<name>[가-힣A-Za-z0-9&]{2,20})(?:이|가|은|는)\s[^,.]{1,60}?[을를](?=,\s|\s\S*(?:맡|담당|개발|제작|공급))"
)
_TOPIC_ORG = re.compile(r"^\s*(?P<name>[가-힣A-Za-z0-9&]{2,25}(?:\s[가-힣A-Za-z0-9&]{2,15})?)(?:은|는)\s")


def follow_on_mentions(sentence: str, tokens: list, cue: Cue) -> list[Mention]:
    """Lists in the sentence after one that announced them ('회원기관은 23곳이다. 발전기 제조사 A·B, 케이블
    업체 C·D ...'): names in lists of two or more that look like organisations take the announced role."""
    found = _outside(_follow_on(sentence, tokens, cue), _not_names_ko(sentence))
    return [m for m in found if not _AGREEMENT_WITH_KO.match(sentence, m.end)]


def _follow_on(sentence: str, tokens: list, cue: Cue) -> list[Mention]:
    if sentence.lstrip().startswith(("|", "｜")):
        return []  # a table: read with its header (flows/extract/tables.py)
    if _HEDGE.search(sentence) or _INVESTMENT.search(sentence):
        return []  # 'A 컨소시엄과 B 컨소시엄도 신청했지만 고배를 마셨다': named, but not as the announced kind
    if re.search(r"\d{1,2}:\d{2}|조회", sentence) or re.match(r"\W*(?:나머지|그\s?외|이\s?밖에)", sentence):
        # a byline or a page's date line ('칩덕 · 2025. 10. 2. 8:15 · 조회 1,037'); the rest told by kind or place
        # ('나머지는 대부분 대전과 창원의 중소 부품사다')
        return []
    cues = find_cues(sentence, "ko")
    # (an office in brackets beside a member of the announced list stays in it: '① 전자(4개사) : 구미전자(위원장사),
    # 한결디스플레이, 나래광학')
    offices = [b.span() for b in _BRACKET_ROLE.finditer(sentence) if re.search(r"장\s?(?:사|기관)\)$", b.group(0))]
    cues = [c for c in cues if not any(a <= c.start < b for a, b in offices)]
    if (
        any(c.table == "institutions" for c in cues)
        or (_BRACKET_ROLE.search(sentence) and not offices)
        or opens_with_bracket_role(sentence)
    ):
        # a sentence naming roles of its own ('회장사 A 연임, 부회장사 B·C', '- A(주관) – 센터 운영 총괄'): read by them
        return []
    chunks = _chunks(tokens, list(cues), sentence)  # '회장사 A를 비롯해': the cue is no name
    out: list[Mention] = []
    numbered = list(_NUMBERED_SUBJECT.finditer(sentence))
    if len(numbered) >= 2:
        first = _FIRST_SUBJECT.match(sentence)  # the sentence splitter may leave '①' on the sentence before
        numbered = ([first] if first and first.end() <= numbered[0].start() else []) + numbered
        # '① A는 소재, ② B는 시험, ③ C는 가공을 맡는다': the name after each number
        for m in numbered:
            mention = _mention(cue, m.group("name"), m.start("name"), m.end("name"), "ko", len(numbered))
            if mention:
                out.append(mention)
        return out
    # ('셀로직스가 바이오리액터를, 큐어팩이 일회용 키트를, 데이터젠이 MES를 맡습니다': each name with its task)
    tasked = list(_SUBJECT_TASK.finditer(sentence))
    if len(tasked) >= 2:
        return [
            m
            for t in tasked
            if (m := _mention(cue, t.group("name"), t.start("name"), t.end("name"), "ko", len(tasked)))
        ]
    # ('가톨릭대학교 서울성모병원은 ... 맡았고': one organisation, the topic of the sentence)
    topic = _TOPIC_ORG.match(sentence) if cue.label != "member" else None  # (a role's, or a kind of membership's)
    if topic and looks_like_org(topic.group("name")) and not cues:
        m = _mention(cue, topic.group("name"), topic.start("name"), topic.end("name"), "ko", 1)
        return [m] if m else []
    i = 0
    while i < len(chunks):
        items = _collect(chunks, i, 1) if chunks[i].kind == "run" else []
        if len(items) >= 2:
            # ('누리해운·동백마린 2곳': a name in dictionary words, in a list of names its count closes)
            counted = (n := chunks.index(items[-1]) + 1) < len(chunks) and chunks[n].kind == "count"
            named = counted and any(c.tags & {"NNP", "SL", "UNK"} for c in items)
            for item in items:
                if re.search(r"(?:^|\s)(?:\S+\s)?(?:기업|기관|업체|회사|스타트업|대학|팹리스)$", item.form) or (
                    _kind_word(item) and sentence.startswith(("은", "는"), item.end)
                ):
                    continue  # 'AI 소프트웨어 기업과 공공연구기관', '물류기업은 A·B': kinds of members, not names
                if sentence.startswith("에서", items[-1].end):
                    continue  # '센서·반도체에서 뉴로센스, 다온반도체가': the field the names after it are in
                if item.tags & {"NNP", "SL", "UNK"} or looks_like_org(item.form) or (named and len(item.form) >= 3):
                    m = _mention(cue, item.form, item.start, item.end, "ko", len(items))
                    if m:
                        out.append(m)
            i = chunks.index(items[-1]) + 1
        else:
            i += 1
    return out


# 'The network has 14 founding members.' then 'From industry, they are A, B and C.': the list the count announced.
_THEY_ARE = re.compile(
    # ('They are mining companies A, B and C; water firms D and E; and F': kinds before their names)
    r"\b(?:[Tt]hey|[Tt]hese|[Tt]hose)\s+(?:are|were|include|included|comprise)\s+(?:the\s+)?"
    r"(?:(?:[a-z\-]+\s+){0,2}[a-z\-]+s\s+)?(?=[A-Z])|"
    # ('The ones I could confirm are A, ...; B, ...')
    r"\b[Tt]he\s+ones\s+(?:\w+\s+){0,4}?(?:are|include)\s*:?\s+(?:the\s+)?(?=[A-Z])|"
    # ('So the eight are: A; B; ...', 'The twelve are A, B and C')
    r"\b[Tt]he\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:are|were)\s*:?\s+"
    r"(?:the\s+)?(?=[A-Z])|"
    # ("DOE's announcement named four of them: A, B, C and D")
    r"\b(?:named|listed|identified|include|includes)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|some|"
    r"several|a few)\s+of\s+them\s*:\s+(?:the\s+)?(?=[A-Z])"
)
ANNOUNCES_EN = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty)\s+"
    # (any kind counted: 'Four insurers have joined as members. They are A; B; C; and D.')
    r"(?:[\w\-]+\s+){0,2}(?:members|partners|companies|organi[sz]ations|institutions|universities|[a-z\-]{3,}(?<!s)s)\b",
    re.I,
)


def english_list(text: str, base: int) -> list[tuple[int, int]]:
    """Spans (offset by base) of the names in an English list read forward from the start of text."""
    return _english_items(text, base, backward=False)


def names_they_are(sentence: str) -> bool:
    """Whether the sentence names a list announced before it ('They include A, B and C')."""
    return _THEY_ARE.search(sentence) is not None


def english_follow_on(sentence: str, cue: Cue, count: int | None = None) -> list[Mention]:
    """Names of 'they are A, B and C' in the sentence after one that counted them, with the counted kind; or,
    as many as were counted, the subjects of its clauses ('The consortium has two international partners.' then
    'The University of California, Santa Cruz, ..., will share methods, and Earth Sciences New Zealand will ...')."""
    said = _THEY_ARE.search(sentence)
    if said is None:
        spans = _subject_spans(sentence)
        if count is None or len(spans) != count:
            return []
    else:
        spans = _english_items(sentence[said.end() :], said.end(), backward=False)
    return [m for s, e in spans if (m := _mention(cue, sentence[s:e], s, e, "en", len(spans)))]


def clause_subjects(sentence: str, cue: Cue) -> list[Mention]:
    """The names opening a sentence's clauses, with the kind a count before them announced: 'Four research
    institutions are working with X.' then 'NARO will collect straw ...' then 'RIKEN, where ..., will design ...'.
    Empty unless every name found is an organisation."""
    if _HEDGE.search(sentence):
        return []  # ('Chevron ... is not part of the center': named only to be left out)
    spans = _subject_spans(sentence)
    found = [m for s, e in spans if (m := _mention(cue, sentence[s:e], s, e, "en", len(spans)))]
    return found if len(found) == len(spans) else []


def _subject_spans(sentence: str) -> list[tuple[int, int]]:
    # ('A, the B (NIVA) and Ireland's C will each receive ...': a list of names as the subject of the sentence)
    listed = _LISTED_SUBJECT.match(sentence)
    if listed:
        spans = _english_items(listed.group("names"), listed.start("names"), backward=False)
        if len(spans) >= 3 and all(looks_like_org(sentence[s:e]) for s, e in spans):
            return spans
    return [
        span
        for m in _CLAUSE_SUBJECT.finditer(sentence)
        for span in _english_items(m.group("name"), m.start("name"), backward=False)
    ]


_LISTED_SUBJECT = re.compile(
    r"^\s*(?P<names>(?:[Tt]he\s+)?[A-Z][^.;:]{2,300}?,\s[^.;:]{2,300}?\s+and\s+[^.;:,]{2,120}?)"
    r"\s+(?:will|are|have|each|both|all|jointly|together)\b"
)
# The subject opening a sentence or a clause after ', and': a name (with a university's campus after a comma),
# then its verb or a clause about it; a word or two may say what it is ('and the feed maker X will ...').
_CLAUSE_SUBJECT = re.compile(
    r"(?:^\s*|,\s+and\s+|;\s+(?:and\s+)?)(?:[Tt]he\s+(?:[a-z\-]+\s+){0,2})?"
    r"(?P<name>[A-Z][\w&'’\-]*(?:\s+(?:of|for|and|&|de|del|di|du|des|da|der|[A-Z][\w&'’\-]*))*"
    r"(?:,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=,))?)"
    # (perhaps with its short form: 'The Scottish Association for Marine Science (SAMS), whose work ...')
    r"(?:\s+\([A-Z][A-Za-z&\-]{1,11}\))?"
    r"(?=,|\s+(?:will|is|are|has|have|joins|join|brings|bring|provides|provide|leads|lead)\b)"
)


# 'KAIST(주관), POSTECH·경북대(공동)': each name followed by its role in brackets.
_NAME_ALIAS = r"[가-힣A-Za-z0-9&㈜]+(?:\([A-Za-z][A-Za-z0-9&\- ]*\))?"  # '포항공과대학교(POSTECH)'
_BRACKET_ROLE = re.compile(
    # (a unit after its organisation: '단국대학교 의과대학(공동연구)', '한국생명공학연구원 국가영장류센터(위탁)')
    r"(?P<names>(?:[가-힣]{2,15}(?:대학교|대학|연구원|병원|재단)\s)?"
    rf"{_NAME_ALIAS}(?:(?:·|\s및\s){_NAME_ALIAS})*)"
    # ('(GIST·주관연구개발기관)', '(실증 협력기관)', '(수요처)', '(Fraunhofer IIS·해외 협력기관)')
    r"\((?:[A-Z][A-Za-z0-9&\-]*(?:\s[A-Z][A-Za-z0-9&\-]*)?·)?(?P<role>(?:실증\s?)?(?:주관|총괄|공동\s?주관|공동|공동\s?연구|참여|위탁|"
    r"수요\s?기업|수요|협력|주최|후원|간사|해외\s?협력|해외|국제\s?공동|국제)(?:\s?연구)?(?:\s?개발)?"
    r"(?:\s?(?:기관|기업|사|대학|처|병원))?|"
    # ('구미전자(위원장사)', '금강케미칼(폐열 분과장사)': an office in the body)
    r"(?:공동\s?)?(?:부)?(?:회장|의장|위원장)\s?(?:사|기관)|(?:[가-힣]{1,6}\s)?분과장\s?사)"
    r"(?:[·,]\s?[^()]{1,20})?\)"  # ('충남테크노파크(주관·특구 총괄)': the role, then its task)
)


def _bracket_role(text: str) -> tuple[str, str] | None:
    """(table, label) of a role in brackets, its words of research and development and of trial left out."""
    word = re.sub(r"\s", "", text)
    for candidate in (word, re.sub(r"^실증", "", word)):
        kind = re.sub(r"(?:기관|사|대학|처|병원)$", "", candidate)  # ('참여기업', '수요기업' are keys of their own)
        for form in (candidate, kind, re.sub(r"개발$", "", kind), re.sub(r"연구개발$|연구$", "", kind)):
            if form in BARE_ROLES_KO:
                return BARE_ROLES_KO[form]
    cues = find_cues(text, "ko") if re.search(r"장(?:사|기관)$", word) else []  # ('위원장사', '폐열 분과장사')
    return (cues[0].table, cues[0].label) if cues else None


# 'IIT Kanpur (lead), IIT Indore, IISER Pune and the Raman Research Institute (partners)'
_EN_BRACKET_ROLE = re.compile(
    # ('(UNJu, coordinator)', '(INIQUI, a joint UNSa-CONICET centre, research partner)', '(JEMSE, observer)')
    r"\((?:[A-Z][\w .'’\-]{1,30},\s*)?(?:(?:an?|the)\s[^(),]{3,50},\s*)?(?P<role>lead|lead institution|"
    r"(?:project\s+)?coordinator|co-?lead|co-?coordinator|host|(?:research\s+|industrial\s+|industry\s+)?partners?|"
    r"partner institutions?|(?:industrial\s+|industry\s+|associate\s+)?members?|funders?|observers?|"
    # ('Curtin University (lead research participant)', 'CSIRO (research participant)', 'KIGAM, Republic of Korea
    # (international participant)': an Australian CRC's participants)
    r"(?:lead\s+|international\s+|academic\s+)?(?:research\s+|industrial\s+|industry\s+)?participants?|"
    # ('Fraunhofer ISE (technical coordinator; laboratory testing)': its role, then its task)
    r"international\s+partners?|academic\s+partners?|technical\s+co-?ordinator|"
    # ('Cardiff University (spoke) – Dr ...': a hub-and-spoke network's parts)
    r"hub|spokes?)(?:;[^()]{1,80})?\)",
    re.I,
)
_EN_BRACKET_CUES = {
    "co-coordinator": ("institutions", "co"),
    "cocoordinator": ("institutions", "co"),
    "colead": ("institutions", "co"),
    "observer": ("institutions", "other"),
    "project coordinator": ("institutions", "lead"),
    "technical coordinator": ("institutions", "co"),
    "technical co-ordinator": ("institutions", "co"),
    "lead": ("institutions", "lead"),
    "lead institution": ("institutions", "lead"),
    "coordinator": ("institutions", "lead"),
    "co-lead": ("institutions", "co"),
    "host": ("institutions", "host"),
    "hub": ("institutions", "lead"),
    "funder": ("institutions", "organiser"),
    "member": ("members", "member"),
    "lead participant": ("institutions", "lead"),
    "international participant": ("institutions", "international"),
    "international partner": ("institutions", "international"),
    "academic partner": ("institutions", "partner"),
    "industry participant": ("members", "member"),
    "industrial participant": ("members", "member"),
}


def has_bracket_role(text: str) -> bool:
    """A role in brackets after a name ('KAIST(주관)', 'IIT Kanpur (lead)', '오션브레인 [참여기업]')."""
    text = _square_roles(text)
    return bool(_BRACKET_ROLE.search(text) or _EN_BRACKET_ROLE.search(text))


def _square_roles(text: str) -> str:
    """'A(KRISO) [주관연구기관]' as 'A(KRISO)(주관연구기관) ': a Korean role in square brackets after a name, written as
    one in round brackets right after it (the same length, so spans hold)."""
    return re.sub(
        r"\s\[([^\[\]]{2,12})\]", lambda r: f"({r.group(1)}) " if _bracket_role(r.group(1)) else r.group(0), text
    )


def english_bracket_roles(sentence: str) -> list[Mention]:
    """English names with their role in brackets after them; a plural role covers the names since the last one."""
    out, floor = [], 0
    for m in _EN_BRACKET_ROLE.finditer(sentence):
        if m.group("role").isupper():
            continue  # 'RUTH MADDOX (HOST):': a speaker's label in a transcript
        role = re.sub(r"^(?:research|associate)\s+|(?<=lead )research\s+", "", m.group("role").lower())
        role = re.sub(r"^(?:industrial|industry)\s+(?!participant)", "", role)
        table, label = _EN_BRACKET_CUES.get(role.rstrip("s"), _EN_BRACKET_CUES.get(role, ("institutions", "partner")))
        cue = Cue(table, label, m.start(), m.end())
        text = sentence[floor : m.start()]
        colon = re.match(r"\s*:\s*", sentence[m.end() :])
        if role.endswith("s") and colon:
            # ('three companies with brine projects (industrial members): A, B and C': the names after the colon)
            at = m.end() + colon.end()
            spans = _english_items(sentence[at:], at, backward=False)
        elif role.endswith("s"):
            spans = _english_items(text.rstrip(" ,"), floor, backward=True)
        else:
            head, _, tail = text.rstrip(" ,").rpartition(",")
            country = country_code(tail.strip()) if head else None
            if country:
                # ('KIGAM (KIGAM), Republic of Korea (international participant)': the name before its country and
                # its short form)
                text = re.sub(r"\s*\([A-Z][A-Za-z&\-]{1,9}\)$", "", head.rstrip())
            run = _cap_run(text.rstrip(" ,"), from_end=True)
            spans = [(floor + run[0], floor + run[1])] if run else []
        for s, e in spans:
            mention = _mention(cue, sentence[s:e], s, e, "en", len(spans))
            if mention:
                out.append(replace(mention, country=country) if country and label == "international" else mention)
        floor = m.end()
    return out


# '팁스 사무국 역할을 하는 한국엔젤투자협회가 ...', '수요기업으로 참여하는 A는': the one that plays the role is named
# after it, not before
_ROLE_PLAYED_BY = re.compile(
    r"(?P<role>[가-힣]{2,10}?)\s?(?:역할을\s?(?:하는|맡은|맡고\s있는|수행하는|담당하는)|(?:으로|로)\s(?:참여|참가|합류)하는)\s"
    r"(?P<name>[가-힣A-Za-z0-9&㈜]{2,30}?)(?:\([A-Za-z][A-Za-z&\-]{1,9}\))?(?:이|가|은|는|도|와|과)\s"
)


def _role_played_by(sentence: str, found: list[Mention]) -> list[Mention]:
    """The holder of a role told as '... 역할을 하는 X' or '...으로 참여하는 X': X with the role, not the name before
    the role word."""
    for m in _ROLE_PLAYED_BY.finditer(sentence):
        cues = find_cues(m.group("role"), "ko")
        if not cues:
            continue
        cue = Cue(cues[-1].table, cues[-1].label, m.start("role"), m.end("role"))
        # (not '수요기업으로 참여하는 농가는 △A △B': a kind, its names after it)
        held = (
            None
            if dictionary_words(m.group("name"))
            else _mention(cue, m["name"], m.start("name"), m.end("name"), "ko", 1)
        )
        if held:
            clause = sentence.rfind(",", 0, m.start("role"))  # (the name before it in its own clause only)
            found = [f for f in found if not (clause < f.start and f.end <= m.start("role"))] + [held]
    return found


# '△총괄 국립원예특작과학원△공동연구 전남대학교·한국에너지기술연구원△참여기업 A·B': a box of marks, each a role
# word and then its holders
_ROLE_FIRST_MARK = re.compile(rf"[{INLINE_MARKS}]\s?(?P<role>[가-힣]{{2,6}})\s(?P<names>[^{INLINE_MARKS}]+)")


def _role_first_marks(sentence: str, found: list[Mention]) -> list[Mention]:
    """Holders read after the role word of each mark, in place of what the cues of the marks' span gave, when at
    least two marks of the sentence open with a role."""
    parts = [(m, _bracket_role(m.group("role"))) for m in _ROLE_FIRST_MARK.finditer(sentence)]
    # (not '▲공동 실증 ▲해외 진출 지원 등을 추진한다': tasks of a sentence, with its particles and verb)
    parts = [(m, role) for m, role in parts if role and not re.search(r"[을를은는이가에]\s|다\.?\s*$", m["names"])]
    if len(parts) < 2:
        return found
    held = []
    for m, (table, label) in parts:
        cue = Cue(table, label, m.start("role"), m.end("role"))
        for name in re.finditer(r"[^·,]+", m.group("names")):
            start = m.start("names") + name.start()
            if mention := _mention(cue, name.group(0), start, start + len(name.group(0)), "ko", 1):
                held.append(mention)
    first, last = parts[0][0].start(), parts[-1][0].end()
    return [f for f in found if not first <= f.start < last] + held


_AGREEMENT_WITH_KO = re.compile(r"[과와]\s?(?:협약|업무협약|계약)")
_OBJECT_OF_CLAUSE_KO = re.compile(
    r"(?:·[가-힣A-Za-z0-9]+(?:\s[가-힣A-Za-z0-9]+)?)*\s?[가-힣]{0,3}(?:을|를)\s(?!비롯|포함|위시|필두|중심)"
    r"[가-힣]{1,6}(?:할|하는|한|될|된)\s"
)


def _restated_roles(sentence: str) -> str:
    """The sentence with a bracketed role right after a role word blanked ('총괄(주관연구개발기관)'), offsets kept."""
    return re.sub(
        r"(?P<word>[가-힣]{2,12})\((?P<role>[^()]{2,20})\)(?P<particle>[은는이가을를]?)",
        lambda r: (
            (r.group("word") + r.group("particle")).ljust(len(r.group(0)))
            if _bracket_role(r.group("word")) and _bracket_role(r.group("role"))
            else r.group(0)
        ),
        sentence,
    )


def bracket_roles(sentence: str) -> list[Mention]:
    """Korean names with their role in brackets right after them ('A(주관), B·C(공동)')."""
    out = []
    for m in _BRACKET_ROLE.finditer(sentence):
        role = _bracket_role(m.group("role"))
        if role is None:
            continue
        table, label = role
        if _bracket_role(m.group("names").strip()):
            continue  # ('과제 총괄(주관연구개발기관)은 X가 맡고': a role named again in brackets, no name)
        cue = Cue(table, label, m.start("role"), m.end("role"))
        pos = m.start("names")
        names = re.split(r"(·|\s및\s)", m.group("names"))
        seps = names[1::2] + [""]
        names = names[0::2]
        if len(names) > 1 and re.fullmatch(r"\s*(?:간사|간사\s?기관|회장사|의장사|사무국|총괄)\s*", m.group("role")):
            # ('A·B·C(간사)': an office one body holds, the name right before it; 'B·C(공동)' is both)
            pos += sum(len(n) + len(s) for n, s in zip(names[:-1], seps[:-1], strict=True))
            names, seps = names[-1:], [""]
        # '△국립수산과학원 동해수산연구소(공동연구)': at a bullet, the words before the bracketed name are its own
        head = _BULLETED_WORD.search(sentence, 0, pos) or _LISTED_WORDS.search(sentence, 0, pos)
        if head and len(names) == 1 and not any(_PARTICLE_END.search(w) for w in head.group("word").split()):
            # ('; 독일 프라운호퍼 집적회로연구소(Fraunhofer IIS·해외 협력기관)': the words since the list's last mark)
            pos = head.start("word")
            names = [sentence[pos : m.end("names")]]
        for name, sep in zip(names, seps, strict=False):
            m2 = _mention(cue, name, pos, pos + len(name), "ko", len(names))
            if m2:
                out.append(m2)
            pos += len(name) + len(sep)
        # 'A(총괄)·B·C 연합': the names after the one with the role, unless a role of their own follows
        # ('1세부(...): A(주관), B, C, D': the others of the line, after the one leading them, to its end)
        rest = _AFTER_ROLE.match(sentence, m.end())
        if rest is None and re.search(r"주관|총괄", m.group("role")):  # (a project's lead; a chair's group are members)
            rest = _LISTED_AFTER_ROLE.match(sentence, m.end())
        if rest and label == "lead" and not sentence.startswith("(", rest.end()):
            partner = Cue("institutions", "partner", m.start("role"), m.end("role"))
            for name in _NAME_WITH_ALIAS.finditer(sentence, rest.start(), rest.end()):
                m2 = _mention(partner, name.group(0), name.start(), name.end(), "ko", 2)
                if m2:
                    out.append(m2)
    return out


# 'A 주관·B 공동주관 컨소시엄', 'KAIST 주관, 충남대·포스텍 공동연구', 'C·D 수요기업으로 참여': a headline's names, each
# group with its role word (or the kind it takes part as) after it
_HEADLINE_NAME = r"[가-힣A-Za-z0-9&㈜()]{2,30}"
_ROLE_AFTER_NAME = re.compile(
    rf"(?P<names>{_HEADLINE_NAME}(?:·{_HEADLINE_NAME})*)\s(?:(?P<kind>[가-힣]{{0,6}}(?:기업|기관|연구|협력|파트너))(?:으로|로)?\s)?"
    r"(?P<role>공동\s?주관|주관|총괄|공동\s?연구|참여|위탁|수요)(?=\s?[·,…]|\s(?:컨소시엄|연합|체제|구성)|\s?$)"
)


# '회장사 한려조선, 간사 경남TP': a headline's offices each before its holder
# ('▲회장사 오션잇(정하윤 대표) ▲부회장사 씨그린랩·해담바이오 ▲간사 부산창조경제혁신센터': each after its mark)
_ROLE_BEFORE_NAME = re.compile(
    rf"(?:^|(?<=[,…▲△■□●•◆◇▶]\s)|(?<=[,…▲△■□●•◆◇▶]))(?P<role>회장사|부회장사|의장사|간사(?:기관|사)?|주관(?:기관)?|총괄)\s"
    rf"(?P<names>{_HEADLINE_NAME}(?:\([^()·]{{1,20}}\))?(?:·{_HEADLINE_NAME}(?:\([^()·]{{1,20}}\))?)*)"
    r"(?=\s?[,…▲△■□●•◆◇▶]|\s?$)"
)


def _roles_before_names(sentence: str) -> tuple[list[Mention], tuple[int, int]]:
    pairs = list(_ROLE_BEFORE_NAME.finditer(sentence))
    if len(pairs) < 2:
        return [], (0, 0)
    out = []
    for m in pairs:
        found = next((c for c in find_cues(m.group("role") + " ", "ko") if c.table == "institutions"), None)
        if found is None:
            continue
        cue, pos = Cue(found.table, found.label, m.start("role"), m.end("role")), m.start("names")
        for name in m.group("names").split("·"):
            held = _mention(cue, name, pos, pos + len(name), "ko", 1)
            if held:
                out.append(held)
            pos += len(name) + 1
    return out, (pairs[0].start(), pairs[-1].end())


def roles_after_names(sentence: str) -> tuple[list[Mention], tuple[int, int]]:
    """Korean names each followed by a bare role word, in a headline that gives the lead that way too
    ('A 주관·B 공동주관 컨소시엄', 'KRISS 총괄, KAIST·포스텍 공동연구…레이저 광원은 한국광기술원에 위탁'), and the
    span of the sentence they take ((0, 0) for none)."""
    pairs = list(_ROLE_AFTER_NAME.finditer(sentence))
    if len(pairs) < 2 or not any(re.sub(r"\s", "", m.group("role")) in ("주관", "총괄") for m in pairs):
        return _roles_before_names(sentence)
    out = []
    for m in pairs:
        role = BARE_ROLES_KO[re.sub(r"\s", "", m.group("role"))]
        if m.group("kind"):
            # ('제우스·에이피티씨 공급기업 참여', 'INL 국제공동연구 참여': the kind says the role; else no role here)
            kind = BARE_ROLES_KO.get(m.group("kind")) or next(
                ((c.table, c.label) for c in find_cues(m.group("kind"), "ko")), None
            )
            if kind is None:
                continue
            role = kind
        cue = Cue(*role, m.start("role"), m.end("role"))
        pos = m.start("names")
        names = m.group("names").split("·")
        for name in names:
            # ('美 우즈홀해양연구소도 참여', '한국광기술원에 위탁': the particle after the last name)
            bare = re.sub(r"(?<=..)도$" if role[1] != "consigned" else r"(?<=..)에$", "", name)
            held = _mention(cue, bare, pos, pos + len(bare), "ko", len(names))
            if held:
                out.append(held)
            pos += len(name) + 1
    # (from the start of the sentence: the words before the first pair belong to the headline's list too)
    return out, (0, pairs[-1].end())


_AFTER_ROLE = re.compile(r"(?:·[가-힣A-Za-z0-9&]+)+")
_NAME_WITH_ALIAS = re.compile(r"[가-힣A-Za-z0-9&㈜]+(?:\([A-Za-z][A-Za-z&\-]{1,9}\))?")
_LISTED_AFTER_ROLE = re.compile(rf"(?:,\s?{_NAME_WITH_ALIAS.pattern})+(?=\s*$)")
_LISTED_WORDS = re.compile(r"[;:]\s*(?P<word>(?:[가-힣A-Za-z]+\s){1,2})$")
_BULLETED_WORD = re.compile(r"(?:^|[△▲■□●•◆◇▶\-]\s?)(?P<word>[가-힣A-Za-z0-9&㈜]{2,})\s$")
_PARTICLE_END = re.compile(r"(?:은|는|이|가|을|를|에|의|로|와|과|인)$")


_COMPANY = re.compile(r"(?:㈜|\(주\)|주식회사\s?)(?P<name>[가-힣A-Za-z0-9&]+)")


def _whole_company_names(sentence: str, found: list[Mention]) -> list[Mention]:
    """'㈜미래와도전' is one company, even where Kiwi reads '미래 와 도전' as two names joined by 와."""
    for company in _COMPANY.finditer(sentence):
        start, end = company.span("name")
        inside = [m for m in found if start <= m.start and m.end <= end]
        if len({(m.start, m.end) for m in inside}) > 1:  # (not one name found by two cues)
            keep = replace(inside[0], name=company.group("name"), start=start, end=end)
            found = [m for m in found if m not in inside] + [keep]
    return found


# '회장사는 들녘제분이 맡았다', '들녘제분이 회장사를 맡았다': one name that takes the role, whatever words Kiwi
# makes of it.
_NAME_KO_WORDS = r"(?P<name>(?:[가-힣A-Za-z0-9&]+(?<![와과은는을를의에도])\s)?[가-힣A-Za-z0-9&]{2,20})"
_ROLE_THEN_NAME = rf"(?:은|는)\s{_NAME_KO_WORDS}(?:㈜)?(?:이|가)\s(?:\S+\s)?(?:맡|담당|선정|선임|수행)"
_NAME_THEN_ROLE = rf"(?:^|\s){_NAME_KO_WORDS}(?:㈜)?(?:이|가)\s(?:[^\s,]+\s)?$"


# '미국과 영국의 국립연구소 두 곳과 국제공동연구를', '인도와 태국에서도 국립 연구기관이 한 곳씩 해외 협력기관으로':
# countries whose unnamed institutions take part from abroad
_ABROAD_KO = re.compile(
    r"(?P<countries>[가-힣]{2,8}?(?:(?:와\s?|과\s?|,\s?|·|\s및\s)[가-힣]{2,8}?){0,4})"
    # ('캐나다와 덴마크의 광자 양자컴퓨팅 연구기관': what they work on between the countries and the kind)
    r"(?:의\s?(?:[가-힣A-Za-z]+\s){0,3}?|에서도\s?|에서\s?|\s)"
    r"(?:한\s)?(?:국립\s?|현지\s?|주요\s?|주립\s?)?(?:연구기관|연구소|대학|대학교|기관|연구진|연구팀|병원)"
)


def _unnamed_abroad(sentence: str, cues: list[Cue], found: list[Mention]) -> list[Mention]:
    """Countries of unnamed international partners, when the sentence names no partner abroad by name."""
    # ('이 밖에 호주와 캐나다의 대학 연구진도 ... 참여한다': research teams of countries abroad taking part)
    taking_part = re.search(r"참여(?:한다|했다|하고|해|할|하며)", sentence) and _ABROAD_KO.search(sentence)
    if (
        not any(c.label == "international" for c in cues)
        and not re.search(r"국제\s?공동\s?연구", sentence)
        and not taking_part
    ):
        return []
    named = [m.start for m in found if m.label == "international" and not m.country]
    out = []
    for m in _ABROAD_KO.finditer(sentence):
        if any(0 <= start - m.end() <= 3 for start in named):
            continue  # ('벨기에의 반도체 연구기관 imec': the partner abroad is named right after)
        for country in re.finditer(r"[가-힣]{2,8}", m.group("countries")):
            name = re.sub(r"(?:와|과|의|에서도|에서)$", "", country.group(0))
            code = country_code(name)
            at = m.start("countries") + country.start()
            if code and code != "KR" and not any(f.country == code for f in found + out):
                out.append(Mention("institutions", "international", name, at, at + len(name), country=code))
    return out


# '강원대 기계의용공학과 이수민 교수가': a department Kiwi split inside its word ('기계의' read as 기계 + 의)
_DEPARTMENT = re.compile(r"[가-힣]*(?:학과|학부|교실|전공|연구실)")
_UNIVERSITY_BEFORE = re.compile(r"(?P<org>[가-힣A-Z]{2,15}(?:대학교|대학|대|병원))\s+\S*$")


def _whole_department(sentence: str, m: Mention) -> Mention:
    """A mention of a department cut inside its word becomes its university, the word before it."""
    if not _DEPARTMENT.fullmatch(m.name) or m.start == 0 or sentence[m.start - 1].isspace():
        return m
    university = _UNIVERSITY_BEFORE.search(sentence, 0, m.start)
    if university is None:
        return m
    return replace(m, name=university.group("org"), start=university.start("org"), end=university.end("org"))


# '홍천군농업기술센터는 농가를 모집하고 교육을 지원하는 협력기관 역할을 한다': the role it plays, over the verbs
_PLAYS_ROLE = re.compile(r"(?P<role>[가-힣]{2,10})\s?(?:의\s)?역할(?:을|도)\s?(?:한다|했다|하고|하며|해|맡|담당)")


def _role_it_plays(sentence: str, found: list[Mention]) -> list[Mention]:
    """Mentions before '... 역할을 한다' that a verb made funders take the role named."""
    played = _PLAYS_ROLE.search(sentence)
    roles = find_cues(played.group("role"), "ko") if played else ()
    if not roles or roles[-1].table != "institutions":
        return found
    return [
        replace(m, label=roles[-1].label) if m.label == "organiser" and m.end <= played.start() else m for m in found
    ]


# '현성모비텍을 의장사로 칩웨이브, 라온반도체 등 12개사가 참여해': the object holds the role, not the list after it
_OBJECT_AS_ROLE = re.compile(
    r"(?P<name>(?:[가-힣A-Za-z0-9&㈜]{2,30}(?<![은는이가에서도의])\s)?[가-힣A-Za-z0-9&㈜]{2,30})(?:\([^()]{1,20}\))?"
    r"[을를]\s?(?P<role>[가-힣]{2,8}?)(?:으로|로)\s"
)


def _object_as_role(sentence: str, tokens: list, found: list[Mention]) -> list[Mention]:
    """The organisation named as the object of 'A를 의장사로' takes that role; names after it do not."""
    for m in _OBJECT_AS_ROLE.finditer(sentence):
        role = find_cues(m.group("role"), "ko")
        if not role or role[0].table != "institutions" or role[0].end - role[0].start < len(m.group("role")) - 1:
            continue
        cue = Cue("institutions", role[0].label, m.start("role"), m.end("role"))
        own = item_mention(cue, m.group("name"), m.start("name"), m.end("name"), "ko")
        if own is None:
            continue
        found = [f for f in found if not (f.label == cue.label and f.start >= m.end())] + [own]
    return found


def _takes_role(sentence: str, cues: list[Cue], found: list[Mention]) -> list[Mention]:
    out = []
    labels = {m.label for m in found}
    for cue in cues:
        if cue.table != "institutions" or cue.label in labels or _INVESTMENT.search(sentence):
            continue
        after = re.match(_ROLE_THEN_NAME, sentence[cue.end :])
        before = (
            re.search(_NAME_THEN_ROLE, sentence[: cue.start])
            if re.match(r"(?:을|를|으로|로)\s?(?:맡|담당)", sentence[cue.end :])
            else None
        )
        for m, base in ((after, cue.end), (before, 0)):
            if m:
                s, e = base + m.start("name"), base + m.end("name")
                mention = _mention(cue, sentence[s:e], s, e, "ko", 1)
                if mention and _looks_like_name_ko(sentence[s:e]):
                    out.append(mention)
    return out


def _looks_like_name_ko(text: str) -> bool:
    """Not a common word that takes a role ('회장사는 이번에 ...'): a name of three syllables or more."""
    return len(text) >= 3 and not re.search(r"(?:기관|기업|회사|업체|대학|곳|들)$", text)


_CUE_BRACKET_LIST = re.compile(r"\((?P<items>[^()]{2,160}?[·ㆍ,/][^()]{1,160}?)\)")


def _cue_bracket_lists(sentence: str, cues: list[Cue]) -> tuple[list[tuple[int, int]], list[Mention]]:
    """Names listed in brackets right after a Korean role noun ('수요기업(SK해운·에이치라인해운)'): the spans of
    the brackets, and a mention of each name with that role."""
    spans, out = [], []
    for cue in cues:
        m = _CUE_BRACKET_LIST.match(sentence, cue.end)
        if not m:
            continue
        spans.append(m.span())
        for item in re.finditer(r"[^·ㆍ,/]+", m.group("items")):
            text = item.group(0).strip()
            at = m.start("items") + item.start() + len(item.group(0)) - len(item.group(0).lstrip())
            mention = item_mention(cue, text, at, at + len(text), "ko")
            if mention:
                out.append(mention)
    return spans, out


# 'This episode of The Tideline is supported by X', 'Today's issue is brought to you by Y': the outlet's sponsor
_MEDIA_SPONSOR = re.compile(
    r"\b(?:this|today['’]s)\s+(?:episode|issue|edition|newsletter|podcast|show|broadcast|segment)\b"
    r"(?:\s+of\s+[^.,;]{1,40}?)?\s+(?:is|was)\s+(?:supported|sponsored|brought\s+to\s+you|presented|underwritten)\b",
    re.I,
)


def sentence_mentions(sentence: str, language: str, tokens: list | None = None) -> list[Mention]:
    """Mentions of one sentence. Korean sentences need their Kiwi tokens."""
    if _CORRECTION.search(sentence):
        return []
    if language == "ko":
        # ('▲공동연구기관 = A, B, C': an equals sign between a role and its names is that role's colon)
        # (not inside brackets: '(광주=뉴스1)' is a wire's dateline)
        sentence = re.sub(r"(?<=[가-힣])(\s*)=(?=\s*[가-힣A-Z(㈜])(?![^()\n]*\))", r"\1:", sentence)
        sentence = _square_roles(sentence)  # ('▶ 선박해양플랜트연구소(KRISO) [주관연구기관] - ...')
        # ('공동연구 ― 경상국립대학교 해양과학대학 (...)': so is a dash after a role heading its line)
        dashed = _ROLE_DASH_KO.match(sentence)
        if dashed and _bare_role_ko(dashed.group("role")):
            sentence = sentence[: dashed.start("dash")] + ":" + sentence[dashed.end("dash") :]
        # ('과제 총괄(주관연구개발기관)은 X가 맡고': a role named again in brackets is read as the role alone)
        restated = _restated_roles(sentence)
        if restated != sentence:
            sentence = restated
            tokens = kiwi().tokenize(sentence) if tokens is not None else None
        # ('○ (주관) 분당서울대학교병원 : 연구단 총괄': and a role in brackets opening its line, as '주관: ')
        if bracketed := _opening_bracket_role(sentence):
            role, whole = bracketed.group("role"), bracketed.group("whole")
            colon = (role + ":").ljust(len(whole))
            sentence = sentence[: bracketed.start("whole")] + colon + sentence[bracketed.end("whole") :]
            tokens = kiwi().tokenize(sentence) if tokens is not None else None  # (its brackets are gone)
    cues = find_cues(sentence, language)
    if language == "ko" and tokens is not None:
        paired, (first, last) = roles_after_names(sentence)
        found = bracket_roles(sentence) + _office_holder_ko(sentence) + _role_told_ko(sentence)
        if (
            not cues
            and not _AGENCY_VERBS_KO.search(sentence)
            and not _MONEY_OF_KO.search(sentence)
            and not re.search(r"사업|국제\s?공동\s?연구", sentence)
        ):
            return paired + [m for m in found if not first <= m.start < last]
        # A name with its role in brackets keeps that role, and is not also a plain member through the verb.
        bracketed = {m.start: m.table for m in found}
        # ... unless the list is one of members by name ('협의체 회원은 △A(총괄) △B'), not by a verb of joining
        # (not a role in brackets itself: 'A(주관기관)를 비롯해 ... C·D(참여기업) 등 5개 기관이 참여했다')
        roles_in_brackets = [b.span() for b in re.finditer(r"\([^()]*\)", sentence)]
        listed = any(
            c.table == "members"
            and re.search(r"(?:회원|멤버|사|기관|기업|단체)$", sentence[c.start : c.end])
            and not any(a < c.start < b for a, b in roles_in_brackets)
            for c in cues
        )
        # '참여사(HD한국조선해양·한화오션·포스코)가': the names in brackets after the role hold it
        spans, in_brackets = _cue_bracket_lists(sentence, cues)
        found += in_brackets + [
            m
            for m in _korean_mentions(sentence, tokens, cues)
            if (m.start not in bracketed or (m.table != bracketed[m.start] and (m.label != "member" or listed)))
            and not any(a <= m.start < b for a, b in spans)
        ]
        found += _takes_role(sentence, cues, found)
        found = _role_it_plays(sentence, _object_as_role(sentence, tokens, found))
        found = [_whole_department(sentence, m) for m in found]
        # ('우리 대학 의과대학이 주관하는': the page's own body, not written by its name)
        # (not '저희 한국항공대 산학협력단입니다': a body that gives its name)
        found = [
            m
            for m in found
            if not (
                re.search(r"(?:우리|저희)\s?$", sentence[: m.start])
                and re.match(r"(?:대학|학교|기관|회사|병원|연구원|재단)(?:\s|$)", m.name)
            )
        ]
        # ('현대로템과 연료전지 열관리·수명 예측을 연구할 UNIST가': the object of a clause about the next name)
        found = [m for m in found if not _OBJECT_OF_CLAUSE_KO.match(sentence, m.end)]
        found = _rejoined(sentence, found)
        found = _selected_as(sentence, cues, found) + found + _scheme_owner(sentence, found)
        if any(_MADE_OF_KO.match(sentence, c.start) for c in cues):
            # ('국산 NPU 실증은 ... 경량 모델로 이뤄졌다': what a thing is made of names its parts, not its topic)
            found = [m for m in found if not (m.table == "members" and sentence[m.end : m.end + 1] in ("은", "는"))]
        # ('일본의 한 국립대학도 ... 참여해': one body of a kind, unnamed; its country stands for it)
        found = [m for m in found if not (sentence.endswith("한 ", 0, m.start) and dictionary_words(m.name))]
        found += _unnamed_abroad(sentence, cues, found)
        if _ATTENDED_KO.search(sentence):
            # '이날 출범식에는 도청 관계자와 참여기업 대표 등 70여 명이 참석했다', '참여 대학 총장과 충청남도 ... 등
            # 200여 명이 참석했다': who came, not who joined
            found = [m for m in found if m.table != "members" and m.label != "partner"]
        # ('컨소시엄들은 다음 달 기정원과 협약을 맺고': the other side of an agreement is no member)
        found = [m for m in found if not (m.table == "members" and _AGREEMENT_WITH_KO.match(sentence, m.end))]
        if re.search(r"(?:기업|기관|회원사?|멤버)[을를]\s(?:[가-힣]+\s){0,2}(?:모집|찾는다|찾고)", sentence):
            # '울산시는 ... 참여기업을 추가로 모집한다': members sought, the one seeking them is none
            found = [m for m in found if m.table != "members"]
        if re.search(r"\d\s?학년", sentence):
            # '3학년 최서연, 박지훈, 4학년 김다은 학생으로 이뤄진 동아리': students, not members
            found = [m for m in found if m.table != "members"]
        # (the headline's names with their roles are read as pairs; the rest of it as usual: '… NGI도 합류')
        found = paired + [m for m in found if not first <= m.start < last]
        found = _role_first_marks(sentence, _role_played_by(sentence, found))
        return _whole_company_names(sentence, _outside(found, _not_names_ko(sentence)))
    led = [
        m
        for a in _LED_ADJECTIVE.finditer(sentence)
        if not country_code(a.group("org").replace(".", ""))  # 'the U.S.-led Artemis Accords': a country leads
        # ('Scottish-led research': a nationality)
        and not _demonym(a.group("org"))
        # ('Among the others is a Lincoln University-led programme': another programme's lead)
        and not _OTHER_PROGRAMME.search(sentence[: a.start("org")])
        and not is_city(a.group("org"))  # ('a Charleston-led coalition': where it is from)
        and (
            m := _mention(
                Cue("institutions", "lead", a.end() - 4, a.end()), a.group("org"), a.start("org"), a.end() - 4, "en", 1
            )
        )
    ]
    if cues and len(sentence.split()) <= 4 and cues[-1].end >= len(sentence.rstrip(" :")):
        return []  # a heading ('Public partners', 'Core industry partners'): the kind of the lines below it
    if sentence.lstrip().startswith("|") and any(
        sentence[c.start : c.end].strip().lower() in (cell.lower() for cell in table_cells(sentence)) for c in cues
    ):
        return []  # a table's header row ('| Organisation | Country | Funded by | Contribution |'): no names
    if _MEDIA_SPONSOR.search(sentence):
        cues = tuple(c for c in cues if c.label != "organiser")  # the show's advertiser, not the programme's funder
    bracketed = english_bracket_roles(sentence)
    claimed = {m.start for m in bracketed}
    which, cues = _which_is_role(sentence, cues)
    # (nor where one of them is: 'International Institute of Information Technology, Hyderabad (IIIT-H) (co-lead)')
    claimed |= {b.end + 2 for b in bracketed if sentence[b.end : b.end + 2] == ", "}
    found = which + [m for m in _english_mentions(_dashed_subject(sentence, cues), cues) if m.start not in claimed]
    found = _shared_heads(sentence, _gapped_funders(sentence, found) + _as_has(sentence, found) + found, cues)
    found = _role_set_before(sentence, found) + _fronted_role(sentence) + teams_from_countries(sentence, cues, found)
    found += _new_names(found, _led_with(sentence, found))
    found += _new_names(found, _lead_named(_SELECTED_TO_LEAD.search(sentence)))
    at_org = _AT_ORG_LEADS.match(sentence)
    if held := _lead_named(at_org):
        # (the person who leads there is no body: 'At X, atmospheric scientist Tomás Ibarra will lead')
        found = [m for m in found if not at_org.end("org") < m.start < at_org.start("role")]
        found += _new_names(found, held)
    # ('from its partners, Education Minister Jason Clare announced': a minister's portfolio, no body)
    found = [m for m in found if not _PORTFOLIO_OF_PERSON.match(sentence, m.end)]
    # ('The French and Portuguese partners will bring data': words saying where the partners are from)
    found = [m for m in found if not _DESCRIBES_KIND.match(sentence, m.end) or " " in m.name or m.org]
    found += _person_with_org_as(sentence, found)
    # ('Two partners outside the EU take part': where they are from, not who they are)
    found = [m for m in found if not _OUTSIDE.search(sentence, 0, m.start)]
    # ("Professor X of the university's Department of Chemistry as co-lead": a unit of the one named before)
    found = [m for m in found if not _UNIT_OF_NAMED.search(sentence, 0, m.start)]
    found = _fund_owner(sentence, found)
    found = bracketed + found + _english_agency_subject(sentence, cues) + led + _office_holder(sentence, found)
    # ('will work with X, which joins as a subcontractor': the role its own clause gives it, not a plain partner too)
    specific = {m.name for m in found if m.label in ("lead", "co", "consigned", "international")}
    return [m for m in found if not (m.label == "partner" and m.name in specific)]


# 'support from the Green Innovation Fund set up by the Ministry of Economy, Trade and Industry': a fund is money,
# the body that set it up the organisation behind it
_FUND_OF = re.compile(
    r"\b(?:the\s+)?(?P<fund>(?:[A-Z][\w\-]*\s+){1,6}Fund)\s+(?:set up|established|created|run|administered|managed|"
    r"overseen)\s+by\s+(?:the\s+)?(?P<org>[A-Z][^.;]{2,120}?)(?=\s*(?:[.;]|,\s+(?:which|and|with|while)\b|$))"
)


def _fund_owner(sentence: str, found: list[Mention]) -> list[Mention]:
    """The body that set up a fund, in place of the fund, as organiser."""
    m = _FUND_OF.search(sentence)
    if m is None:
        return found
    owner = _mention(
        Cue("institutions", "organiser", m.start("org"), m.start("org")), m.group("org"), *m.span("org"), "en", 1
    )
    kept = [f for f in found if not (m.start("fund") <= f.start < m.end("org"))]
    return kept + ([owner] if owner else [])


_UNIT_OF_NAMED = re.compile(
    r"\b(?:the|its|their)\s+(?:university|institute|college|company|hospital|council|agency|laboratory)['’]s\s+$|"
    # ('the University of X, where Professor Y of the Institute of Soil Research leads the project')
    r",\s+where\s+(?:Professor|Prof\.|Dr\.?|Dean|Director)?\s*(?:[A-Z][\w.\-]*\s+){1,3}of\s+(?:the\s+|its\s+)?$",
    re.I,
)


# 'A·B·C 부품기업과': fields joined by middle dots before the kind of body they describe
_DESCRIBED_KIND_KO = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?P<fields>[가-힣]{1,6}(?:·[가-힣]{1,6})+)\s(?P<kind>[가-힣]{0,6}(?:기업|기관|업체|업계|분야))"
    r"(?=[과와이가은는을를의도,\s]|$)"
)


def _country_told(sentence: str, start: int, end: int) -> str | None:
    """The country of a foreign partner told by the word for its people before it ('the Dutch instrument company
    QuantaGrav B.V.') or by the country ending its name ('Geoscience Australia')."""
    # (or whose it is: "Singapore's national water agency PUB")
    before = re.search(r"\b([A-Z][a-z]+)(?:['’]s)?\s+(?:[a-z][\w\-]*\s+){0,3}$", sentence[max(0, start - 60) : start])
    last = sentence[start:end].split()[-1].strip(".,;:")
    # ('Deltares, the Dutch water research institute, will be ...': or by a description after it)
    after = re.match(r",\s+(?:the|an?)\s+([A-Z][a-z]+)\s", sentence[end:])
    return (
        (before and country_code(before.group(1))) or country_code(last) or (after and country_code(after.group(1)))
    ) or None


def _demonym(word: str) -> bool:
    """A word for the people of a country ('Scottish', 'Kenyan', 'Israeli'), not a name."""
    # (and of a continent or a region: 'African-led science', 'Nordic')
    return bool(
        re.fullmatch(r"[A-Z][a-z]+(?:ish|ese|ian|ean)|African|American|Nordic|Arab|Pacific|Western|Eastern", word)
    ) or any(country_code(word[:-n]) for n in (1, 2) if word[-n:] in ("n", "an", "i"))


_OUTSIDE = re.compile(r"\b(?:outside|beyond)\s+(?:of\s+)?(?:the\s+)?$", re.I)


def table_cells(row: str) -> list[str]:
    """The cells of a table row written with bars ('| A | B |')."""
    return [c.strip() for c in row.strip().strip("|｜").split("|")]


_QUOTED_PROGRAMME_KO = re.compile(
    r"['‘\"“][^'’\"”]{0,40}(?:얼라이언스|컨소시엄|협의체|협의회|포럼|연합|네트워크|사업단|연구단)(?:\([^()]{1,40}\))?['’\"”]"
)


def _not_names_ko(sentence: str) -> list[tuple[int, int]]:
    """Spans of a Korean sentence whose words name no organisation: fields before a kind of body, the words of a
    programme's quoted name ("'6G 위성통신 단말·부품 얼라이언스(6SDA)'는"), the label of a group ('◇컴파일러·SW
    분과=A가 분과장사로')."""
    return (
        _described_kinds_ko(sentence)
        + [m.span() for m in _QUOTED_PROGRAMME_KO.finditer(sentence)]
        + [m.span("label") for m in _GROUP_LABEL.finditer(sentence) if not looks_like_org(m.group("label"))]
    )


def quoted_programmes(body: str) -> set[str]:
    """The names a Korean article gives programmes in quotes ("'인천항 자율운항 실증 협의체' 출범식"): no
    organisation of the programme, wherever else the name is written."""
    return {re.sub(r"\([^()]*\)$", "", m.group(0)[1:-1]).strip() for m in _QUOTED_PROGRAMME_KO.finditer(body)}


def _outside(found: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    return [m for m in found if not any(a <= m.start < b for a, b in spans)]


def _described_kinds_ko(sentence: str) -> list[tuple[int, int]]:
    """Spans of fields written in dictionary words before a kind of body ('엔진·구조·전자·지상시험 부품기업'):
    what the members are, not their names."""
    out = []
    for m in _DESCRIBED_KIND_KO.finditer(sentence):
        words = [*m.group("fields").split("·"), m.group("kind")]
        if all(dictionary_words(w) for w in words):
            out.append(m.span())
    return out


@lru_cache(maxsize=4096)
def dictionary_words(text: str, prefixed: bool = False) -> bool:
    """Korean text written in the dictionary's common nouns only ('임상 통계 설계'): a kind or a task, no name
    (with prefixed, also those with a prefix: '준회원')."""
    tags = ("NNG", "XPN") if prefixed else ("NNG",)
    return bool(text) and all(t.tag in tags and t.id >= _KIWI_FIRST_WORD_ID for t in kiwi().tokenize(text))


# 'with Prof. Kwabena Owusu (University of Ghana) as co-lead': a person, their organisation in brackets, its role
_PERSON_ORG_AS = re.compile(
    r"\b(?P<title>Dr|Prof|Professor)\.?\s+(?P<person>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3})\s+"
    r"\((?P<org>[A-Z][^()]{2,80})\)\s+as\s+(?:the\s+|its\s+|an?\s+)?(?P<role>[a-z\-]+(?:\s+[a-z\-]+){0,2})\b"
)


def _person_with_org_as(sentence: str, found: list[Mention]) -> list[Mention]:
    """The organisation in brackets after a person, with the role the person holds for it."""
    out = []
    for m in _PERSON_ORG_AS.finditer(sentence):
        role = bare_role(m.group("role"), "en")
        if role is None or role[1] == "other" or any(f.start == m.start("org") for f in found):
            continue
        held = _mention(
            Cue(role[0], role[1], m.start("role"), m.end("role")), m.group("org"), m.start("org"), m.end("org"), "en", 1
        )
        if held:
            out.append(
                replace(
                    held,
                    person_name=m.group("person"),
                    person_title=HONORIFICS.get(m.group("title"), m.group("title").lower()),
                )
            )
    return out


_DESCRIBES_KIND = re.compile(
    r"\s+(?:and\s+[A-Z][a-z]+\s+)?(?:partners|members|companies|universities|institutions|institutes|firms|teams|"
    r"researchers|scientists|groups|organi[sz]ations|agencies|governments|utilities)\b"
)


# 'Scientists from Tanzania and the DR Congo ... will take part as international partners': unnamed partners, by country
_TEAMS_FROM = re.compile(
    r"\b(?i:scientists|researchers|research teams|teams|institutions|universities|experts|groups)\s+(?:from|in)\s+"
    r"(?P<countries>(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?(?:(?:,\s*|,?\s+and\s+)(?:the\s+)?[A-Z][\w.\-]*"
    r"(?:\s+[A-Z][\w.\-]*)?)*)"
)


def teams_from_countries(sentence: str, cues: tuple[Cue, ...], found: list[Mention]) -> list[Mention]:
    """Countries of unnamed international partners, when the sentence names none of them."""
    teams = _TEAMS_FROM.search(sentence)
    if teams is None or not any(c.label == "international" for c in cues):
        return []
    out = []
    for country in re.finditer(r"[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?", teams.group("countries")):
        name, at = country.group(0).rstrip("."), teams.start("countries") + country.start()
        # (not "researchers from Germany's Fraunhofer IWES": the partner named after its country)
        named = re.match(r"\s*['’]s\b", sentence[at + len(name) :])
        if (code := country_code(name)) and not named and not any(m.country == code for m in found):
            out.append(Mention("institutions", "international", name, at, at + len(name), country=code))
    return out


# 'Leading the consortium is the British Geological Survey', 'Co-leading, with the satellite work, is X': the role
# told before the verb, the organisation after it
_FRONTED = re.compile(
    r"^\s*(?:Also\s+)?(?P<role>Co-?leading|Leading|Co-?ordinating|Coordinating|Hosting|Funding|Chairing)\b"
    r"[^.;]{0,120}?\s(?:is|are|will be)\s+(?:the\s+)?(?=[A-Z])"
)
_FRONTED_ROLES = {"co": "co", "le": "lead", "ch": "lead", "ho": "host", "fu": "organiser"}


# 'At the University of Reading, atmospheric scientist Tomás Ibarra will lead a hub on contrails': the body set
# first, then its person who leads
_AT_ORG_LEADS = re.compile(
    r"^\s*At\s+(?:the\s+)?(?P<org>[A-Z][^,;]{2,80}?),\s+(?:[a-z][\w\-]*\s+){0,4}(?:(?:Professor|Prof\.|Dr\.?)\s+)?"
    r"[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,2}\s+(?:will\s+)?(?P<role>co-?lead|lead)s?\b"
)


# 'co-led by A and B, with Arup and BRE': the ones it is led with, named after 'with' and given no role of their own
_LED_WITH = re.compile(
    r"\b(?:co-?)?led\s+by\b[^;.]*?,\s+with\s+(?P<items>(?:the\s+)?[A-Z](?:(?!\bas\b)[^;:.(])*?)\s*(?:$|[.;])"
)


def _led_with(sentence: str, found: list[Mention]) -> list[Mention]:
    """The partners an English sentence names after its lead, set off by 'with', when that lead was read as one
    (not a rival's, nor an investment round's)."""
    m = _LED_WITH.search(sentence)
    if m is None or not any(f.label in ("lead", "co") and f.end <= m.start("items") for f in found):
        return []
    cue = Cue("institutions", "partner", m.start("items"), m.start("items"))
    spans = _english_items(m.group("items"), m.start("items"), backward=False)
    return [x for a, b in spans if (x := _mention(cue, sentence[a:b], a, b, "en", len(spans)))]


# 'The DOE Office of Science has selected Bridger National Laboratory to lead a new research center'
_SELECTED_TO_LEAD = re.compile(
    r"\b(?:selected|chosen|picked|tapped)\s+(?:the\s+)?(?P<org>(?-i:[A-Z])[^,;]{2,80}?)\s+to\s+(?P<role>co-?lead|lead)\b"
)


def _lead_named(m: re.Match | None) -> list[Mention]:
    """The body a match names (its group 'org') with the lead or co-lead its group 'role' gives: a funder's pick
    ('selected X to lead'), a body set first whose person leads ('At X, ... will lead')."""
    if m is None:
        return []
    role = "co" if m.group("role").lower().startswith("co") else "lead"
    held = _mention(Cue("institutions", role, *m.span("role")), m.group("org"), *m.span("org"), "en", 1)
    return [held] if held else []


def _new_names(found: list[Mention], more: list[Mention]) -> list[Mention]:
    """The mentions of more whose names found does not hold yet."""
    names = {m.name for m in found}
    return [m for m in more if m.name not in names]


def _fronted_role(sentence: str) -> list[Mention]:
    """The organisations of a sentence that opens with the role they hold."""
    fronted = _FRONTED.match(sentence)
    if fronted is None:
        return []
    role = fronted.group("role").lower().replace("-", "")
    label = "co" if role.startswith("co") and role != "coordinating" else _FRONTED_ROLES.get(role[:2], "lead")
    cue = Cue("institutions", label, fronted.start("role"), fronted.end("role"))
    rest = _RELATIVE_TAIL.split(sentence[fronted.end() :], maxsplit=1)[0]
    spans = _english_items(rest, fronted.end(), backward=False)
    return [m for a, b in spans if (m := _mention(cue, sentence[a:b], a, b, "en", len(spans)))]


# 'As research partners, A will model ... and B will provide ...', 'Commercial partner Terra Motion Ltd will supply':
# the role set before the names, where the verbs tell only their work
_AS_KIND = re.compile(r"^\s*As\s+(?:the\s+)?(?P<kind>(?:[a-z\-]+\s+){0,2}[a-z\-]+),")
_KIND_BEFORE = re.compile(
    r"(?:^|\s)(?P<kind>(?:[A-Za-z\-]+\s+)?(?:partner|co-?lead|coordinator|member))\s+(?:the\s+)?$"
)


def _role_set_before(sentence: str, found: list[Mention]) -> list[Mention]:
    """Mentions whose verb gave only a task take the role set before them."""
    opening = _AS_KIND.match(sentence)
    out = []
    for m in found:
        if m.label == "task":
            kind = opening.group("kind") if opening else None
            before = _KIND_BEFORE.search(sentence[: m.start])
            role = bare_role(kind or before.group("kind"), "en") if kind or before else None
            if role and role[1] != "other":
                m = replace(m, table=role[0], label=role[1])
        out.append(m)
    return out


# '... have signed on as partners, as has the Ontario Ministry of the Environment': one more with the same role
_AS_HAS = re.compile(r",\s+as\s+(?:has|have|had|is|are|was|were|did|does|do|will)\s+(?:the\s+)?(?=[A-Z])")


def _as_has(sentence: str, found: list[Mention]) -> list[Mention]:
    """The organisation added after 'as has', with the role of the list before it."""
    out = []
    for more in _AS_HAS.finditer(sentence):
        before = [m for m in found if m.end <= more.start()]
        if not before:
            continue
        rest = _RELATIVE_TAIL.split(sentence[more.end() :], maxsplit=1)[0]
        spans = _english_items(rest, more.end(), backward=False)[:1]
        cue = Cue(before[-1].table, before[-1].label, more.start(), more.start())
        out += [m for a, b in spans if (m := _mention(cue, sentence[a:b], a, b, "en", 1))]
    return out


_RELATIVE_TAIL = re.compile(r",\s+(?:which|who|whose|where)\s|[.;:]")


# 'the universities of Manitoba and Saskatchewan': one head shared by the places after it
_SHARED_HEAD = re.compile(
    r"\b(?P<head>universities|institutes|ministries|departments|cities|counties|provinces|states|governments)\s+of\s+"
    # ('Naples Federico II': a place of up to three words)
    r"(?P<places>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+){0,2}(?:,\s+[A-Z][\w\-]+(?:\s[A-Z][\w\-]+){0,2})*,?\s+and\s+"
    r"[A-Z][\w\-]+(?:\s[A-Z][\w\-]+){0,2})"
)
_SINGULAR_HEAD = {"universities": "University", "ministries": "Ministry", "cities": "City", "counties": "County"}


# '..., the Singapore Institute of Technology (SIT), which is also one of its research partners': the role of
# the name right before the clause.
_WHICH_IS = re.compile(
    r"(?:\s*\([^()]{1,40}\))?,\s+which\s+(?:is|was|will be|has become|becomes)\s+(?:also\s+)?(?:one\s+of\s+)?"
    # ('H2Prüf GmbH in Leuna, which is involved as a subcontractor')
    r"(?:(?:involved|engaged|included|contracted)\s+as\s+(?:an?\s+)?)?"
    r"(?:its|their|the(?:\s+[\w\-]+['’]s)?)?\s*(?:[\w\-]+\s+){0,2}$"
)


def _which_is_role(sentence: str, cues: tuple[Cue, ...]) -> tuple[list[Mention], tuple[Cue, ...]]:
    """Mentions whose role a 'which is ...' clause right after them gives, and the cues left for the rest."""
    out, rest = [], []
    for cue in cues:
        # (a role it is, 'one of its research partners'; not what is done to it, 'which is led by X')
        role = sentence[cue.start : cue.end]
        clause = None if re.search(r"\bby$|ed$|\b(?:join|include)", role) else _WHICH_IS.search(sentence, 0, cue.start)
        if re.match(r"(?:joins?|will join|takes? part|participates?)\b", role) and re.match(
            r"\s+as\b", sentence[cue.end :]
        ):
            # ('Japan's AIST, which joins as an international partner': the role it joins in)
            # ('Veritas Biosensing Inc., a Minneapolis company that joins as the industry partner')
            clause = re.search(
                r"(?:\s*\([^()]{1,40}\))?,\s+(?:an?\s+[^,;()]{1,60}?\s+(?:that|which)|which)\s+(?:will\s+|also\s+)?$",
                sentence[: cue.start],
            )
        elif clause is None and re.fullmatch(r"co-?leads|(?:will\s+)?hosts?\s+it", role, re.I):
            # ('X, which leads it, and Y, which co-leads it with ...': the name before each clause holds its role)
            clause = re.search(r"(?:\s*\([^()]{1,40}\))?,\s+which\s+(?:also\s+|now\s+)?$", sentence[: cue.start])
        elif clause is None and cue.label == "organiser" and re.match(r"(?:will\s+)?(?:co-)?fund", role):
            # ('according to JST, which runs the program and will fund the work': the second verb of its clause)
            clause = re.search(r",\s+which\s+[^,;()]{1,60}?\s+and\s+(?:also\s+)?$", sentence[: cue.start])
        spans = _english_items(sentence[: clause.start()], 0, backward=True) if clause else []
        if spans and (place := re.match(r"[\da-z].*\s(?:at|in)\s+(?:the\s+)?", sentence[spans[-1][0] : spans[-1][1]])):
            spans[-1] = (spans[-1][0] + place.end(), spans[-1][1])  # ('to open in 2026 at X, which will host it')
        held = _mention(cue, sentence[spans[-1][0] : spans[-1][1]], *spans[-1], "en", 1) if spans else None
        if held:
            out.append(held)
        else:
            rest.append(cue)
    return out, tuple(rest)


def _shared_heads(sentence: str, found: list[Mention], cues: tuple[Cue, ...]) -> list[Mention]:
    """Each place after a plural head stands for the head's own organisation ('University of Manitoba'), with the
    role of the list it is in, or of the cue before it ('Partners include the universities of Oslo and Bergen')."""
    for shared in _SHARED_HEAD.finditer(sentence):
        head = shared.group("head")
        head = _SINGULAR_HEAD.get(head, head[:-1].capitalize())
        inside = [m for m in found if m.start < shared.end() and m.end > shared.start()]
        # (a funder among places: 'with contributions from the provinces of Carinthia and Styria')
        local = head in ("Province", "State", "City", "County")
        before = [c for c in cues if c.end <= shared.start() and (c.label != "organiser" or local)]
        if not inside and (not before or _OTHER_PROGRAMME.search(sentence, 0, before[-1].start)):
            continue  # (nor 'The other two hubs ... will be led by the universities of Bath and Nottingham')
        like = inside[0] if inside else Mention(before[-1].table, before[-1].label, "", 0, 0)
        found = [m for m in found if m not in inside]
        for place in re.finditer(r"[A-Z][\w\-]+(?:\s[A-Z][\w\-]+){0,2}", shared.group("places")):
            at = shared.start("places") + place.start()
            found.append(
                replace(
                    like, name=place.group(0), org=f"{head} of {place.group(0)}", start=at, end=at + len(place.group(0))
                )
            )
    return found


# '... is putting $5.2 million into the network and Genome Atlantic $1.1 million': a second funder, its verb left out
_GAPPED_FUNDER = re.compile(
    rf"(?:,\s*|\s+)and\s+(?:the\s+)?(?P<org>[A-Z][\w&.'’\-]*(?:\s+(?:of|for|and|&|[A-Z][\w&.'’\-]*)){{0,6}}?)\s+"
    rf"(?:(?:another|a further|an additional)\s+)?(?={_MONEY})"
)


# '... $5.5 million from NSERC over five years, plus $1.2 million from Alberta Innovates': another funder's amount
_PLUS_FUNDER = re.compile(
    rf",?\s+plus\s+(?:another\s+|an additional\s+|a further\s+)?(?:about\s+|some\s+)?"
    rf"{_MONEY}(?:[^.;]|\.(?=\d)){{0,30}}?\s+"
    r"from\s+(?:the\s+)?(?P<org>[A-Z][\w&.'’\-]*(?:\s+(?:of|for|and|&|[A-Z][\w&.'’\-]*)){0,6}?)(?=\s*(?:[.;,(]|\s+and\b|$))"
)


def _gapped_funders(sentence: str, found: list[Mention]) -> list[Mention]:
    """Funders named after the first with only their amount."""
    funders = [m for m in found if m.label == "organiser"]
    if not funders:
        return []
    cue = Cue("institutions", "organiser", funders[0].start, funders[0].start)
    return [
        m
        for pattern in (_GAPPED_FUNDER, _PLUS_FUNDER)
        for g in pattern.finditer(sentence, funders[0].end)
        if (m := _mention(cue, g.group("org"), g.start("org"), g.end("org"), "en", 1))
    ]


# '..., said Marieke de Groot, packaging director at Noordveld Zuivel and the alliance's first chair': the office
# is held for the organisation the person works at
_OFFICE_HOLDER = re.compile(
    r"(?P<person>[A-Z][\w.\-]+(?:\s+(?:de|van|von|der|da|di|[A-Z][\w.\-]+)){1,3}),\s+"
    r"(?P<title>[a-z][a-z\s\-]{2,40}?)\s+(?:at|of)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w&.\-]*(?:\s+(?:[A-Z][\w&.\-]*|of|for|and|&))*?)\s+and\s+(?:the|its)\s+(?:[\w\-]+['’]s\s+)?"
    r"(?:(?:first|founding|inaugural|new)\s+)?(?P<office>co-?chair|chair(?:man|woman|person)?|president|convener)\b"
)


# '얼라이언스 의장은 박성진 한빛일렉트릭 대표가, 공동의장은 윤혜린 케이클라우드센터 부사장이 맡았다': the
# organisation of the person who holds the chair leads (or co-leads) it.
_OFFICE_HOLDER_KO = re.compile(
    r"(?<![가-힣])(?P<office>(?:공동\s?|초대\s?|신임\s?)?(?:의장|회장|위원장))(?:은|는|에는|에|으로는|엔)\s+"
    rf"(?P<holder>(?:[^\s,]+\s){{2,3}}(?:{TITLES_KO}))(?:이|가)(?=[\s,])"
)
# '위원장은 최윤정 국립원예특작과학원장이, 부위원장은 배동철 한국종자협회장이 맡았다'
_OFFICE_GLUED_KO = re.compile(
    r"(?<![가-힣])(?P<office>(?:공동\s?|부)?(?:의장|회장|위원장))(?:은|는|에는|에|으로는|엔)\s+(?P<person>[가-힣]{2,4})\s"
    r"(?P<org>[가-힣A-Za-z0-9]{2,20}?(?:원|협회|학회|연합회|센터))장(?:이|가)(?=[\s,])"
)
_OFFICE_TAKEN_KO = re.compile(r"맡|선임|선출|추대|취임|임명")


# '부경대의 역할은 공동연구기관이다': an organisation's role, told in a sentence of its own
_ROLE_TOLD_KO = re.compile(
    r"(?:^|\s)(?P<org>[가-힣A-Za-z0-9&]{2,30})의\s역할은\s(?P<role>[가-힣]{2,12})(?:이다|다|이며|이고|으로)(?=[\s.,]|$)"
)


def _role_told_ko(sentence: str) -> list[Mention]:
    """The organisation whose role a Korean sentence states as 'X의 역할은 Y이다'."""
    out = []
    for m in _ROLE_TOLD_KO.finditer(sentence):
        cues = find_cues(m.group("role"), "ko")
        if cues and cues[0].start == 0 and cues[0].end >= len(m.group("role")) - 1:
            cue = Cue(cues[0].table, cues[0].label, m.start("role"), m.end("role"))
            told = _mention(cue, m.group("org"), m.start("org"), m.end("org"), "ko", 1)
            out += [told] if told else []
    return out


_ATTENDED_KO = re.compile(r"\d+\s?여?\s?명(?:이|가)?\s?참석")


_ROLE_BRACKET_KO = re.compile(
    rf"^\s*(?:{LINE_MARKS_KO}\s*){{0,2}}(?P<whole>[(\[](?P<role>[가-힣]{{2,9}}(?:\s[가-힣]{{2,4}})?)[)\]]\s*)(?=[가-힣A-Za-z㈜(])"
)
_ROLE_DASH_KO = re.compile(
    rf"^\s*{LINE_MARKS_KO}?\s*(?P<role>[가-힣]{{2,8}}(?:\s[가-힣]{{2,6}})?)\s+(?P<dash>[―—–-])\s"
)


def _opening_bracket_role(line: str) -> re.Match | None:
    opened = _ROLE_BRACKET_KO.match(line)
    return opened if opened and _bare_role_ko(opened.group("role")) else None


def opens_with_bracket_role(line: str) -> bool:
    """A Korean line that opens with its role in brackets ('○ (공동) 서울대학교 – 분석 파이프라인'): read with its
    sentence, which takes the role, not as an item of the list around it."""
    return _opening_bracket_role(line) is not None


def _bare_role_ko(text: str) -> bool:
    """A Korean role written alone ('주관', '공동연구', '수요기업'): a cue that covers all of it."""
    cues = find_cues(text, "ko")
    return text.replace(" ", "") in BARE_ROLES_KO or bool(cues and cues[0].start == 0 and cues[0].end >= len(text) - 1)


def _office_holder_ko(sentence: str) -> list[Mention]:
    """The organisations whose people a Korean sentence says hold the chair and the co-chair."""
    if not _OFFICE_TAKEN_KO.search(sentence):
        return []
    out = []
    for m in _OFFICE_HOLDER_KO.finditer(sentence):
        *words, title = m.group("holder").split()
        # The person's name is the word at one end: the first ('김태형 한성전기 대표이사') unless that is the
        # organisation ('한수원 전영도 사장', '대한정밀 이정호 대표': a known name, or a longer word than the last).
        first, last = words[0], words[-1]
        org_first = re.fullmatch(r"[가-힣]{2,4}", last) is not None and (
            lookup(first) is not None
            or not re.fullmatch(r"[가-힣]{2,4}", first)
            or (len(first) > 3 and len(last) == 3 and lookup(last) is None)
        )
        person, org = (last, words[:-1]) if org_first else (first, words[1:])
        org_text = " ".join(org)
        org_start = sentence.index(org_text, m.start("holder"))
        role = "co" if m.group("office").startswith("공동") else "lead"
        cue = Cue("institutions", role, m.start("office"), m.end("office"))
        held = _mention(cue, org_text, org_start, org_start + len(org_text), "ko", 1)
        if held:
            out.append(replace(held, person_name=person, person_title=title))
    for m in _OFFICE_GLUED_KO.finditer(sentence):
        # ('부위원장은 배동철 한국종자협회장이': the head's title glued to the body; a vice-chair holds an office)
        office, org = m.group("office"), m.group("org")
        role = "other" if office.startswith("부") else "co" if office.startswith("공동") else "lead"
        held = _mention(Cue("institutions", role, *m.span("office")), org, *m.span("org"), "ko", 1)
        title = "회장" if org.endswith("회") else "센터장" if org.endswith("센터") else "원장"
        if held and all(f.start != held.start for f in out):
            out.append(replace(held, person_name=m.group("person"), person_title=title))
    return out


def _office_holder(sentence: str, found: list[Mention]) -> list[Mention]:
    """The organisation whose person holds the programme's chair, told beside the person's own job."""
    out = []
    for m in _OFFICE_HOLDER.finditer(sentence):
        role = "co" if m.group("office").startswith("co") else "lead"
        held = _mention(
            Cue("institutions", role, m.start("office"), m.end("office")),
            m.group("org"),
            m.start("org"),
            m.end("org"),
            "en",
            1,
        )
        if held and not any(f.start == held.start for f in found):
            out.append(replace(held, person_name=m.group("person"), person_title=m.group("title").strip()))
    return out


# 'Three companies that use AI heavily -- A, B and C -- joined as demand companies': the list set off by dashes
_DASHED_LIST = re.compile(r"^(?P<head>[^—–]{3,200}?\s(?:--|—|–)\s)(?P<list>[^—–;]+?,[^—–;]+?)(?P<tail>\s(?:--|—|–)\s)")


def _dashed_subject(sentence: str, cues: tuple[Cue, ...]) -> str:
    """The sentence with the words around a dashed subject list blanked (same length, so spans hold), when a
    cue follows the list closely: the list is then read as the cue's subject."""
    dashed = _DASHED_LIST.match(sentence)
    if not dashed or not any(0 <= c.start - dashed.end() <= 20 for c in cues):
        return sentence
    head, tail = dashed.group("head"), dashed.group("tail")
    return " " * len(head) + dashed.group("list") + " " * len(tail) + sentence[dashed.end() :]


# 'Ministry of Economy, Trade and Industry': a portfolio whose commas belong to the name
_COMMA_PORTFOLIO_RUN = re.compile(
    r"\b(?:Ministry|Department|Secretariat|Minister)\s+(?:of|for)\s+[A-Z][a-z\-]+(?:,\s+[A-Z][a-z\-]+)+,?\s+and\s+"
    r"[A-Z][a-z\-]+\b"
)


def _english_agency_subject(sentence: str, cues: list[Cue]) -> list[Mention]:
    """'The Ministry of Science and ICT selected ...': a government subject of a programme verb."""
    verb = _AGENCY_VERBS_EN.search(sentence)
    # (not 'X will provide test sites', a part in the work the cue gives)
    if not verb or verb.start() > 160:
        return []
    if any(c.start < verb.start() or (c.label == "task" and c.start == verb.start()) for c in cues):
        return []
    # ('Today, the Government of Saskatchewan announced ...': when, before the subject)
    lead = re.match(r"^\s*(?:Today|Yesterday|On\s+\w+(?:\s+\d{1,2})?|This\s+week|Earlier\s+today),\s+", sentence)
    at = lead.end() if lead else 0
    # (a portfolio's commas are its own: 'Japan's Ministry of Economy, Trade and Industry (METI) will provide')
    text = _COMMA_PORTFOLIO_RUN.sub(lambda r: r.group(0).replace(",", "\u02bc"), sentence[at : verb.start()])
    head = re.split(r",|\s+(?:said|has|have|had|will|is|was|which|on)\b", text, maxsplit=1)[0]
    run = _cap_run(head)
    if run is None:
        return []
    name = sentence[at + run[0] : at + run[1]]
    if infer_type(clean_english_name(re.sub(r"^the\s+", "", name, flags=re.I))[0], default="") not in (
        "government",
        "public_agency",
    ):
        return []
    start, end = at + run[0], at + run[1]
    m = _mention(Cue("institutions", "organiser", start, end), name, start, end, "en", 1)
    return [m] if m else []


__all__ = ["Mention", "follow_on_mentions", "has_bracket_role", "item_mention", "sentence_mentions"]
