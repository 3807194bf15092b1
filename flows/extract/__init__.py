"""Extraction: cleaned articles -> members, institutions, milestones and organisations.

The stage works on a whole batch: sentences are split for every article at once, cheap Polars
filters pick the sentences that can hold a fact, and Kiwi tokenizes only those, in one call.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

import polars as pl

from flows.dates import fiscal_country, local_date
from flows.extract import orgs
from flows.extract.anaphora import ANAPHOR_HINT, referents
from flows.extract.cues import Cue, find_cues, is_verb_cue
from flows.extract.lists import list_mentions, section_cue
from flows.extract.mentions import (
    ANNOUNCES_EN,
    FUNDING_SCHEME_EN,
    clause_subjects,
    english_follow_on,
    follow_on_mentions,
    item_mention,
    names_they_are,
    quoted_programmes,
    sentence_mentions,
    teams_from_countries,
)
from flows.extract.milestones import project_month_milestones, sentence_milestones
from flows.extract.people import attach_people
from flows.extract.programs import (
    counted_number,
    founded_other_en,
    founds_other_ko,
    member_of_other,
    other_programme,
    other_programme_ko,
    program_name,
    stated_count,
    turns_to_other_ko,
)
from flows.extract.sentences import kiwi, split_sentences
from flows.extract.tables import role_lines, table_mentions, table_rows
from flows.extract.venues import sentence_venues, venue_owned
from flows.places import page_zone
from schemas import columns

# Literal prefilters (Polars' regex engine has no look-around): a sentence without any of these
# words cannot hold a role, membership, date or venue, and skips the slower per-sentence parsing.
_CUE_WORDS = (
    r"(?i)밝혔|부담|신규|출연|투입|국비|시비|도비|지방비|꾸렸|곳이\s함께|학이\s함께|사가\s함께|국제\s?공동\s?연구|[(\[](?:공동|위탁|주관|참여|협력|국외|해외|국제)|[|｜]\s?(?:공동|위탁|협력)|collaborat|teamed|기관|기업|회원|멤버|수요|주최|후원|간사|사무국|회장사|의장사|회장교|의장교|분과장|리더사|과제를\s?관리|주관|총괄|가입|합류|참여|구성사|발기인|창립|이름을|이끄|이끈|이끌|꾸려|꾸리기로|결성|구성하기로|구성됐|구성된|구성되|이뤄졌|이루어졌|"
    r"member|partner|signing|signator|newcomer|picked|grant|led by|lead|are:|the hub\b|central hub|committed|pledged|"
    r"put in|invested|range from|run from|home institution|sanction|pilot|공동\s?연구를\s?(?:맡|담당)|"
    r"funded|organi[sz]ed|sponsored|backed|financed|supported|hosted|held at|"
    r"took place|based at|housed at|coordinat|headed|chair|join|signed|contracted|consigned|commissioned|"
    r"secretariat|convened|founding|initial|inaugural|funding from|선정|지원|추진|공모|지정|발표|사업|"
    r"selected|fund|financ|designated|announced|awarded|administers|oversees|launched|provid|particip|made up|"
    r"compris|consist|composed|founded|founder|alongside|anchored|administer|behalf|managed|underwritten|backing|"
    r"admit|joint|co-|cohort|leads|coordinat|secretariat|contribut|include|demand|host|take part|taking part|"
    r"manage|support|affiliate|directed|-led|won |wins |secure|receive|contract|formed|establish|set up|"
    r"they include|these include|the ones|counts|together|heads |convener|elected|appointed|comes from|came from|"
    r"million from|billion from|paid by|paid for by|"
    r"will run|"
    r"out of|end.users?|nodal|suppl|lend|offer|give |available|observer|advis|spokes|\(spoke\)|\(hub\)|sites|sponsor|"
    r"implementing|executing|adding|invest|committing|putting|pumping|"
    r"kicking in|chipping in|bankroll|will spend|unveiled|inaugurated|"
    r"opened|universities|institutions|institutes|organisations|organizations|carry out|conduct|undertake|perform|"
    r"위원장|운영\s?위원|해외\s?협력|국외\s?협력|옵서버|옵저버|위탁|보태|보탠|보탤|들어[와왔온오]|의장[은는에으엔]|회장[은는에으엔]|실증|자문|재정|파트너|협력사|이뤄진|이루어진|꾸려진|"
    r"the others|the rest|remaining|make up|part of|work with|collaborate with|closely with|among|they are|"
    r"these are|they were|internationally|top-up|comes through|came through|named|"
    r"(?:출범식|개소식|발대식|협약식|착수식|창립총회)[을를]\s?(?:열|개최)|"
    r"(?:과제|사업)\s?(?:기획\S*\s?)?관리[는은를을]|(?:공동|위탁|국제\s?공동)\s?(?:연구|개발)?\s?[:：―—–]"
)
_DATE_WORDS = (
    r"(?i)\d|올해|금년|내년|이듬해|지난해|작년|재작년|내후년|오늘|이날|당일|어제|전날|내일|다음날|이튿날|이달|"
    r"다음 ?달|내달|지난 ?달|연말|연초|상반기|하반기|year|month|today|yesterday|tomorrow|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|half|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|quarter|"
    r"spring|summer|autumn|fall|winter|week|봄|여름|가을|겨울"
)
_VENUE_WORDS = r"(?i)에서|\bat\b"
# '회원기관은 23곳이다.', '참여 기업은 다음과 같다.': a sentence that announces the list in the next one.
_ANNOUNCES = re.compile(
    r"(?:\d+|두|세|네|다섯|여섯)\s*(?:곳|개사|개\s?기관|개\s?기업|개)\s*(?:이다|다|에\s?달한다|이며|입니다|이에요|예요)|"
    r"다음과\s?같|아래와\s?같|"
    r"\d+\s*여?\s*(?:곳|개사|개\s?(?:기업|기관|사)(?:·(?:기업|기관))?)(?:이|가)?\s*(?:(?:추가|신규|새로)\s*)?"
    r"(?:[가-힣]{2,6}\s?[가-힣]{0,6}(?:으로|로)\s*)?(?:참여|합류|가입|이름)|"  # ('7곳이 창립 회원으로 참여했다')
    # '다음 6개사의 신규 가입을 의결하였습니다.' and the names on the next line
    r"다음\s?\d+\s*(?:곳|개사|개\s?(?:기업|기관|사))|"
    # ('신규 회원 다섯 곳의 가입을 승인했습니다.' and the names in the next sentence)
    r"(?:\d+|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:곳|개사|개\s?(?:기업|기관|사))의\s?(?:신규\s?)?가입|"
    # '▲ 2024년 6월 : 출범. 창립 회원사 6곳' closing a line, the names on the next
    r"(?:회원사|멤버|기관|기업)\s*\d+\s*(?:곳|개사)\s*\)?\s*$|"
    # ('... 검증할 수요기업도 정해졌다.' and the names in the next sentence)
    r"(?:수요\s?기업|참여\s?기업|참여\s?기관|협력\s?기관|회원사)(?:도|은|는|이|가)?\s(?:[가-힣]+\s)?"
    r"(?:정해졌|확정됐|확정되었|결정됐|꾸려졌)"
)

# A sentence about another programme than the article's, and one going on about it.
# ('업계에서는 얼라이언스와 별도로 운영되는 '바이오 소부장 공급망 협의체'와의 역할 분담도 과제로 꼽는다.')
# (naming the other programme: '이와 별도로 한국급식유통이 수요기업으로 들어와' is one more of this one's)
# ('컨소시엄은 이와 별도로 사업 효과 검증을 충북연구원에 위탁해 진행한다': the programme itself does more apart)
_OWN_TOPIC_KO = re.compile(r"\s*(?:이번\s|이\s)?(?:컨소시엄|협의체|사업단|연합체|얼라이언스)(?:은|는|이|가)\s")
_SEPARATE_KO = re.compile(
    # ('한편 환경부는 이날 별도로 ... 사업의 주관기관으로 A를 선정했다': a turn to another one)
    r"(?:(?:이와는?|이번\s?\S+(?:와|과)는?|^\s*한편\s[^.]{0,30}?)\s?(?:별도로|별개로)[^.]{0,60}?"
    # (what is run apart, not an organisation named like one: '이와 별도로 KAIST 반도체설계교육센터(IDEC)가 ... 참여해')
    r"(?:사업|과제|프로젝트|컨소시엄|협의체|협의회|얼라이언스|연합|센터|플랫폼)(?=[을를에은는의도'’\"”]|\s)|"
    r"\S(?:와|과)는?\s?(?:별도로|별개로)\s?(?:운영|추진|진행|출범)|"
    # ('A와 B가 중심이 된 'X 클러스터'가 지난해부터 별도 국비 사업으로 운영되고 있다')
    r"(?:별도|별개)의?\s(?:국비\s|국고\s|정부\s)?(?:사업|과제|프로젝트)(?:으로|로)\s?(?:운영|추진|진행)|"
    r"(?:사업|과제|프로젝트)(?:을|를)\s?(?:별도로|별개로)\s?(?:운영|추진|진행))"  # ('... 사업을 별도로 추진 중이다')
)
# ('이번 얼라이언스는 산업부가 운영 중인 'X 협의회'(사무국 Y)와는 별도의 협의체로': the other one's bodies, even
# with the article's own programme the topic)
_APART_FROM_KO = re.compile(
    r"\S(?:와|과)는?\s?(?:별도|별개)의\s?(?:사업|과제|프로젝트|컨소시엄|협의체|협의회|얼라이언스|연합|조직|기구)"
)
_THAT_PROGRAMME_KO = re.compile(
    r"^\s*(?:\S+\s){0,3}?(?:이|해당|그)\s?(?:사업|과제|프로젝트|컨소시엄|협의체|협의회|얼라이언스|포럼|연합)(?:에는|에|은|는|의)\s"
)
_COUNTED_PARTNERS = r"\b(?:universities|institutions|institutes|organi[sz]ations|research cent(?:er|re)s)$"
# 'Four research institutions are working with ...', 'Two companies are also part of the team': a count of a kind
# before its verb (loosely, for Polars; ANNOUNCES_EN reads it).
_COUNTS_KIND_EN = (
    r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[a-z\-]+\s+)?(?:universities|institutions|"
    r"institutes|organi[sz]ations|companies|firms|partners|research cent(?:er|re)s)\s+"
    r"(?:are|have|will|also|were|joined|take part|took part)\b"
)
# 'B가 주관하고 C가 참여한 '... 얼라이언스'도 도전장을 냈지만 평가에서 밀렸다', 'a rival bid led by X was not
# selected': the organisations of a bid that lost
_LOST_BID = re.compile(
    r"고배를|탈락(?:했|한|하|의)|(?:평가|심사|경쟁)에서\s?(?:밀렸|밀린|떨어졌|떨어진)|낙방|선정되지\s?(?:못|않)|"
    r"\b(?:lost out|(?:was|were) not (?:selected|chosen|funded)|unsuccessful (?:bid|application|proposal)|"
    r"failed to win|missed out)\b|"
    # ('... was not selected. Neither was a New Mexico bid led by X')
    r"^\s*(?:Neither|Nor)\s+(?:was|were)\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?(?:bid|application|proposal|team)\b"
)

# 'It was not selected.' after the sentence that named a bid's members
_LOST_AFTER = re.compile(
    r"^\s*(?:It|They|That bid|The bid|That proposal|That team)\s+(?:was|were)\s+not\s+(?:selected|chosen|funded)\b|"
    r"^\s*(?:It|They)\s+(?:lost out|did not win|missed out)\b"
)

# Column order of each table comes from its contract in schemas/.
MEMBER_COLUMNS = columns("members")
INSTITUTION_COLUMNS = columns("institutions")
MILESTONE_COLUMNS = columns("milestones")

SCHEMAS = {
    "members": {
        "article_id": pl.Utf8,
        "org_id": pl.Utf8,
        "name": pl.Utf8,
        "membership_type": pl.Utf8,
        "program_name": pl.Utf8,
        "evidence": pl.Utf8,
        "span_start": pl.Int64,
        "span_end": pl.Int64,
    },
    "institutions": {
        "article_id": pl.Utf8,
        "org_id": pl.Utf8,
        "name": pl.Utf8,
        "role": pl.Utf8,
        "person_name": pl.Utf8,
        "person_title": pl.Utf8,
        "country": pl.Utf8,
        "evidence": pl.Utf8,
        "span_start": pl.Int64,
        "span_end": pl.Int64,
    },
    "milestones": {
        "article_id": pl.Utf8,
        "milestone_id": pl.Utf8,
        "start_date": pl.Date,
        "end_date": pl.Date,
        "date_precision": pl.Utf8,
        "kind": pl.Utf8,
        "label": pl.Utf8,
        "evidence": pl.Utf8,
        "span_start": pl.Int64,
        "span_end": pl.Int64,
    },
    "organizations": {
        "org_id": pl.Utf8,
        "canonical_name": pl.Utf8,
        "org_type": pl.Utf8,
        "country": pl.Utf8,
        "aliases": pl.List(pl.Utf8),
    },
}


@dataclass
class Extraction:
    """The tables extracted from one batch of articles."""

    articles: pl.DataFrame
    members: pl.DataFrame
    institutions: pl.DataFrame
    milestones: pl.DataFrame
    organizations: pl.DataFrame

    def tables(self) -> dict[str, pl.DataFrame]:
        """Table name -> frame, in load order."""
        return {
            "articles": self.articles,
            "organizations": self.organizations,
            "members": self.members,
            "institutions": self.institutions,
            "milestones": self.milestones,
        }


def _register_lexicon_words() -> None:
    k = kiwi()
    if getattr(k, "_hubetl_words", False):
        return
    for entry in orgs.lexicon().values():
        for name in (entry.canonical_name, *entry.aliases):
            # Short names ('에코프로') are also the first part of other names ('에코프로씨엔지'): Kiwi would cut
            # those apart, so only names long enough not to be a prefix of others are taught to it.
            if len(re.findall(r"[가-힣]", name)) >= 5 and " " not in name:
                k.add_user_word(name, "NNP")
    k._hubetl_words = True


# A project fact box: 'Start date: 1 January 2026' and 'End date: 31 December 2029' on lines of their own.
_FACT_BOX = re.compile(
    r"(?im)^[ \t]*(?:start(?:ing)?\s+date|project\s+start|시작일|사업\s?시작일?)[ \t]*[:：][^\n]{4,40}\n"
    r"[ \t]*(?:end(?:ing)?\s+date|project\s+end|종료일|사업\s?종료일?)[ \t]*[:：][^\n]{4,40}$"
)


# 'Its members include ...' after a sentence about an advisory board: the board's members.
_ITS_MEMBERS = re.compile(r"^\s*(?:Its|Their)\s+(?:members|membership)\b")
_ADVISES = re.compile(
    r"\b(?:advisory|steering|scientific)\s+(?:board|committee|council|panel|group)\b|\bboard of advisers\b", re.I
)


# A photo's caption names who is in the picture, not who is in the programme.
_CAPTION = re.compile(
    r"^\s*[\[(【]\s*(?:사진|Photo|PHOTO|Pictured)\b|기념\s?촬영을\s?하고|포즈를\s?취하고|"
    r"\b(?:pictured|seen here|pose for a photo|(?:from\s+)?left to right)\b"
)


_COUNT_KO = re.compile(r"(?P<n>\d+|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:곳|개사|개\s?기관|개\s?기업)")
_NUMBERS_KO = {"두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10}


def _count_ko(sentence: str) -> int | None:
    """The count a Korean sentence states ('참여기업은 네 곳이다' -> 4), or None."""
    m = _COUNT_KO.search(sentence)
    return None if m is None else int(m["n"]) if m["n"].isdigit() else _NUMBERS_KO[m["n"]]


def _country_org(code: str) -> str:
    return f"international partner ({code})"


# A line that opens with its date: 'Q2 2026 ...', 'March 2027: ...', '2026. 5. ...', '- 2027년 3월 ...'
_DATED_LINE = (
    r"^\s*(?:[-•*·▲△■□○◦]\s*)?(?:(?:Q[1-4]|H[12])\s*(?:19|20)\d{2}|(?:19|20)\d{2}(?:\s*[.\-/년]\s*\d{1,2}\s*월?)?|"
    r"(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d{2})"
    r"\b\.?\s*(?:[-–—:|]\s*)?[A-Za-z가-힣]"
)


def extract(articles: pl.DataFrame) -> Extraction:
    """Extract every table from a batch of cleaned articles (article_id, title, body, language, published_at)."""
    announces = pl.col("sentence").str.contains(_ANNOUNCES.pattern)
    counts_en = pl.col("sentence").str.contains(_COUNTS_KIND_EN)
    sentences = split_sentences(articles).with_columns(
        # A sentence right after one that announces a list ('30여 개 기업이 참여했다.') is read as well, and the one
        # after it ('참여기업은 네 곳이다. A는 X를, B는 Y를 개발한다. C와 D는 Z를 맡는다.'); in English, the few
        # after a count of a kind, which may name them one by one ('Four institutions are working with X. NARO
        # will ... RIKEN will ...').
        (
            pl.col("sentence").str.contains(_CUE_WORDS)
            | announces.shift(1).over("article_id").fill_null(False)
            | announces.shift(2).over("article_id").fill_null(False)
            | pl.any_horizontal(counts_en.shift(n).over("article_id").fill_null(False) for n in range(4))
        ).alias("has_cue"),
        pl.col("sentence").str.contains(_DATE_WORDS).alias("has_date"),
        pl.col("sentence").str.contains(_VENUE_WORDS).alias("has_venue"),
    )
    # A timeline: lines that open with their date, one after another ('Q2 2026 First call for proposals').
    dated = pl.col("sentence").str.contains(_DATED_LINE)
    sentences = sentences.with_columns(
        (
            dated
            & (dated.shift(1).over("article_id").fill_null(False) | dated.shift(-1).over("article_id").fill_null(False))
        ).alias("timeline")
    )
    meta = {
        r["article_id"]: r
        for r in articles.select("article_id", "title", "body", "language", "published_at").iter_rows(named=True)
    }
    candidates = sentences.filter(pl.col("has_cue") | pl.col("has_date") | pl.col("has_venue"))
    rows = list(candidates.iter_rows(named=True))
    # The sentence before each one that refers back to organisations by count and kind ('The two universities').
    referring = candidates.filter(pl.col("has_cue") & pl.col("sentence").str.contains(ANAPHOR_HINT))
    before = {
        (aid, n + 1): (start, text)
        for aid, n, start, text in sentences.join(
            referring.select("article_id", (pl.col("sent_no") - 1).alias("sent_no")), on=["article_id", "sent_no"]
        )
        .select("article_id", "sent_no", "start", "sentence")
        .iter_rows()
    }

    korean_cue = [r for r in rows if r["has_cue"] and meta[r["article_id"]]["language"] == "ko"]
    tokens: dict[tuple[str, int], list] = {}
    if korean_cue:
        _register_lexicon_words()
        for r, toks in zip(korean_cue, kiwi().tokenize([r["sentence"] for r in korean_cue]), strict=True):
            tokens[(r["article_id"], r["sent_no"])] = toks

    members, institutions, milestones = [], [], []
    boxes = {aid: [m.span() for m in _FACT_BOX.finditer(a["body"])] for aid, a in meta.items()}
    fiscal = {aid: fiscal_country(a["body"]) if a["language"] == "en" else "" for aid, a in meta.items()}
    # (the day a page was published where it is written from: flows.places)
    zones = {aid: page_zone(a["body"], a["language"]) for aid, a in meta.items()}
    announcing: dict[str, tuple] = {}  # article -> (sentence, cue, count) that announced a list
    held: dict[str, list] = {}  # article -> (mention, sentence, start) told one by one after a count, not yet all
    member_sentences: dict[str, dict[str, None]] = {}  # article -> sentences with members, each once
    context: dict[str, tuple[str, int]] = {}  # article -> (membership type, end of its paragraph)
    # Rows of tables with a column of roles are read as tables (flows.extract.tables), not as sentences.
    table_read = {(aid, start) for aid, a in meta.items() for start in table_rows(a["body"], a["language"])}
    separate: dict[str, int] = {}  # article -> sentence that turned to a separate programme
    program = {aid: program_name(a["title"], a["body"], a["language"]) for aid, a in meta.items()}
    previous: dict[str, tuple[int, str]] = {}  # article -> the sentence read before this one
    told_day: dict[str, date] = {}  # article -> the last day a milestone was told on ('이날' refers back to it)
    told_before: dict[str, tuple[int, list[dict]]] = {}  # article -> (sentence, rows its names gave)
    for r in rows:
        a = meta[r["article_id"]]
        lang, base, sentence, aid = a["language"], r["start"], r["sentence"], r["article_id"]
        prior = previous.get(aid, (-1, ""))
        prior = prior[1] if prior[0] == r["sent_no"] - 1 else ""
        previous[aid] = (r["sent_no"], sentence)
        separately = (_SEPARATE_KO.search(sentence) and not _OWN_TOPIC_KO.match(sentence)) or _APART_FROM_KO.search(
            sentence
        )
        if lang == "ko" and (separately or turns_to_other_ko(sentence, program[aid])):
            # '한편 산업부는 이와 별도로 ... 사업을 진행 중이다. 이 사업에는 A와 B가 참여하고 있다.': another one's
            separate[aid] = r["sent_no"]
            continue
        if lang == "ko" and founds_other_ko(sentence, program[aid], a["title"], a["body"]):
            separate[aid] = r["sent_no"]  # ("환경부가 지난해 꾸린 '... 협의회'와 ..." then '이 협의회에는 A, B가 참여')
        told = told_before.get(aid)
        if told and told[0] == r["sent_no"] - 1 and _LOST_AFTER.match(sentence):
            # ('A rival bid was led by X. It was not selected.': the names of the sentence before lost)
            lost = {id(row) for row in told[1]}
            members[:] = [row for row in members if id(row) not in lost]
            institutions[:] = [row for row in institutions if id(row) not in lost]
        if (separate.get(aid) == r["sent_no"] - 1 and _THAT_PROGRAMME_KO.match(sentence)) or _LOST_BID.search(sentence):
            continue
        if (
            r["has_cue"]
            and (aid, base) not in table_read
            and not (
                lang == "en"
                and (
                    other_programme(sentence, program[aid], a["body"])
                    or founded_other_en(sentence, program[aid], names=True)
                )
            )
            and not (lang == "ko" and other_programme_ko(sentence, program[aid]))
            and not _CAPTION.search(sentence)
        ):
            found = sentence_mentions(sentence, lang, tokens.get((aid, r["sent_no"])))
            if lang == "en" and member_of_other(sentence, program[aid]):
                found = [m for m in found if m.table != "members"]  # ('X is a member of the Russell Group')
            if others := _OTHERS_LED.search(sentence):
                found = [m for m in found if m.start < others.start()]  # ('...; the others are led by A and B')
            if lang == "en" and (head := section_cue(a["body"], base, lang)) and head.label == "international":
                # ('International collaborators' over 'X will also work with A, and with groups in Chile'): partners
                # abroad, the named and the unnamed
                found = [
                    replace(m, label="international") if (m.table, m.label) == ("institutions", "partner") else m
                    for m in found
                ]
                found += teams_from_countries(sentence, (head,), found)
            announced = announcing.pop(aid, None)
            # (a bulleted line with a dash after the announcement is an item of its list, its name on one side and
            # its task on the other: read by flows.extract.lists)
            bulleted = lang == "ko" and re.match(r"\s*[▲△■□●•◆◇▶▷○◎※\-][^\n]*\s[-–—]\s", sentence)
            if announced and announced[0] == r["sent_no"] - 1 and (aid, r["sent_no"]) in tokens and not bulleted:
                claimed = {m.start for m in found}
                followed = [
                    m
                    for m in follow_on_mentions(sentence, tokens[(aid, r["sent_no"])], announced[1])
                    if m.start not in claimed
                ]
                found += followed
                if (
                    followed
                    and announced[2]
                    and len(followed) < announced[2]
                    and not re.match(r"[ \t]*\n", a["body"][base + len(sentence) :])
                ):
                    # (the names the count announced go on into the next sentence of the paragraph)
                    announcing[aid] = (r["sent_no"], announced[1], announced[2] - len(followed))
            elif (
                announced
                and announced[0] >= r["sent_no"] - 2
                and lang == "en"
                # (found besides them: a funder in a clause about one, 'X, whose work is funded by Y, will ...', or
                # the work one takes on, 'X, which quarries limestone, will supply lime')
                and (
                    all(m.label in ("organiser", "task") and m.label != announced[1].label for m in found)
                    # ('The coalition has 27 partner organizations.' then 'They include A, B and C': the partners
                    # counted, not members of a list of its own)
                    or (names_they_are(sentence) and all(m.label == "member" for m in found))
                )
            ):
                # ('... is eight founding members.' then 'Nine was the plan.' then 'So the eight are: A; B; ...')
                besides, written = [m for m in found if m.label in ("organiser", "task")], found
                found = english_follow_on(sentence, announced[1], announced[2])
                subjects = [] if found or not announced[2] else clause_subjects(sentence, announced[1])
                if found:  # ('From industry, they are A, B.' then 'From academia, they are C, D.')
                    announcing[aid] = (r["sent_no"], announced[1], None)
                elif subjects and announced[0] == r["sent_no"] - 1:
                    # Told one by one over the next sentences: kept only once they add up to the count.
                    gathered = held.pop(aid, []) + [(m, sentence, base) for m in subjects]
                    if len(gathered) == announced[2]:
                        for m, text, start in gathered:
                            row = _row(aid, text, start, m.start, m.end, **_org_fields(m))
                            _add_mention(m, row, members, institutions)
                    elif len(gathered) < announced[2]:
                        held[aid] = gathered
                        announcing[aid] = (r["sent_no"], announced[1], announced[2])
                elif announced[0] == r["sent_no"] - 1:
                    announcing[aid] = announced  # (one sentence between the count and its names)
                if found and besides != written:
                    # (the names of the list the sentence goes on to, 'as well as two smaller companies: A and B')
                    named = {m.name for m in found}
                    besides += [m for m in written if m.name not in named and m not in besides]
                found = besides + found if found or besides == written else written  # (no names after all)
                if not found and not subjects and (counted := _counted_en(sentence)):
                    # ('... and two northern universities launched it.' then 'The consortium has nine founding
                    # members.': a count of its own, its names to follow)
                    held.pop(aid, None)
                    announcing[aid] = (r["sent_no"], *counted)
            elif (
                lang == "en"
                and (counted := _counted_en(sentence))
                # (not 'Two customers have signed on as demand companies: A and B', named where they are counted)
                and not any(m.label == counted[0].label for m in found)
            ):
                # 'The network has 14 founding members.': names follow as 'they are ...'
                held.pop(aid, None)
                announcing[aid] = (r["sent_no"], *counted)
            elif lang == "ko" and _ANNOUNCES.search(sentence):
                # '초기 멤버로는 모두 11곳이 참여했다.', '공동연구기관은 세 곳이다.': names follow next.
                cues = [c for c in find_cues(sentence, lang) if not any(m.label == c.label for m in found)]
                specific = [c for c in cues if c.label not in ("member", "partner")]
                if cues:
                    announcing[aid] = (r["sent_no"], (specific or cues)[-1], _count_ko(sentence))
            found = _in_context(found, sentence, lang, a["body"], base, aid, context)
            if lang == "en" and _ITS_MEMBERS.match(sentence) and _ADVISES.search(prior):
                # 'An industry advisory board will steer the research. Its members include A, B and C.': a part
                # in the work, not membership of the programme
                found = [replace(m, table="institutions", label="other") if m.table == "members" else m for m in found]
            if (aid, r["sent_no"]) in before:
                before_start, before_text = before[(aid, r["sent_no"])]
                for m in _referred(sentence, before_text, lang, [m.start for m in found]):
                    row = _row(aid, before_text, before_start, m.start, m.end, **_org_fields(m))
                    _add_mention(m, row, members, institutions)
            counts = len(members), len(institutions)
            for m in found:
                _add_mention(m, _row(aid, sentence, base, m.start, m.end, **_org_fields(m)), members, institutions)
                if m.table == "members":
                    member_sentences.setdefault(aid, {})[sentence] = None
            told_before[aid] = (r["sent_no"], members[counts[0] :] + institutions[counts[1] :])
        if r["has_venue"]:
            for name, start, end in sentence_venues(sentence, lang):
                owned = venue_owned(sentence, name) if lang == "ko" else None
                institutions.append(_row(aid, sentence, base, start, end, name=name, role="host", _org=owned))
        if (
            r["has_date"]
            and not any(s <= base < e for s, e in boxes.get(aid, ()))
            # (the founding of another body told beside the programme's: 'A rival effort, the X Forum, was set up
            # last year by ...', "지난 10월 출범한 'X 협의체'와 역할이 겹친다")
            and not (lang == "ko" and founds_other_ko(sentence, program[aid], a["title"], a["body"]))
            and not (lang == "en" and founded_other_en(sentence, program[aid]))
            and not _CAPTION.search(sentence)
        ):
            published = local_date(a["published_at"], zones[aid])
            for ms in sentence_milestones(sentence, published, fiscal[aid], told_day.get(aid), r["timeline"]):
                start, end = ms.pop("start"), ms.pop("end")
                if ms["date_precision"] == "day" and sentence[start:end] not in ("이날", "당일"):
                    told_day[aid] = ms["start_date"]
                milestones.append(_row(aid, sentence, base, start, end, **ms))

    told_ms: dict[str, list[dict]] = {}  # article -> the milestones its sentences gave
    for r in milestones:
        if r["end_date"]:
            told_ms.setdefault(r["article_id"], []).append(r)
    for aid, a in meta.items():
        body = a["body"]
        boxed = []
        for s, e in boxes.get(aid, ()):
            # The fact box's two lines read as one: 'Start date: ... / End date: ...'.
            text = body[s:e].replace("\n", " ")
            for ms in sentence_milestones(text, local_date(a["published_at"], zones[aid]), fiscal[aid]):
                boxed.append(_row(aid, body[s:e], s, ms.pop("start"), ms.pop("end"), **ms))
        milestones += boxed
        if a["language"] == "en":
            told = told_ms.get(aid, []) + boxed
            phases = [(r["start_date"], r["end_date"]) for r in told if r["kind"] == "phase" and r["start_date"]]
            dated = {(r["span_start"], r["end_date"]) for r in told}
            for ms in project_month_milestones(body, local_date(a["published_at"], zones[aid]), phases):
                start, end = ms.pop("start"), ms.pop("end")
                line_start = body.rfind("\n", 0, start) + 1
                line_end = body.find("\n", end) if "\n" in body[end:] else len(body)
                # (not again a step the line dates itself: 'Month 18 (June 2027) - protocol')
                if not any(line_start <= s < line_end and e == ms["end_date"] for s, e in dated):
                    line = body[line_start:line_end]
                    milestones.append(_row(aid, line, line_start, start - line_start, end - line_start, **ms))
        lines = _block_mentions(body, a["language"]) + table_mentions(body, a["language"])
        for line_start, m in lines + role_lines(body, a["language"]):
            line = body[line_start:].split("\n", 1)[0]
            _add_mention(m, _row(aid, line, line_start, m.start, m.end, **_org_fields(m)), members, institutions)

    _resolve_abbreviations(members + institutions, meta)
    member_df = _with_orgs(members, "membership_type")
    # A plain 'member' row says nothing more once the article states the kind of membership (new, founding ...).
    member_df = member_df.filter(
        (pl.col("membership_type") != "member")
        | (pl.col("membership_type") != "member").any().over("article_id", "org_id").not_()
    )
    # An organisation the article says has left ('2025. 9월 ㈜동명열처리 탈퇴', 'Mitsubishi withdrew from the
    # association') is no longer a member, whatever list it was on before.
    # (nor is the programme itself under its short form: "'K-오토칩 세이프티 얼라이언스(KASA)'에 7곳이 합류")
    # (nor are the people it names, written alone: 'Reinholt will lead the project')
    itself = pl.concat(
        [_named(meta, _programme_short_forms), _named(meta, quoted_programmes), _named(meta, _people_named)]
    )
    member_df = member_df.join(pl.concat([_named(meta, _withdrawn), itself]), on=["article_id", "name"], how="anti")
    inst_df = _with_orgs(institutions, "role").join(itself, on=["article_id", "name"], how="anti")
    # A page cut off mid-word ('... and the Saskatoon crop-protection firm Bo'): its last name is not whole.
    cut = pl.DataFrame(
        {"article_id": list(meta), "cut_at": [_cut_at(a["body"]) for a in meta.values()]},
        schema={"article_id": pl.Utf8, "cut_at": pl.Int64},
    )
    member_df, inst_df = (
        df.join(cut, on="article_id", how="left", maintain_order="left")
        .filter(pl.col("span_end") < pl.col("cut_at"))
        .drop("cut_at")
        for df in (member_df, inst_df)
    )
    # A part in the work told by a verb ('X will supply the sensors') is an organisation's role ('other') only
    # when the article gives it none besides.
    keys = ["article_id", "org_id"]
    roled = pl.concat([member_df.select(keys), inst_df.filter(pl.col("role") != "task").select(keys)])
    tasks = inst_df.filter(pl.col("role") == "task").join(roled, on=keys, how="anti")
    inst_df = (
        pl.concat([inst_df.filter(pl.col("role") != "task"), tasks.with_columns(role=pl.lit("other"))])
        .unique(["article_id", "org_id", "role"], keep="first", maintain_order=True)
        .sort("article_id", "span_start")
        # 'A, B and C signed on as participating institutions' before 'A leads, B co-leads': a lead or co-lead
        # is not a partner besides
        .filter(
            (pl.col("role") != "partner") | ~pl.col("role").is_in(["lead", "co"]).any().over("article_id", "org_id")
        )
    )
    inst_df = _countries_named_after(inst_df)
    organizations = _organizations(member_df, inst_df, articles)
    # Every name the article or the lexicon gives each organisation, to find its people by.
    names: dict[str, set[str]] = {}
    for df in (member_df, inst_df):
        for oid, name, alias in df.select("org_id", "name", "_alias").iter_rows():
            names.setdefault(oid, set()).update(n for n in (name, alias) if n)
    for oid, canonical, aliases in organizations.select("org_id", "canonical_name", "aliases").iter_rows():
        names.setdefault(oid, set()).update([canonical, *aliases])
    inst_df = attach_people(inst_df, {aid: (a["body"], a["language"]) for aid, a in meta.items()}, names)
    counts = {
        aid: stated_count([*member_sentences.get(aid, {}), a["title"] or ""], a["language"]) for aid, a in meta.items()
    }
    articles_out = articles.with_columns(
        pl.col("article_id").replace_strict(program, default=None, return_dtype=pl.Utf8).alias("program_name"),
        pl.col("article_id").replace_strict(counts, default=None, return_dtype=pl.Int32).alias("stated_member_count"),
    )
    member_df = member_df.with_columns(
        pl.col("article_id").replace_strict(program, default=None, return_dtype=pl.Utf8).alias("program_name")
    )
    return Extraction(
        articles=articles_out,
        members=member_df.select(MEMBER_COLUMNS),
        institutions=inst_df.select(INSTITUTION_COLUMNS),
        # Dates of an article that names no organisation in any role are not steps of a programme it is about.
        milestones=_milestones(milestones).filter(
            pl.col("article_id").is_in(pl.concat([member_df["article_id"], inst_df["article_id"]]).implode())
        ),
        organizations=organizations,
    )


def _countries_named_after(inst_df: pl.DataFrame) -> pl.DataFrame:
    """'미국과 벨기에의 연구소가 합류' then 'A(미국)와 B(벨기에)가 참여': a country stands for an unnamed partner only
    while the article names none from it."""
    international = pl.col("role") == "international"
    is_country = pl.col("name").is_in([n for n in inst_df["name"].unique().to_list() if orgs.country_code(n)])
    named_from = (international & ~is_country & pl.col("country").is_not_null()).any().over("article_id", "country")
    return inst_df.filter(~(international & is_country & named_from))


_WITHDREW = re.compile(
    r"(?:탈퇴|철회|withdr[ae]w\w*|pulled out|dropped out|left the (?:alliance|consortium|association|project|network))"
)


# '... one of four hubs announced today; the others are led by A, B and C': the leads of other programmes
_OTHERS_LED = re.compile(
    r"\b(?:the\s+)?(?:others|other\s+(?:\w+\s+)?(?:hubs|centres|centers|consortia|projects|networks|programmes|"
    r"programs|institutes|teams|bids))\s+(?:are|were|will be)\s+(?:led|coordinated|hosted|run)\s+by\b|"
    # ('follows last year's "K-Cloud Inference" project, which was led by A with B as participants')
    r"\b(?:last\s+year['’]s|a\s+previous|the\s+previous|an\s+earlier|a\s+separate)\s+[^.;]{0,60}?\b(?:project|"
    r"programme|program|consortium|initiative|hub|alliance)\b,?\s+(?:which|that)\s+(?:was|is|were)\s+"
    r"(?:led|run|coordinated)\s+by\b"
)


def _withdrawn(body: str) -> set[str]:
    """Names right before a word of leaving ('㈜동명열처리 탈퇴', 'Mitsubishi Heavy Industries withdrew')."""
    out = set()
    for m in _WITHDREW.finditer(body):
        before = re.split(r"[.!?\n]\s", body[max(0, m.start() - 80) : m.start()])[-1]
        name = re.search(
            r"(?:㈜|\(주\))?(?P<name>[가-힣][가-힣A-Za-z0-9&]+|[A-Z][\w&\-]*(?:\s[A-Z][\w&\-]*)*)(?:㈜|\(주\))?\s*(?:은|는|이|가|도|측은)?\s*"
            r"(?:(?:has|had|have|formally|officially|also)\s+)*(?:\([^()]*\)\s*)?$",
            before,
        )
        if name and not re.search(r"(?:에서|에서도|으로부터|로부터)$", name.group("name")):
            out.add(name.group("name"))
        elif re.match(r"탈퇴(?:했|한다|하기로)", body[m.start() :]):
            # ('업체 유니콘트롤은 지난 6월 사업 재편에 따라 협의체에서 탈퇴했다': the sentence's topic left)
            topic = re.search(r"(?:^|\s)(?P<name>[가-힣][가-힣A-Za-z0-9&]{2,20})(?:은|는)\s", before)
            if topic:
                out.add(topic.group("name"))
    return out


_PROGRAMME_SHORT = re.compile(
    r"(?:얼라이언스|컨소시엄|협의체|협의회|연합|포럼|네트워크|사업단|Alliance|Consortium|Network|Forum|Coalition|"
    r"Partnership)['’\"]?\s?\(\s?(?P<short>[A-Za-z][A-Za-z0-9&\-]{1,11})\s?\)|"
    # ("'영남권 AI반도체 설계교육 허브'(이하 허브)": the short name a quoted programme is given)
    r"['’\"”]\s?\(이하\s?['‘\"“]?(?P<short_ko>[^()'’\"”]{1,15}?)['’\"”]?\)"
)


def _named(meta: dict[str, dict], names_in) -> pl.DataFrame:
    """(article_id, name) of the names a function finds in each article's body."""
    rows = [(aid, name) for aid, a in meta.items() for name in names_in(a["body"])]
    return pl.DataFrame(rows, schema={"article_id": pl.Utf8, "name": pl.Utf8}, orient="row")


# 'said Hannah Reinholt, associate professor ...', 'Erik Solheim, professor of entomology at ...', 'agronomist
# Noelia Jiménez Solís': people by name
_TITLE_WORDS = (
    r"(?:(?:associate|assistant|senior|chief|principal|lead|research|executive|managing|deputy)\s+)?(?:professor|director|scientist|researcher|"
    r"engineer|manager|head|president|chair|agronomist|entomologist|economist|ecologist|biologist|physician|"
    r"(?:technology|operating|financial|executive|scientific|medical|research)\s+officer)"
)
_PERSON_NAMED = re.compile(
    r"\b(?:said|says|added|according to)\s+(?:Dr\.?\s+|Prof\.?\s+|Professor\s+)?"
    # (not 'said Genome Canada president Dr. Helen Marchand', "said Northbridge Biologics' CEO")
    r"(?P<said>[A-Z][a-z]+(?:\s[A-Z]\.)?\s+[A-Z][a-z][\w\-]+)\b(?!['’]|\s+(?:president|CEO|chief|director|head|"
    r"chair|founder|vice|spokes|managing|executive|general|senior))|"
    # ('Alan Pryce, the Catapult's chief technology officer': whose officer too)
    rf"\b(?P<titled>[A-Z][a-z]+(?:\s[A-Z]\.)?\s+[A-Z][a-z][\w\-']+),\s+(?:an?\s+|the\s+)?"
    rf"(?:[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){{0,3}}['’]s?\s+)?{_TITLE_WORDS}\b|"
    rf"\b{_TITLE_WORDS}\s+(?P<after>[A-Z][a-z]+(?:\s[A-Z][\w\-']+){{1,2}})"
)


def _cut_at(body: str) -> int:
    """The offset a name must end before to be whole: past the body's end, or its end itself when the page stops
    in the middle of a paragraph (a long last line without a closing mark; a list's last line needs none)."""
    text = body.rstrip()
    last = text.rsplit("\n", 1)[-1]
    listed = re.match(r"\s*(?:[-•*·▪|△▲■□○●◆◇]|\d{1,2}[.)]|[^\s:：]{1,20}(?:\s[^\s:：]+){0,3}\s?[:：]\s)", last)
    if len(last) < 80 or listed or re.search(r"[.!?。…\"'”’)\]|>:다요음함됨]$", text):
        return len(text) + 1
    return len(text)


def _people_named(body: str) -> set[str]:
    """People an English article names, by their full name and by their surname: 'Reinholt will lead the
    project' is a person, not an organisation."""
    out = set()
    for m in _PERSON_NAMED.finditer(body):
        full = m.group("said") or m.group("titled") or m.group("after")
        out |= {full, full.split()[-1]}
    return out


def _programme_short_forms(body: str) -> set[str]:
    """Short forms the article gives the programme ('K-오토칩 세이프티 얼라이언스(KASA)'): no member of itself."""
    return {m.group("short") or m.group("short_ko") for m in _PROGRAMME_SHORT.finditer(body)}


def _referred(sentence: str, before: str, lang: str, found: list[int]) -> list:
    """Mentions, in the sentence before, of the organisations a sentence refers back to ('The two universities
    are co-leads'), with the role its first cue after the reference names; none when the sentence names
    organisations of its own after the reference (found: where its mentions start)."""
    end, names = referents(sentence, before, lang)
    if any(start >= end for start in found):
        return []
    cues = [c for c in find_cues(sentence, lang) if c.start >= end - 1 or c.end > end]
    if lang == "ko":
        # a role by name ('공동연구기관으로'), not a verb ('두 대학은 연구 인력을 지원한다': what they give)
        cues = [c for c in cues if re.search(r"(?:기관|기업|대학|사|처|국|단체|멤버|회원)$", sentence[c.start : c.end])]
    if not names or not cues:
        return []
    return [m for name, s, e in names if (m := item_mention(cues[0], name, s, e, lang))]


# '학계에서는', '화주 쪽에서는', '대학으로는': a sentence opening a group of its own
_SECTOR_TOPIC_KO = re.compile(r"\s*[가-힣]{1,6}(?:\s?(?:쪽|측|분야))?(?:에서는|으로는|로는)\s")


def _in_context(found: list, sentence: str, lang: str, body: str, base: int, aid: str, context: dict) -> list:
    """'창립 회원사는 10곳이다. A와 B가 이름을 올렸다. C도 참여했다.': within a paragraph that named a kind of
    membership, names joined by a plain verb are members of that kind."""
    cues = [c for c in find_cues(sentence, lang) if c.table == "members"]
    specific = [c for c in cues if c.label != "member"]
    if specific:
        end = body.find("\n", base)
        # (and the paragraph after it: '창립 회원사는 9곳이다. 회장사는 A다.' then '소재 쪽에서는 B와 C가 합류했다.')
        end = body.find("\n", end + 1) if end >= 0 else end
        context[aid] = (specific[-1].label, len(body) if end < 0 else end)
        return found
    label, paragraph_end = context.get(aid, ("", -1))
    # (a verb of joining, and the kind of membership after 'as': 'A and B join as full members')
    joins = [c for c in cues if not re.search(r"\bas\s+(?:an?\s+)?(?:[a-z]+\s+)?$", sentence[: c.start])]
    if not label or base >= paragraph_end or not joins or not all(is_verb_cue(sentence, c) for c in joins):
        return found
    if label not in ("founding_member", "initial_member") and _SECTOR_TOPIC_KO.match(sentence):
        return found  # ('화주 쪽에서는 A가 수요기업으로 참여했다. 학계에서는 B가 이름을 올렸다': another group)
    if re.search(r"등\s?\d+\s?(?:개|곳)\s?[가-힣]{1,4}(?:이|가)\s", sentence):
        return found  # ('A, B, C 등 6개 어가가 실증 양식장으로 참여한다': a group counted as its own kind)
    if label in ("founding_member", "initial_member") and re.search(
        r"\bas (?:an? )?(?:regular |full |associate )?members?\b|일반\s?회원", sentence
    ):
        return found  # 'X has joined as a member as well', after the founders: a plain member, said so
    if re.search(
        r"\b(?:joined|signed (?:up|on))\s+(?:in|since|later|afterwards|subsequently|during|after|over)\b|"
        r"\b(?:later|since|subsequently)\s+(?:joined|signed)",
        sentence,
    ) or re.match(r"\s*(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+\d{4}\s+[–—-]\s", sentence):
        return found  # 'B and C joined in 2024', '2 October 2024 – B and C join': after the founding, plain members
    return [replace(m, label=label) if m.table == "members" and m.label == "member" else m for m in found]


def _counted_en(sentence: str) -> tuple[Cue, int | None] | None:
    """The kind an English sentence counts and how many, when its names are to follow ('The network has 14 founding
    members.', 'Three more universities are bringing expertise in ...')."""
    counted = ANNOUNCES_EN.search(sentence)
    if counted is None:
        return None
    cues = [c for c in find_cues(sentence, "en") if ANNOUNCES_EN.search(sentence, max(c.start - 40, 0), c.end)]
    if not cues and re.search(_COUNTED_PARTNERS, counted.group(0)):
        cues = [Cue("institutions", "partner", 0, 0)]  # ('... then 'They are A, B and C': partners)
    elif not cues and re.search(r"\b(?:companies|firms)$", counted.group(0)):
        cues = [Cue("members", "member", 0, 0)]  # ('Two companies are also part of the team.')
    return (cues[-1], counted_number(counted.group(0))) if cues else None


def _org_fields(m) -> dict:
    """Name, bracketed alias, the country of an unnamed partner named by its country, and the organisation a name
    written short stands for."""
    return {
        "name": m.name,
        "_alias": m.alias,
        "_country": m.country if orgs.country_code(m.name) else None,
        "_org": m.org,
    }


# A university's department alone, a role word or a programme's kind read as a name
_NO_BODY_KO = re.compile(
    r"[가-힣]{2,10}(?:학과|학부|전공)|(?:참여|공동|위탁|협력|수요)\s?(?:기업|기관|연구\s?기관|연구개발\s?기관)|총괄|주관|간사|"
    # ('연합의 회장사는 KT': the programme itself, by its kind)
    r"연합|연합체|얼라이언스|협의체|컨소시엄|동맹|추진단|사업단"
)


def _add_mention(m, row: dict, members: list[dict], institutions: list[dict]) -> None:
    """File a mention's row under members or institutions with the fields of that table."""
    if FUNDING_SCHEME_EN.fullmatch(m.name):
        return  # ("the European Union's Horizon Europe research and innovation programme": a funding programme)
    if _NO_BODY_KO.fullmatch(m.name):
        return  # ('기계공학과 한지수 교수팀이 이끈다', '참여기업은 ...': a department or a role word, no organisation
    if m.table == "members":
        members.append(row | {"membership_type": m.label})
    else:
        institutions.append(
            row | {"role": m.label, "person_name": m.person_name, "person_title": m.person_title, "country": m.country}
        )


EVIDENCE_MAX = 1000


def _row(article_id: str, sentence: str, base: int, start: int, end: int, **fields) -> dict:
    """A row with its evidence and its span in the body (base is the sentence's offset in the body).

    Evidence is the sentence; a sentence longer than EVIDENCE_MAX (a list of thousands of names) gives
    the stretch of it around the name instead, so that rows do not each carry a copy of the whole list.
    """
    evidence = sentence
    if len(sentence) > EVIDENCE_MAX:
        lo = max(0, start - EVIDENCE_MAX // 2)
        evidence = sentence[lo : lo + EVIDENCE_MAX]
    return {
        "article_id": article_id,
        "evidence": evidence,
        "span_start": base + start,
        "span_end": base + end,
        **fields,
    }


def _block_mentions(body: str, language: str) -> list:
    """Mentions from line-per-item lists, with line offsets into the body."""
    lines, offset = [], 0
    for line in body.split("\n"):
        lines.append((offset, line, True))
        offset += len(line) + 1
    return list_mentions(lines, language)


# 'the Department of Science and Technology (DST)': a name and the short form the article uses for it after.
# ('Hydrogène de l'Estuaire SAS (HdE)'; set off by a comma in a list: 'the Mexican Geological Service, SGM (...);')
_FULL_NAME_EN = (
    # (commas too: 'Department of Science, Technology and Innovation (DSTI)'; the short form picks its end)
    r"(?P<full>[A-Z][\w&'’\-]*(?:,?\s+(?:of|for|and|&|the|de|du|des|la|le|[A-Z][\w&'’\-]*|l['’][A-Z][\w\-]*)){1,9})"
)
_COMMA_PORTFOLIO = re.compile(r"\b(?:of|for)\s+[A-Z][a-z\-]+(?:,\s+[A-Z][a-z\-]+)+,?\s+and\s+[A-Z]")
_DEFINED_EN = re.compile(rf"{_FULL_NAME_EN}\s+\((?P<short>[A-Z][A-Za-z&\-]{{1,9}})\)")


_DEFINED_AFTER_COMMA = re.compile(rf"{_FULL_NAME_EN},\s+(?P<short>[A-Z][A-Z0-9&\-]{{1,9}})(?=\s*(?:\(|;))")
# 'The Swiss Federal Institute of Technology in Zurich, or ETH Zurich, will take part': its other name after 'or'
_DEFINED_OR = re.compile(
    r"(?P<full>[A-Z][\w&'’\-]*(?:\s+(?:of|for|and|&|the|in|[A-Z][\w&'’\-]*)){1,9}),\s+or\s+"
    r"(?P<short>[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,2}),"
)
_MAX_NAMES_COMPARED = 500


def _starts_words(longer: str, words: list[str]) -> bool:
    """Each word starts a word of longer, in a row ('Nanyang Tech' in 'Nanyang Technological University'), and
    none runs on into a hyphen ('ICMR' is not 'ICMR-National Institute of Epidemiology')."""
    those = longer.split()
    return any(
        all(those[i + k].startswith(w) and those[i + k][len(w) : len(w) + 1] != "-" for k, w in enumerate(words))
        for i in range(len(those) - len(words) + 1)
    )


# Words that make a name an organisation's rather than a place's.
_ORG_WORD = re.compile(
    r"\b(?:Universit[a-zé]*|College|Institut[a-z]*|Laborator[a-z]+|Cent(?:er|re)|Agency|Council|Ministry|"
    r"Department|Foundation|Hospital|Corporation|Company|Inc|Ltd|Group|Society|Academy|School)\b"
)
_DEFINED_KO = re.compile(r"(?P<full>[가-힣][가-힣A-Za-z0-9]{2,30})\((?P<short>[A-Z][A-Za-z&\-]{1,9}|[가-힣]{2,8})\)")


_UNIT_OF_NAMED = re.compile(r"(.+?\bUniversity)\s+(?:School|Faculty|Graduate School|College|Department)\s+of\s+\S.*")


def _resolve_abbreviations(records: list[dict], meta: dict[str, dict]) -> None:
    """Rows written with an article's short form ('DST', '생명연') belong to the organisation it stands for:
    their name stays as written, their organisation is the full name's (the '_org' key)."""
    defined: dict[str, dict[str, str]] = {}
    for r in records:
        if r.get("_alias") and r["name"] != r["_alias"]:
            defined.setdefault(r["article_id"], {})[r["_alias"]] = r["name"]
    for aid, a in meta.items():
        pattern = _DEFINED_EN if a["language"] == "en" else _DEFINED_KO
        found = list(pattern.finditer(a["body"]))
        if a["language"] == "en":
            found += _DEFINED_AFTER_COMMA.finditer(a["body"])
        for m in _DEFINED_OR.finditer(a["body"]) if a["language"] == "en" else ():
            full = re.sub(r"^(?:The|the)\s+", "", m.group("full"))
            if _ORG_WORD.search(full) and len(m.group("short")) < len(full):
                defined.setdefault(aid, {}).setdefault(m.group("short"), full)
        for m in found:
            full = re.sub(r"^(?:The|the)\s+", "", m.group("full"))
            if a["language"] == "en":
                full = orgs.spelled_by(full, m.group("short"))
                if "," in full and not _COMMA_PORTFOLIO.search(full):
                    continue  # ('Rajiv Sinha, Director, IIT (ISM)': a person, an office, then the name)
            defined.setdefault(aid, {}).setdefault(m.group("short"), full)
    for r in records:
        full = defined.get(r["article_id"], {}).get(r["name"])
        if full and not r.get("_alias"):
            r["_org"] = full
    # The names compared within an article, pair by pair: an article listing thousands of names is left as written.
    per_article = Counter(r["article_id"] for r in records)
    records = [r for r in records if per_article[r["article_id"]] <= _MAX_NAMES_COMPARED]
    longer: dict[str, set[str]] = {}
    korean: dict[str, set[str]] = {}
    english: dict[str, set[str]] = {}
    for r in records:
        if meta[r["article_id"]]["language"] == "en":
            english.setdefault(r["article_id"], set()).add(r["name"])
        # (a name in capitals as registers write them: 'INTERNATIONAL INSTITUTE OF TROPICAL AGRICULTURE')
        if meta[r["article_id"]]["language"] == "en" and _ORG_WORD.search(
            r["name"].title() if r["name"].isupper() else r["name"]
        ):
            longer.setdefault(r["article_id"], set()).add(r["name"])
        elif meta[r["article_id"]]["language"] == "ko":
            korean.setdefault(r["article_id"], set()).add(r["name"])
    for r in records:
        # '한화에어로' in a headline, '한화에어로스페이스' in the list: the start of exactly one longer name
        if meta[r["article_id"]]["language"] == "ko" and not r.get("_org") and len(r["name"]) >= 3:
            # (glued on: '서울아산병원 심장내과' is a unit of it, not another way of writing it)
            name = r["name"]
            starting = [f for f in korean.get(r["article_id"], ()) if f.startswith(name) and f[len(name) :][:1].strip()]
            # ('가스공사' for '한국가스공사': the national prefix dropped; '시립대' for '서울시립대학교': a university's
            # short form inside exactly one longer name)
            starting = starting or [f for f in korean.get(r["article_id"], ()) if f in (f"한국{name}", f"국립{name}")]
            if name.endswith("대"):
                starting = starting or [f for f in korean.get(r["article_id"], ()) if f.endswith(f"{name}학교")]
            if len(starting) == 1 and len(starting[0]) - len(name) >= 2:
                r["_org"] = starting[0]
            # ('회장사는 한울리사이클로, ...' beside '한울리사이클': a particle Kiwi read as part of the name)
            bare = re.sub(r"(?:으로|로|와|과)$", "", name)
            if bare != name and bare in korean.get(r["article_id"], ()):
                r["_org"] = bare
    for r in records:
        name = r["name"]
        if not r.get("_org") and re.fullmatch(r"[A-Z][A-Za-z]{1,7}", name) and sum(c.isupper() for c in name) >= 3:
            # 'KAERI will chair the alliance' after 'Korea Atomic Energy Research Institute': the initials of
            # exactly one longer name of the article ('NeuRA' for 'Neuroscience Research Australia': its capitals)
            spelled = [f for f in longer.get(r["article_id"], ()) if orgs.initials(f) == re.sub(r"[a-z]", "", name)]
            if len(spelled) == 1:
                r["_org"] = spelled[0]
                continue
        # ('Federal Ministry of Research' cut at the comma of 'Federal Ministry of Research, Technology and Space')
        # ('Research Council' after 'the Research Council of Norway': the start of exactly one longer name)
        cut = (
            [f for f in english.get(r["article_id"], ()) if f.startswith((f"{name}, ", f"{name} of "))]
            if " " in name
            else []
        )
        if not r.get("_org") and len(cut) == 1:
            r["_org"] = cut[0]
            continue
        # 'Waterloo and Sherbrooke to co-lead ...' in an article about the University of Waterloo and the
        # Université de Sherbrooke: a place-like name that is part of exactly one longer name found beside it
        # ('ICMR' is not 'ICMR-National Institute of Epidemiology': a hyphen joins it into another name)
        if r.get("_org") or not re.fullmatch(r"[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?", name) or _ORG_WORD.search(name):
            continue
        # ('Nanyang Tech' for 'Nanyang Technological University': each word may be the start of the longer one's)
        within = [f for f in longer.get(r["article_id"], ()) if _starts_words(f, name.split())]
        if not within and re.fullmatch(r"\S+ [A-Z]{2,6}", name):
            # ('Fraunhofer IWM' for 'Fraunhofer Institute for Mechanics of Materials IWM': its first and last words)
            first, last = name.split()
            within = [f for f in longer.get(r["article_id"], ()) if re.fullmatch(rf"{re.escape(first)} .+ {last}", f)]
        if not within and " " not in name and not orgs.is_city(name):
            # ('Nabors will supply a rig crew' after 'Nabors Industries' joined: the first word of one longer name)
            within = [f for f in english.get(r["article_id"], ()) if f.startswith(name + " ")]
        if not within and re.fullmatch(r"U[A-Z][a-z]{3,}", name):
            # ('UCalgary' for 'University of Calgary': a university's own short form)
            within = [f for f in longer.get(r["article_id"], ()) if f == f"University of {name[1:]}"]
        if len(within) == 1 and within[0] != name:
            r["_org"] = within[0]
    for r in records:
        # ('Keio University School of Medicine' beside 'Keio University': a unit of the body, the body's row)
        unit = _UNIT_OF_NAMED.match(r["name"]) if meta[r["article_id"]]["language"] == "en" else None
        if unit and not r.get("_org") and unit.group(1) in longer.get(r["article_id"], ()):
            r["_org"] = unit.group(1)


def _with_orgs(records: list[dict], label: str) -> pl.DataFrame:
    schema = {**SCHEMAS["institutions"], **SCHEMAS["members"], "_alias": pl.Utf8, "_country": pl.Utf8, "_org": pl.Utf8}
    schema = {k: v for k, v in schema.items() if k != "org_id"}
    if not records:
        cols = {
            k: schema[k]
            for k in schema
            if k
            in (
                "article_id",
                "name",
                "evidence",
                "span_start",
                "span_end",
                "_alias",
                "_country",
                "_org",
                label,
                "person_name",
                "person_title",
                "country",
            )
        }
        df = pl.DataFrame(schema=cols)
    else:
        df = pl.DataFrame(records, infer_schema_length=None)
        # Venue rows carry no alias, person or country: columns no record had are added empty.
        wanted = ["_alias", "_country", "_org"] + (
            ["person_name", "person_title", "country"] if label == "role" else []
        )
        df = df.with_columns(*(pl.lit(None, dtype=schema[c]).alias(c) for c in wanted if c not in df.columns))
        df = df.with_columns(*(pl.col(c).cast(schema[c]) for c in df.columns if c in schema))
    org_key = (
        pl.when(pl.col("_country").is_not_null())
        .then(pl.format("international partner ({})", pl.col("_country")))
        .otherwise(pl.coalesce("_org", "name"))
    )
    df = df.with_columns(org_key.map_elements(orgs.org_id, return_dtype=pl.Utf8).alias("org_id"))
    sort_cols = ["article_id", "span_start"]
    # Of two rows for the same organisation and role, keep the one that names a person, then the one that writes
    # the organisation's name out ('Border Roads Organisation', not the 'BRO' of a headline).
    people_first = [pl.col("person_name").is_null()] if "person_name" in df.columns else []
    df = df.sort(["article_id", *people_first, pl.col("_org").is_not_null(), "span_start"])
    keys = ["article_id", "org_id", label]
    # (and the row kept for its person, written with a short form, takes the name written out: 'UCT Prague's
    # Petra Nováková, who coordinates' beside 'University of Chemistry and Technology, Prague (UCT Prague)')
    spans = ["name", "span_start", "span_end"]
    written_out = (
        df.filter(pl.col("_org").is_null()).group_by(keys).agg(pl.col(c).first().alias(f"_full_{c}") for c in spans)
    )
    df = df.unique(keys, keep="first", maintain_order=True).join(written_out, on=keys, how="left")
    full = pl.col("_full_name").is_not_null()
    return (
        df.with_columns(pl.when(full).then(pl.col(f"_full_{c}")).otherwise(pl.col(c)).alias(c) for c in spans)
        .drop(f"_full_{c}" for c in spans)
        .sort(sort_cols)
    )


def _organizations(members: pl.DataFrame, institutions: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    language = dict(articles.select("article_id", "language").iter_rows())
    seen: dict[str, dict] = {}
    for df, default_type in ((members, "company"), (institutions, None)):
        for r in df.iter_rows(named=True):
            entry = seen.get(r["org_id"])
            if entry is None:
                country = r.get("_country")
                if country:
                    name, org_type = _country_org(country), "other"
                else:
                    name = orgs.canonical(r["_org"] or r["name"])
                    role_default = {"host": "venue"}.get(r.get("role"), default_type or "other")
                    # (of the name written, the full name a short form stands for, or its short form)
                    org_type = next(
                        (t for n in (r["name"], r["_org"], r["_alias"]) if n and (t := orgs.infer_type(n, default=""))),
                        role_default,
                    )
                    lex = orgs.lookup(r["name"]) or (orgs.lookup(r["_alias"]) if r["_alias"] else None)
                    if lex:
                        country = lex.country
                    elif r.get("country"):  # a named international partner: the article says where
                        country = r["country"]
                    elif language.get(r["article_id"]) == "ko" and re.search(r"[가-힣]", r["name"]):
                        country = "KR"
                    if lex:
                        name = lex.canonical_name
                entry = seen[r["org_id"]] = {
                    "org_id": r["org_id"],
                    "canonical_name": name,
                    "org_type": org_type,
                    "country": country,
                    "aliases": [],
                }
                lex = orgs.lookup(name)
                if lex:
                    entry["aliases"].extend(a for a in lex.aliases)
            for alias in (r["name"], r["_alias"]):
                if alias and alias != entry["canonical_name"] and alias not in entry["aliases"]:
                    entry["aliases"].append(alias)
    return pl.DataFrame(list(seen.values()), schema=SCHEMAS["organizations"])


def _milestones(records: list[dict]) -> pl.DataFrame:
    if not records:
        return pl.DataFrame(schema=SCHEMAS["milestones"])
    df = pl.DataFrame(records, infer_schema_length=None).with_columns(
        pl.col("start_date").cast(pl.Date), pl.col("end_date").cast(pl.Date)
    )
    df = df.unique(["article_id", "start_date", "end_date", "kind"], keep="first", maintain_order=True)
    # A period read backwards is a misreading of its words, not the article's fault: the milestone is dropped,
    # the article still loads.
    df = df.filter(
        pl.col("start_date").is_null() | pl.col("end_date").is_null() | (pl.col("start_date") <= pl.col("end_date"))
    )
    df = df.with_columns(
        pl.format("m{}", pl.int_range(1, pl.len() + 1).over("article_id").cast(pl.Utf8).str.zfill(2)).alias(
            "milestone_id"
        )
    )
    return df.select(MILESTONE_COLUMNS).cast(SCHEMAS["milestones"])
