"""Line-per-item lists: an intro sentence with a cue ("회원사는 다음 7곳이다.", "founding members are:")
followed by one organisation per line (bullets, numbers, dashes from HTML <li>, or bare short lines)."""

from __future__ import annotations

import re
from dataclasses import replace

from flows.extract.cues import EMOJI, Cue, bare_role, find_cues, named_role
from flows.extract.mentions import (
    HONORIFICS,
    INLINE_MARKS,
    Mention,
    dictionary_words,
    english_list,
    has_bracket_role,
    item_mention,
    opens_with_bracket_role,
)
from flows.extract.orgs import (
    UNIVERSITY_OF_PLACE,
    country_code,
    has_legal_form,
    is_city,
    is_legal_form,
    is_region,
    looks_like_org,
    lookup,
)

# (emoji a post uses as bullets too: '➡️ A', '🔹 B', '✅ C')
_BULLET = re.compile(
    # ('(a) Queen Mary Hospital (QMH);': a government release's lettered items)
    r"^\s*(?:[△▲■□●•◆◇▶►▷▹○◎◈▣※\-–—*·ㆍ▪◦‣⁃]|\d{1,2}[.)]|\(\d{1,2}\)|\([a-h]\)(?=\s)|[①-⑳]|"
    # (an emoji, or a country's flag: '🇸🇳 Institut Pasteur de Dakar')
    r"[\u2190-\u21ff\u2700-\u27bf\U0001f300-\U0001faff]\ufe0f?|[\U0001f1e6-\U0001f1ff]{2})\s*"
)
# A sentence that announces a list: it ends with a colon or points at what follows.
_INTRO = re.compile(
    r"[:：]\s*$|다음|아래|이하|같다\.?\s*$|\d+\s*(?:곳|개사|개|개\s?기관|개\s?기업|명)(?:이다|다|\))\.?\s*$|"
    r"\bfollowing\b|\bbelow\b|\b(?:include|are|were)\s*:?\s*$|\d+\s*(?:곳|개사)\s?!\s*$|"
    r"소개(?:합니다|한다|해\s?드립니다)\.?\s*$",  # ('새로 함께하게 된 회원사를 업종별로 소개합니다.')
    re.I,
)
_COUNT = re.compile(r"\d+\s*(?:곳|개사|개\s?기관|개\s?기업|members|partners|companies|organi[sz]ations)", re.I)
_COUNTED_TOPIC = re.compile(r"(?P<n>\d+)\s*(?:곳|개사|개\s?기관|개\s?기업)(?:은|는|이|가)\s")
_SENTENCE_END = re.compile(r"(?:[.!?。]|다|요)[\"'”’)]*\s*$")


# '▷ 퀀텀아이 이 회사는 표적 탐지 AI를 보유하고 있다.': a name, then a sentence about it
_KO_NAMED_SENTENCE = re.compile(
    r"(?P<name>[^\s,.]{2,20}(?:\s?\([^)]{1,20}\))?)\s+(?:이|그|해당)\s?(?:회사|기업|기관|업체|대학|곳)(?:는|은|의)\s"
)
# '- Halcyon Bioprocess (Raleigh, N.C.), a developer of single-use bioreactors', '* Tower Semiconductor - the big
# one': a name, then what it is.
_DESCRIBED = re.compile(
    # ('Politecnico di Milano, Department of Energy (Milan, Italy) – modelling of ...': its unit after a comma)
    r"^(?:the\s+)?[A-Z][^,;:]{1,80}?(?:\s\([^()]*\))?(?:,\s[A-Z][\w\-]+(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w\-]+){0,4})?"
    r"(?:\s\([^()]*\))?(?:,\s+(?:an?|the|which|who|whose)\s|\s[-–—]\s|"
    r"(?:,\s[A-Z][^,;:]{1,80})?:\s)"  # ('- University of Manchester: children's hearing', a name and its work)
    r"[^:]{3,200}$"
)
# '(Toronto)', '(Oak Ridge, Tennessee)': where an item is, not another name (short forms are in capitals).
_TOWN = re.compile(r",\s+((?:[A-Z][\w'’\-.]*\s){0,2}[A-Z][a-z][\w'’\-]*)$")  # 'Fort Qu'Appelle', 'Prince Albert'
_PLACE = re.compile(r"\s*\((?![A-Z0-9&\-]{2,}\))[A-Z][^()]*\)$")


_NAME_AND_COUNTRY = re.compile(r"^[A-Z][^.!?:]{1,100}\s\([A-Z][a-z]+(?:,?\s[A-Z][a-z]+){0,2}\)$")
# A name in a line of its own is written in title case or capitals ('Hugging Face', 'UMICORE (Belgium)').
# Capitals of Latin scripts beyond ASCII ('Żoliborz', 'Škoda', 'Île-de-France')
_CAPITAL = "A-ZÀ-ÖØ-ÞĄĆČĎĘĚŁŃŇŐŘŚŠŤŮŰŹŻŽ"
_TITLE_CASE = re.compile(
    # (a dash inside a word too: 'University of Puerto Rico–Mayagüez')
    rf"(?:[Tt]he\s+)?[{_CAPITAL}0-9][\w&.,'’\-–]*(?:/[A-Z][\w\-]*)*"
    rf"(?:\s+(?:[{_CAPITAL}0-9(][\w&.,'’\-–()]*(?:/[A-Z][\w\-]*)*|&|of|for|and|the|de|di|du|la|le|von|van|der|zur|y|e|at|in|on|[–—]|"
    r"del|della|delle|des|dos|da|do|das|et|las|los|al|und|für|voor|en|og|din|dei|degli|dello|zum|pour|för|aux|au|"
    r"s\.r\.o\.?|a\.s\.?|e\.V\.?|à|r\.l\.?|spol\.|gGmbH|[dl]['’][A-Z][\w\-]*))*"  # ('Glassmodel s.r.o.', 'd'Hebron')
)
_FIELD_LINE = re.compile(r"^\s*[A-Z][A-Za-z .\-]{1,30}:\s")


def is_list_line(text: str) -> bool:
    """A line that reads as one list item: bulleted or numbered, or short with no sentence ending."""
    stripped = text.strip()
    bullet = _BULLET.match(stripped)
    if bullet and _KIND_LINE.match(stripped, bullet.end()) and len(stripped) <= 500:
        return True  # '- three equipment and engineering firms: A, which builds ...; B, ...; and C'
    if _SECTOR_LINE.match(stripped) and len(stripped) <= 500:
        return True  # 'Industry: A; B; C' (under 'Partner organisations')
    if not stripped or len(stripped) > 240:
        return False
    if bullet:
        body = _BULLET.sub("", stripped)
        if _DESCRIBED.match(body) or _KO_NAMED_SENTENCE.match(body):
            return True
        # ('- Lombarda Cargo S.p.A.': a legal form's dot, not a sentence's end)
        # (or the last item's: '- University of Bordeaux (France).')
        legal_dot = re.search(
            r"(?:^|\s)[A-Z][A-Za-z]{0,3}\.(?:[A-Za-z]{1,3}\.)*$|^[A-Z][^.;:]{2,80}\([^()]{2,40}\)\.$", body
        ) or (body.endswith(".") and has_legal_form(body))  # ('· Agro-Lubelskie Sp. z o.o.')
        # (long with what the item does after a dash: 'USDA ARS, Northern Plains ... Laboratory, Sidney, Montana
        # -- rearing and release of parasitoid wasps')
        named = re.split(r"\s(?:--|[-–—])\s", body, maxsplit=1)[0]
        # (or in brackets at its end: '- Max Planck Institute for ..., Göttingen (computational models of ...)')
        bracketed = re.split(r"\s\((?=[^()]*\)\.?$)", named, maxsplit=1)[0]
        # ('- Dr. X, research scientist, Centre for ..., Memorial University's Fisheries and Marine Institute – ...':
        # a person, their office, unit and body before the dash)
        short = len(body) <= 100 or (len(named) <= 160 and named != body) or (len(bracketed) <= 120 < len(named))
        return bool(body) and short and (not _SENTENCE_END.search(named) or bool(legal_dot))
    if _NAME_AND_COUNTRY.match(stripped):
        return True  # 'FRAUNHOFER GESELLSCHAFT ZUR FORDERUNG DER ANGEWANDTEN FORSCHUNG EV (Germany)'
    if len(stripped) <= 160 and _DESCRIBED.match(stripped) and re.search(r"(?:;|;\s+and|\.)$", stripped):
        # 'Ferrovolt GmbH (Germany), which produces iron phosphate precursor;': an item of a list written without
        # bullets, one sentence long
        return not re.search(r"[a-z]{2}[.!?]\s+[A-Z]", stripped)
    # ('Tidewater Alkalinity Inc.': a legal form's dot, not a sentence's end)
    legal_end = re.search(r"\s(?:Inc|Ltd|Corp|Co|LLC|Pty|S\.A|N\.V|B\.V|AG|AB|AS|ASA|Oy|Oyj|SpA|GmbH)\.$", stripped)
    if len(stripped) > 120 or (_SENTENCE_END.search(stripped) and not legal_end) or stripped.endswith(":"):
        return False
    # ('Universidad Nacional Agraria La Molina (UNALM)', 'Fundación PROINPA — co-coordinator': a long name alone,
    # or with its role after a dash)
    # (or with a note in brackets: 'Charles Sturt University (Wagga Wagga node)')
    return len(stripped) <= 40 or bool(_TITLE_CASE.fullmatch(_without_note(_ROLE_AFTER_DASH.sub("", stripped))))


def _without_note(line: str) -> str:
    """A list line without a short note in brackets at its end ('Charles Sturt University (Wagga Wagga node)')."""
    return re.sub(r"\s*\([^()]{1,40}\)$", "", line)


# '... (INIA) — network coordinator': a role after a dash at the end of a list line
_ROLE_AFTER_DASH = re.compile(r"\s[-–—]\s+(?:[a-z\-]+\s+){0,2}[a-z\-]+$")


# '◇주관기관', '[참여기업]', '■ 참여기관', 'Participating institutions': a heading that is only a role.
# '[충전 인프라]', '【부품·소재】': a kind heading inside a list, over the items of that kind.
_SUBHEADING = re.compile(r"^\s*[\[【<]\s*[^\]】>]{1,20}[\]】>]\s*$")
_EMOJI_HEADING = re.compile(rf"^\s*[{EMOJI}]\s?[A-Z가-힣][\w&\- ]{{1,25}}:?\s*$")
# (an emoji before a heading, as posts mark them: '🔬 Research participants:', '🇨🇦 International partner')
_HEADING_MARK = re.compile(rf"^\s*(?:[◇◆■□▶►●○※#*\-]|\d{{1,2}}[.)]|(?:[{EMOJI}]\s?)+)?\s*[\[【<(]?\s*")


def _unbracketed_cues(line: str, language: str) -> list[Cue]:
    """Cues of a line outside brackets: a role in brackets after an item does not end its list."""
    brackets = [m.span() for m in re.finditer(r"\([^()]*\)|\[[^\[\]]*\]", line)]
    return [c for c in find_cues(line, language) if not any(a <= c.start < b for a, b in brackets)]


def heading_cue(line: str, language: str) -> Cue | None:
    """The cue of a line that is a role heading and nothing else (at most a few words besides the cue)."""
    text = _HEADING_MARK.sub("", line).strip(" ]】>):：")
    if language == "ko":
        # ('<붙임> ... 협의체 회원사 현황(분야별, 가나다순 일부)': an annex listing them, and its note in brackets)
        # ('【붙임 1】 얼라이언스 창립 회원 명단': the annex's mark in any brackets)
        text = re.sub(r"^[<【\[]?[^<>【】\[\]]{1,6}[>】\]]\s*", "", re.sub(r"\s?\([^()]{1,30}\)?$", "", text))
        # ('발기인 참여 기관(27개) 중 주요 기관': how many there are, told in brackets)
        text = re.sub(r"\s?\(\s?\d+\s?(?:개|곳|개사|개 기관|개 기업)?\s?\)", "", text)
    # ('User partners, public sector': the kind of the list, then which of them)
    sector = re.fullmatch(r"(?P<kind>[^,()]{2,40}),\s+[a-z][a-z\- ]{2,30}", text) if language == "en" else None
    if sector and (cue := heading_cue(sector.group("kind"), language)):
        return Cue(cue.table, cue.label, 0, len(text))
    note = re.fullmatch(r"(?P<kind>[^()]{2,40}?)\s*\((?P<note>[^()]{2,60})\)?", text) if language == "en" else None
    if note and re.search(r"(?:ies|s)$", note.group("kind")):
        kind = heading_cue(note.group("kind"), language)
        # 'Spoke universities (co-leads of the four research themes)': the kind of the list, its role in the note
        role = find_cues(note.group("note"), language)
        if role and role[0].start == 0:
            return Cue(role[0].table, role[0].label, 0, len(text))
        if kind is not None and not find_cues(note.group("note"), language):
            # ('Essential industry participants (honestly, the reason this bid got up)': a remark in the note)
            return Cue(kind.table, kind.label, 0, len(text))
    if not text or len(text) > 40:
        return None
    cues = find_cues(text, language)
    covered = sum(c.end - c.start for c in cues)
    # ('■ 이번에 새로 가입한 곳': a heading naming who the list is, around its cue)
    named = language == "ko" and re.search(
        r"(?:^|\s)[가-힣]*(?:곳|기관|기업|명단|회원사?|업체|단체)(?:들)?(?:\s?(?:현황|명단|목록))?$", text
    )
    named = named and not re.search(r"[\d(]", text)
    # ('Core industry partners', 'Public partners', 'Affiliated partner': a few words and the kind of the list)
    kind = language == "en" and re.fullmatch(
        r"(?:[A-Za-z\-]+\s+){0,3}(?:partners?|members?|participants?|funders?|sponsors?|observers?|institutions|"
        r"organi[sz]ations|beneficiaries)",
        text,
    )
    covers = covered >= 0.6 * len(text.replace(" ", ""))
    if not cues and language == "en" and (role := named_role(text)):
        return Cue(role[0], role[1], 0, len(text))  # ('Coordinator', 'Beneficiaries': a role word alone)
    return intro_cue(text, language) if cues and (covers or named or kind) else None


def section_cue(body: str, start: int, language: str) -> Cue | None:
    """The cue of a role heading right above the line that opens at start ('International collaborators' over a
    paragraph telling who they are), or None when the line does not open there or has no such heading."""
    if start and body[start - 1] != "\n":
        return None
    above = body[body.rfind("\n", 0, max(start - 1, 0)) + 1 : max(start - 1, 0)]
    return heading_cue(above, language) if above.strip() and not _SENTENCE_END.search(above) else None


def intro_cue(sentence: str, language: str) -> Cue | None:
    """The cue a list belongs to: the most specific one in the intro sentence, the last on a tie; of the last
    sentence when the intro line holds more ('참여기업 9곳과 수요기업 3곳이 회원이다. 참여기업은 다음과 같다.')."""
    cues = find_cues(sentence, language)
    if not cues:
        return None
    last = re.search(r"(?<=[.!?])\s+(?=\S[^.!?]*[.!?:]?\s*$)", sentence)
    if last and any(c.start >= last.end() for c in cues):
        cues = tuple(c for c in cues if c.start >= last.end())
    if (
        language == "ko"
        and len(cues) > 1
        and cues[-1].label == "partner"
        and cues[-2].table == "members"
        and cues[-2].label != "member"
        and not sentence[cues[-2].end : cues[-1].start].strip()
    ):
        return cues[-2]  # ('발기인 참여 기관', '신규 회원 참여 기관': which of the participants)
    # Of the last cue's table only: 'X will run it in collaboration with A and B. Each brings:' lists partners.
    specific = [c for c in cues if c.label not in ("member", "partner") and c.table == cues[-1].table]
    if cues[-1].label == "partner":
        specific = []
    return (specific or cues)[-1]


def _inline_items(entry: tuple[int, str, bool]) -> list[tuple[int, str, bool]]:
    """A list line holding several items behind the same mark ('▲A ▲B ▲C'), one entry per item."""
    offset, line, whole = entry
    bullet = _BULLET.match(line)
    mark = bullet.group(0).strip()[:1] if bullet else ""
    if not mark or mark not in INLINE_MARKS or line.count(mark) < 2:
        return [entry]
    starts = [m.start() for m in re.finditer(re.escape(mark), line)]
    return [(offset + s, line[s:e].rstrip(), whole) for s, e in zip(starts, [*starts[1:], len(line)], strict=True)]


def list_mentions(lines: list[tuple[int, str, bool]], language: str) -> list[tuple[int, Mention]]:
    """Mentions from list blocks of one article.

    lines: (line_start_offset, text, whole_line) in order. Returns (line_start_offset, mention) with the
    mention's span relative to that line.
    """
    out: list[tuple[int, Mention]] = []
    i = 0
    while i < len(lines):
        offset, text, _ = lines[i]
        heading = heading_cue(text, language) if lines[i][2] else None
        cue = heading or (intro_cue(text, language) if _INTRO.search(text) else None)
        # ('참여기업 5곳은 실습까지 함께한다.' over five lines '- 딥엣지반도체 - IP 제공': the count tells the list)
        counted = _COUNTED_TOPIC.search(text) if cue is None and language == "ko" else None
        if counted:
            cue = intro_cue(text[: counted.end()], language)
        j = i + 1
        # ('창립 회원사는 모두 12곳!' then '사회자분이 호명하셨는데 옮겨볼게요.' then the names: a line between)
        if (
            cue is not None
            and j + 1 < len(lines)
            and _COUNT.search(text)
            and not is_list_line(lines[j][1])
            and is_list_line(lines[j + 1][1])
            and not find_cues(lines[j][1], language)
        ):
            j += 1
        block = []
        while j < len(lines):
            if heading and not block and not lines[j][1].strip() and j + 1 < len(lines):
                j += 1  # (a blank line between a heading and its first item)
                continue
            if (
                heading
                and block
                and language == "en"
                and j + 1 < len(lines)
                and _SENTENCE_END.search(lines[j][1])
                and not is_list_line(lines[j][1])
                and _named_line(lines[j + 1][1])
                and not heading_cue(lines[j + 1][1], language)
            ):
                j += 1  # under a role heading, a name's line then a sentence about it: 'SINTEF Ocean' / 'Runs the ...'
                continue
            if (
                cue is not None
                and block
                and language == "ko"
                and j + 1 < len(lines)
                and not is_list_line(lines[j][1])
                and _BULLET.match(lines[j + 1][1])
                and _mark(lines[j + 1][1]) == _mark(block[0][1])
            ):
                j += 1  # '▷ 에이엠랩스' / '이 회사는 ... 개발해 왔습니다.' / '▷ 퀀텀아이': a sentence about the item
                continue
            if (
                j + 1 < len(lines)
                and (
                    _SUBHEADING.match(lines[j][1])
                    # ('🔋 Cells' over '- LG Energy Solution', '- Samsung SDI': a group's heading under an emoji)
                    or (_EMOJI_HEADING.match(lines[j][1]) and _mark(lines[j + 1][1]) != _mark(lines[j][1]))
                )
                and is_list_line(lines[j + 1][1])
                and not find_cues(lines[j][1], language)
            ):
                j += 1
                continue
            if heading and language == "en" and heading_cue(lines[j][1], language):
                break  # 'Technical co-coordinator' / 'X, Lithuania – ...' / 'Beneficiaries': the next role's heading
            if _SUBHEADING.match(lines[j][1]) and heading_cue(lines[j][1], language):
                break  # '협약 기관은 다음과 같다.' then '[국내 협력기관]': a role heading opens a list of its own
            # 'PERU' then its members, 'BOLIVIA' then its: where the items below are ('ICELAND (associated partner)')
            if (
                language == "en"
                and country_code(re.sub(r"\s*\([^()]*\)$", "", lines[j][1].strip()))
                and j + 1 < len(lines)
            ):
                j += 1
                continue
            if heading and _BULLET.match(text) and _mark(text)[:1].isdigit() and _mark(lines[j][1]) == _mark(text):
                break  # '4. 회원사 소식' then '5. 업계 동향': the next heading of the same numbering, not an item
            if not (
                lines[j][2]
                and (is_list_line(lines[j][1]) or (heading and language == "en" and _named_line(lines[j][1])))
                # rows of a table are read as rows, not as a list (with outer bars or without: 'A | B | C')
                and not (lines[j][1].lstrip().startswith("|") or lines[j][1].count("|") >= 2)
                and not _unbracketed_cues(_named_part(lines[j][1], language), language)
                # (items share their mark: '※ 전문기관 : X' or '□ 추진 일정' after '- A', '- B' is another part)
                and (not block or _mark(lines[j][1]) == _mark(block[0][1]))
            ):
                break
            block += _inline_items(lines[j])
            j += 1
        if counted and len(block) != int(counted.group("n")):
            block = []  # (a count that is not the number of lines below it announces no list of them)
        # (or a role heading over one line of names set off by semicolons: 'Research partners' / 'A; the B; C.')
        nxt = lines[j][1] if j < len(lines) else ""
        semicolons = heading and nxt.count(";") >= 2 and ":" not in nxt and not find_cues(nxt, language)
        if cue is not None and not block and nxt and (text.rstrip().endswith(":") or semicolons):
            # 'The consortium comprises 11 partners:' and the next line 'A (Germany, coordinator); B (Finland); ...'
            out += [(lines[j][0], m) for m in _semicolon_items(lines[j][1], cue, language)]
        if cue is not None and (len(block) >= 2 or (block and (heading or text.rstrip().endswith(":")))):
            # '창립 회원사는 아래 9곳이다.' over nine lines '- 테크핸즈: 의장사, 20자유도 로봇 손': one item a line,
            # its name before the colon, its role perhaps opening what follows
            count = _COUNT.search(text)
            if language == "ko" and count and int(re.match(r"\d+", count.group(0)).group(0)) == len(block):
                out += [(o, m) for o, line, _ in block for m in _counted_line(line, cue)]
                i = j
                continue
            for line_offset, line, _ in block:
                sector = _SECTOR_LINE.match(line) if language == "en" else None
                if sector:
                    # ('International: Royal Botanic Gardens, Kew (United Kingdom)': partners from abroad)
                    abroad = re.match(r"International|Overseas", sector.group("kind"))
                    own = Cue("institutions", "international", 0, 0) if abroad and cue.table == "institutions" else cue
                    for a, b in english_list(line[sector.end() :], sector.end()):
                        if m := item_mention(own, line[a:b], a, b, language):
                            out.append((line_offset, m))
                    continue
                named = _named_part(line, language)
                # ('Royal Botanic Gardens, Kew (United Kingdom) – international partner for seed banking': its role
                # opens its description)
                told = re.sub(r"^\s*[-–—:,]\s*", "", line[len(named) :]) if language == "en" else ""
                if _ROLE_FIRST.match(told):
                    # 'X (UK) – international partner for seed banking': its own role in place of the list's; under
                    # 'seven member institutions:', 'Instituto Nacional de Innovación Agraria (INIA) — network
                    # coordinator' is a member too, with the role its line gives it
                    bullet = _BULLET.match(named)
                    start = bullet.end() if bullet else len(named) - len(named.lstrip())
                    item = english_line_item(named[start:].rstrip(" ,;"))
                    role = bare_role(re.split(r"[,;(]", told, maxsplit=1)[0].strip(), language)
                    if item and role and role[1] != "other":
                        own = Cue(role[0], role[1], start, start)
                        out += [(line_offset, m) for m in _with_line_role(cue, item, start, own, language)]
                    continue
                bullet = _BULLET.match(line)
                start = bullet.end() if bullet else len(line) - len(line.lstrip())
                grouped = _GROUP_LINE.match(line, start) if language == "ko" else None
                if (
                    (language == "ko" and opens_with_bracket_role(line))
                    or (
                        (
                            # ('- 대전드론산업협회(회원사 현장실습 연결)': a cue inside what it does is no role)
                            (_unbracketed_cues(named, language) if language == "ko" else find_cues(named, language))
                            or has_bracket_role(named)
                            or _FIELD_LINE.match(line)
                            # (after its bullet too: '- Co-director: Dr X, Y'; not '- Ulster University: AI chips')
                            or (
                                bullet
                                and _FIELD_LINE.match(line[start:])
                                and not looks_like_org(line[start:].split(":")[0])
                            )
                            or _role_note(line)
                        )
                        and not (grouped and _unbracketed_cues(line[grouped.end() :], language) == [])
                    )
                ):
                    # '- University of Strathclyde (lead) - ...': its own role, read with its sentence;
                    # 'Net EU contribution: € 1 215 000,00': a field about the item above, no item (but '① 전자(4개사)
                    # : 구미전자(위원장사), 한결디스플레이': a kind's members, one with its office in brackets)
                    office = _MEMBERS_OFFICE.match(line, start) if cue.table == "members" else None
                    if office:
                        # ('회원은 다음과 같다' over '- 국립재난안전연구원(의장기관)': a member holding an office)
                        member = item_mention(cue, office.group("name"), start, office.end("name"), language)
                        out += [(line_offset, member)] if member else []
                    continue
                if grouped and _opening_role(line[grouped.end() :]):
                    grouped = None  # '- 테크핸즈: 의장사, 로봇 손': a name, then its role; not a kind and its items
                # ('- (통신·항법 분과) 블루씨그널 : 과제': the group in brackets before the name is no part of it)
                head = re.sub(r"^\([^()]*\)\s*", "", line[start : grouped.end()].rstrip(" :：")) if grouped else ""
                tasks = line[grouped.end() :].strip(" .") if grouped else ""
                if (
                    grouped
                    and _TASK_END_KO.search(tasks)
                    and not dictionary_words(head)
                    and all(dictionary_words(t.strip()) for t in re.split(r"[·,]", tasks) if t.strip())
                ):
                    # '- 메디스태츠코리아: 임상 통계 설계·분석': a name, then its tasks in dictionary words
                    grouped = None
                elif (
                    grouped and looks_like_org(head) and not all(map(dictionary_words, head.split("·")))
                ):  # (not the kinds '기업', '연구기관·대학')
                    # '- 한국재료연구원 : 페라이트·마르텐사이트강 구조재 개발': a name, then its tasks; an item
                    # under a heading that is only its role ('나. 공동연구개발기관') or a sentence announcing the
                    # list, a detail of the item above after another intro sentence
                    if not heading and not _FOLLOWS_KO.search(text):
                        continue
                    grouped = None
                elif (
                    grouped
                    and _FOLLOWS_KO.search(text)
                    and " " not in head
                    and all(
                        " " in t.strip() and not looks_like_org(t.strip())
                        for t in re.split(r"[·,;]", tasks)
                        if t.strip()
                    )
                ):
                    grouped = None  # ('분과별 리더사는 다음과 같다.' over '- 블루씨그널 : 수중 음향통신 프로토콜, ...')
                kinds = _KIND_LINE.match(line, start) if language == "en" else None
                if kinds:
                    # '- four port authorities: A (Croatia), B (Spain) and C (Greece);': the items of one kind
                    rest = line[kinds.end() :]
                    for s, e in english_list(rest, kinds.end()):
                        m = item_mention(cue, line[s:e], s, e, language)
                        if m:
                            out.append((line_offset, m))
                    continue
                if grouped:
                    # '■ 드론 제조 : 에어팜, 스카이그로우': the members of one kind, after the kind and a colon
                    for name in _GROUP_ITEM.finditer(line, grouped.end()):
                        m = item_mention(cue, name.group(0), name.start(), name.end(), language)
                        if m:
                            out.append((line_offset, m))
                    continue
                item = line[start:].rstrip(" ,.;")
                if _STEP_LINE.match(item):
                    continue  # '- 내년 3월 액화수소 이동충전 실증 개시': a step of a schedule, no name
                item = re.sub(r"\s*(?:등|외|and others)$", "", item)
                item = re.sub(r"[;,]?\s+(?:and|or)$", "", item)  # '- the University of X in Davao City; and'
                person = None
                if language == "en":
                    # ('- Dr. Amir Haddad, professor, Department of ..., Dalhousie University – ...': its person)
                    person = line_person(item)
                    item = english_line_item(item)
                    if item is None:
                        continue
                    start = max(line.find(item, start), start)  # (a signatory's body is further along the line)
                else:
                    group = re.match(r"\([^()]*\)\s*(?=\S)", item)  # ('(통신·항법 분과) 블루씨그널 : ...': its group)
                    if group:
                        item, start = item[group.end() :], start + group.end()
                    item = re.sub(r"\s*\([^()]*,[^()]*\)$", "", item)
                    # ('▲ 그리드링크 (전력 수요반응(DR) 사업자)': what it is, in brackets after it)
                    item = re.sub(r"\s\((?=[^()]*\s)(?:[^()]|\([^()]*\))*\)$", "", item)
                    # '(1) 한국광기술원 - 공정 개발', '- 충북대학교 : 신호 해석': its tasks after a dash or a colon
                    item, *after = _AFTER_NAME.split(item, maxsplit=1)
                    body = after[0].strip() if after else ""
                    if (
                        body
                        and (looks_like_org(re.sub(r"^㈜|\([^()]*\)$", "", body)) or body.startswith("㈜"))
                        and not looks_like_org(item)
                        and len(re.sub(r"\s*\([^()]*\)", "", item).split()) >= 3
                    ):
                        # ('▲세부1 저농도 CO₂ 습식 포집 공정 개발 – 한국에너지기술연구원(에너지연)': the task, then who
                        # does it)
                        start = line.find(body, start + len(item))
                        item, after = body, []
                    named = _KO_NAMED_SENTENCE.match(item)
                    item = named.group("name") if named else item
                if language == "ko":
                    role = _opening_role("".join(after))
                    out += [(line_offset, m) for m in _with_line_role(cue, item, start, role)]
                elif m := item_mention(cue, item, start, start + len(item), language):
                    if person and m.table == "institutions" and not m.person_name:
                        m = replace(m, person_name=person[0], person_title=person[1])
                    out.append((line_offset, m))
            i = j
            continue
        i += 1
    text_at = {offset: text for offset, text, _ in lines}
    return [(o, _with_country(text_at.get(o, ""), m)) for o, m in out]


def _with_country(line: str, m: Mention) -> Mention:
    """A foreign partner's line tells its country after its name: '- Wellcome Sanger Institute (United Kingdom)',
    '- Institut Pasteur, France'."""
    if m.label != "international" or m.country:
        return m
    told = re.match(r"\s*(?:\(([^()]{2,30})\)|[,–—-]\s*([A-Z][\w .]{1,30}?)\s*(?:[,;.(]|$))", line[m.end :])
    code = told and country_code((told.group(1) or told.group(2)).strip())
    # ('- University of Stirling, Institute of Aquaculture (United Kingdom)': the country ends the line, after a unit)
    ending = None if code else re.search(r"\(([^()]{2,30})\)\s*[.;,]?\s*$", line[m.end :])
    code = code or (ending and country_code(ending.group(1).strip()))
    return replace(m, country=code) if code else m


_SIGNATORY = re.compile(
    r"^(?:(?:Prof|Dr|Mr|Ms|Mrs|Engr|Hon)\.?\s+)?(?P<person>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3}),\s+"
    r"(?P<title>[^,]*\b(?:Director|Chancellor|Principal|Head|Officer|President|Chair\w*|Dean|Executive|Manager|"
    r"Secretary|Minister|Rector|Provost|Founder|CEO|Professor|Lead|Coordinator|Registrar)\b[^,]*),\s+(?P<rest>.+)$"
)


# 'Professor Aiko Nakamura, Faculty of Fisheries Sciences, Hokkaido University': a titled person first, then their
# office or unit and the body they are at; 'JAMSTEC – Dr. Ryo Hosoda, Principal Scientist': the body first
_PERSON_TITLE = r"(?P<title>(?:Associate |Assistant |Adjunct |Emeritus )?(?:Professor|Prof\.?)|Dr\.?)"
_PERSON_NAME = r"(?P<person>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3})"
_PERSON_FIRST = re.compile(rf"^{_PERSON_TITLE}\s+{_PERSON_NAME},\s+(?P<rest>.+)$")
_PERSON_AFTER = re.compile(rf"\s[-–—]\s+{_PERSON_TITLE}\s+{_PERSON_NAME}(?=,|\s*$)")
_UNIT = re.compile(r"(?:School|Department|Faculty|Division|Chair|Graduate School)\s+(?:of|for)\b")


_UNIT_AFTER = re.compile(
    r",\s+(?:Institute|School|Graduate School|Department|Faculty|Cent(?:re|er)|Division|Chair)\b.*$"
)


def without_unit(name: str) -> str:
    """A name without the unit written after it ('University of Southampton, Institute of Sound and Vibration
    Research', 'Tohoku University, Graduate School of Engineering'): the unit is where the work is done."""
    return _UNIT_AFTER.sub("", name)


_OFFICE_AFTER_NAME = re.compile(
    r"\s[-–—]\s+(?:(?:a\s+)?team\s+led\s+by\s+)?(?P<person>[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3}),\s+"
    r"(?P<office>(?:(?:[Aa]ssociate|[Aa]ssistant|[Ss]enior|[Pp]rincipal|[Dd]istinguished|[Cc]hief|[Ll]ead)\s+)?"
    r"(?:[Rr]esearch\s+)?(?:[Pp]rofessor|[Ss]cientist|[Dd]irector|[Ll]ecturer|[Ee]ngineer|[Rr]esearcher|[Ff]ellow))\b"
)
_PERSON_ALONE = re.compile(rf"^{_PERSON_TITLE}\s+{_PERSON_NAME}(?:,\s+(?P<office>[A-Za-z][A-Za-z \-]{{2,40}}))?$")


def line_person(item: str) -> tuple[str, str] | None:
    """(name, title) of the titled person a list line or a fact table's cell names beside its body, or that a
    bracket names alone ('Professor Kenji Morita', 'Dr. Takuya Ishida, Principal Researcher')."""
    m = _PERSON_ALONE.match(item) or _PERSON_FIRST.match(item) or _PERSON_AFTER.search(item)
    if not m:
        # ('Oak Ridge National Laboratory — Hana Jelínek, senior research scientist in neutron sciences': a
        # person after a dash, the office after the name)
        held = _OFFICE_AFTER_NAME.search(item)
        return (held.group("person"), held.group("office").lower()) if held else None
    title = m.group("title").rstrip(".")
    # ('Dr. Amir Haddad, professor, Department of ...', 'Dr Tomasz Nowak, Reader in Acoustics, University of Salford':
    # an office, not the body after the name)
    office = m.group("office") if m.re is _PERSON_ALONE else None
    first = re.match(r"[A-Za-z][A-Za-z \-]{2,40}(?=,)", m.group("rest")) if m.re is _PERSON_FIRST else None
    office = first.group(0) if first else office
    if office and not looks_like_org(office) and not _UNIT.match(office):
        return m.group("person"), office.lower()
    return m.group("person"), HONORIFICS.get(title, title.lower())


def _role_note(line: str) -> bool:
    """'- Wageningen University & Research, the Netherlands (international partner)': a role in brackets ending
    an English line, after where the item is."""
    note = re.search(r"\(([^()]{2,40})\)\s*$", line)
    return bool(note) and not re.search(r"[가-힣]", line) and bool(find_cues(note.group(1), "en"))


# A postal address: a house number then a postcode ('Sint-Pietersnieuwstraat 25, 9000 Gent'), or a street and its number
_ADDRESS = re.compile(
    r"\b\d{1,4}[A-Za-z]?,\s+(?:[A-Z]{1,2}[-\s]?)?\d{4,5}\s+[A-Z]|"
    r"(?i:straat|stra(?:ss|ß)e|street|road|avenue|boulevard|laan|weg|gasse|allee|rue|calle|plaza)\s+\d{1,4}\b"
)


def english_line_item(item: str) -> str | None:
    """The name an English list line gives, without its description, its unit or where it is; None when the
    line names nothing ('Share this page')."""
    if _ADDRESS.search(item):
        return None  # ('Sint-Pietersnieuwstraat 25, 9000 Gent, Belgium': where a body is, under its name)
    # ('Ann Arbor, Michigan (C.S. Mott Children's Hospital)': a site by its city, the body in brackets)
    sited = re.fullmatch(r"(?P<place>[A-Z][^()]*?)\s*\((?P<body>[A-Z][^()]{2,80})\)", item)
    if sited and all(is_city(p) or is_region(p) for p in sited.group("place").split(", ")):
        item = sited.group("body")
    signatory = _SIGNATORY.match(item)
    titled = _PERSON_FIRST.match(item)
    if titled and not signatory:
        # ('Professor Aiko Nakamura, Faculty of Fisheries Sciences, Hokkaido University': the last piece that is a body)
        # (without the work after a dash: '..., Université de Moncton – chitosan film chemistry')
        rest = re.sub(r"\s[-–—]\s+[a-z].*$", "", titled.group("rest"))
        pieces = [p for p in rest.split(", ") if not _UNIT.match(p) and not country_code(p)]
        item = next((p for p in reversed(pieces) if "(" in p or looks_like_org(p) or lookup(p)), "")
    if signatory and not looks_like_org(signatory.group("person")):
        # ('Dr Samuel Kiprono, Director, Centre for Clinical Research, Kenya Medical Research Institute (KEMRI)':
        # a signatory, their office and the body they signed for, last but for where it is)
        pieces = signatory.group("rest").split(", ")
        item = next((p for p in reversed(pieces) if "(" in p or looks_like_org(p)), pieces[0])
    # ('University of Edinburgh (School of Informatics) – Professor Callum Fraser': the person for it, its unit)
    item = re.sub(r"\s[-–—]\s+(?:Professor|Prof\.?|Dr\.?|Mr|Ms|Mrs|Associate Professor)\s+[A-Z].*$", "", item)
    item = re.sub(r"\s\((?:School|Department|Faculty|Division|Institute|Centre|Center|Chair)\s[^()]*\)", "", item)
    # ('VSB – Technical University of Ostrava – combustion modelling': a dash inside the name)
    dashed = re.match(r"(.+?\s[-–—]\s([A-Z][^–—]{2,60}?))\s[-–—]\s", item)
    kept = dashed.group(1) if dashed and looks_like_org(dashed.group(2)) else None
    # ('• Charité – Universitätsmedizin Berlin (Germany)': a dash between the words of a name)
    whole = re.fullmatch(r"([^–—]+\s[–—]\s([A-Z][^–—()]{2,60}?))(?:\s\([^()]*\))?", item)
    if (
        not kept
        and whole
        and _TITLE_CASE.fullmatch(whole.group(2))
        and not _ROLE_FIRST.match(whole.group(2))
        and not re.fullmatch(r"[A-Z&\-]{2,8}", whole.group(2).strip())  # ('X – NTNU': its short form)
    ):
        kept = whole.group(1)
    item = kept or _DESCRIPTION_AFTER.sub("", _NOTE.sub("", item))  # its description
    # ('Centre for Epidemic Response and Innovation (CERI), Stellenbosch University': the body it sits in, after
    # its short form)
    item = re.sub(r"^(.+?\s\([A-Z][A-Za-z&\-]{1,10}\)),\s+\S.*$", r"\1", item)
    # ('University of Southampton, Institute of Sound and Vibration Research': its unit)
    item = without_unit(item)
    # ("Memorial University's Fisheries and Marine Institute": a body of its own, inside another)
    owned = re.fullmatch(r"([^,]+?)['’]s\s+([A-Z][^,]+)", item)
    if owned and looks_like_org(owned.group(1)) and looks_like_org(owned.group(2)):
        item = owned.group(2)
    # ('Middlemore Hospital, Te Whatu Ora Counties Manukau', 'Vaiola Hospital, Nuku'alofa, Tonga': a
    # name ending in its head, then who runs it or where it is)
    item = re.sub(
        r"^(.+?\b(?:Hospital|Clinic|Institute|Institut|College|Laboratory|Trust|Foundation|Agency)),\s.*$",
        r"\1",
        item,
    )
    # Where the item is, not another name: 'X (Oak Ridge, Tennessee)', 'X, Oak Ridge, Tenn.'
    item = _PLACE.sub("", re.sub(r",\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+[A-Z][\w.]+$", "", item))
    town = _TOWN.search(item)
    if (
        town
        and not looks_like_org(town.group(1))
        and not is_legal_form(town.group(1))
        # a campus ('University of Wisconsin, Madison'), not the country the university is in
        and (not re.search(UNIVERSITY_OF_PLACE, item[: town.start()]) or country_code(town.group(1)))
    ):
        item = item[: town.start()]  # 'Laurentian Geophysics, Sudbury': a line's item and its town
    if re.match(r"(?:Other\s+|Further\s+)?(?:Institutions|Partners|Universities|Companies|Organi[sz]ations)\b", item):
        return None  # 'Institutions in the United States and Finland (to be finalized)': a kind, unnamed
    # ('Participation ended', 'Share this page': words about the page, not a name)
    return item if _TITLE_CASE.fullmatch(item.strip()) or lookup(item.strip()) or has_legal_form(item) else None


# (one name alone after the colon too: '■ 구동모터 : 성진모터텍')
# ('▲전력기기(6곳)=A·B·C': the kind, its count, an equals sign)
_GROUP_LINE = re.compile(r"[^:：=＝,]{1,20}[:：=＝]\s*(?=[^,·ㆍ/;]+[,·ㆍ/;]|[^\s,·ㆍ/:：]{2,20}\s*$)")
# What a line says its name does, in a word ending it ('임상 통계 설계·분석', '품질·사이버보안 검증')
_TASK_END_KO = re.compile(
    r"(?:검증|분석|설계|개발|제공|운영|구축|지원|평가|관리|제작|공급|실증|생산|시험|수행|연구|자문|교육|인증|설치|수집|처리)$"
)
_GROUP_ITEM = re.compile(r"[^,·ㆍ/;]+")  # ('▲ 기업 : 한빛클라우드; 누리AI': semicolons too)
# (a description, or the programme money comes through: 'X, through the Lake Winnipeg Basin Program')
# (or who pays for it: 'X (HSLU), Switzerland, funded by the State Secretariat ...')
_DESCRIPTION_AFTER = re.compile(
    r"(?:,\s+(?:an?|the|which|who|whose|through|via|funded|supported|financed)\s|\s(?:--|[-–—])\s|:\s).*$"
)
# a note in brackets about the item, not its short form: '(network director Dr. Arjun Mehta, Soil Science)'
_NOTE = re.compile(r"\s*\((?![A-Z0-9&\-]{2,10}\))[a-z][^()]*\)$")


# '- three equipment and engineering firms: A, which builds ...; B': a kind in lower case and its items after a colon
_KIND_LINE = re.compile(r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?[a-z][a-z\s&\-]{2,60}:\s+")
# 'Industry: A; B; C', 'Government: D (DEMIRS); E' under a role heading: the items of one sector after it and a colon
_SECTOR_LINE = re.compile(
    r"^[ \t]*(?:[-•*·▪][ \t]*)?(?P<kind>(?:Industry|Industrial|Government|Public|Private|Research|Academia|Academic|"
    r"Community|Communities|International|Overseas|Universities|Companies|Business|Non-?profits?|NGOs?|Civil society|"
    r"Health|Hospitals|Utilities|Local government|Start-?ups|SMEs|Charities|Philanthropy|Foundations)"
    r"(?:\s+(?:sector|partners?|members?|organi[sz]ations?|institutions?|bodies))?):[ \t]+(?=[A-Z\"'“])"
)
_ROLE_FIRST = re.compile(
    r"(?:(?!which|who|will|to)[A-Za-z\-]+\s+){0,2}(?:co-?)?(?:co-?ordinator|partner|lead|leader|host|funder|chair|"
    r"observer|secretariat|end[\s\-]users?)\b",
    re.I,
)


def _named_line(line: str) -> bool:
    """A line that is only a name, up to a long one ('Norwegian University of Science and Technology (NTNU)'),
    or a name and what it does after a dash ('Université des Antilles, France - Guadeloupe collection pilot')."""
    stripped = line.strip()
    named = re.split(r"\s(?:--|[-–—])\s", stripped, maxsplit=1)[0]
    return (
        is_list_line(line)
        or (len(line) <= 100 and bool(_TITLE_CASE.fullmatch(_without_note(stripped))))
        or (
            named != stripped
            and len(stripped) <= 240
            and bool(_TITLE_CASE.fullmatch(named))
            # (a body, perhaps with where it is: not a code and its title, 'HORIZON-IA - HORIZON Innovation Actions')
            and (looks_like_org(named) or bool(country_code(named.rsplit(", ", 1)[-1])))
        )
    )


def _mark(line: str) -> str:
    """The bullet a list line opens with ('-', '△', '1.' as a number), or '' for none."""
    m = _BULLET.match(line)
    mark = re.sub(r"^\([a-h]\)$", "(a)", re.sub(r"\d+", "1", m.group(0).strip())) if m else ""  # ('(a)', '(b)')
    # ('①', '②': one mark; so are the flags of countries, '🇸🇳', '🇲🇼')
    return re.sub(r"[\U0001f1e6-\U0001f1ff]{2}", "🏳", re.sub(r"[①-⑳]", "①", mark))


def _named_part(line: str, language: str) -> str:
    """The part of an English list line that names the item, without what it will do ('X, which will lead ...')."""
    if language == "en":
        return _DESCRIPTION_AFTER.sub("", line)
    bullet = _BULLET.match(line)
    named = _KO_NAMED_SENTENCE.match(line, bullet.end() if bullet else 0)
    if named:
        return line[: named.end("name")]  # ('▷ 퀀텀아이 이 회사는 ... 실증에 참여했습니다.')
    # ('- 테크핸즈: 의장사, 20자유도 로봇 손': a name, then its role; a role there does not end the list)
    start = bullet.end() if bullet else 0
    told = re.match(r"\s*(?:\S+\s){0,2}\S+?(?:\s?\([^()]{1,30}\))?(?:\s?[:：]\s|\s[-–—]\s)", line[start:])
    return line[: start + told.end()] if told and _opening_role(line[start + told.end() :]) else line


# What separates a Korean list line's name from what it says about it: '- 충북대학교 : 신호 해석', '① A – 총괄, ...'
_AFTER_NAME = re.compile(r"\s[-–—─―]\s|\s?[:：]\s")


def _opening_role(told: str) -> Cue | None:
    """The role that opens what a Korean list line says after its name ('총괄, 현장 적용성 평가'), if any."""
    first = re.split(r"[,，]", told, maxsplit=1)[0].strip()
    roles = find_cues(first, "ko") if first else []
    # ('총괄주관연구개발기관': the overall lead, its cue after '총괄')
    opens = roles and (roles[0].start == 0 or first[: roles[0].start] == "총괄")
    return roles[0] if opens and roles[0].end >= len(first) - 1 else None


# A member's line with its office in brackets: '- 국립재난안전연구원(의장기관)', '- 한국지능정보사회진흥원(NIA·간사)'
_MEMBERS_OFFICE = re.compile(
    r"(?P<name>[^\s()][^()]{0,40}?)\s?\((?:[^()]{0,12}·)?(?:공동\s?)?(?:의장|회장|부의장|부회장|위원장|부위원장|간사|"
    r"사무국|운영위원)(?:기관|사)?\)"
)


def _with_line_role(cue: Cue, item: str, start: int, role: Cue | None, language: str = "ko") -> list[Mention]:
    """A list item with the role its own line gives: that role replaces the list's general one ('참여기관별 역할은
    다음과 같다' over '② 한국지질자원연구원 – 공동주관, ...'), and joins a specific membership ('창립 회원사' over
    '- 테크핸즈: 의장사, ...'; any membership in English: 'seven member institutions:' over 'X — coordinator')."""
    listed = item_mention(cue, item, start, start + len(item), language)
    if listed is None or role is None or (role.table, role.label) == (cue.table, cue.label):
        return [listed] if listed else []
    # (read again under its own role: a foreign partner's country, '이탈리아 중앙복원연구소')
    own = item_mention(role, item, start, start + len(item), language)
    specific = cue.label in ("founding_member", "initial_member", "new_member") or (
        language == "en" and cue.table == "members"
    )
    return [m for m in ([listed, own] if specific and role.table == "institutions" else [own]) if m]


_FOLLOWS_KO = re.compile(r"(?:다음|아래)(?:과|와)\s?같")
# A line that opens with when: a step of a schedule ('내년 3월 ...', '2027년 상반기 ...', 'Q3 2026 ...').
_STEP_LINE = re.compile(
    r"(?:(?:19|20)\d{2}\s?(?:년|\.\s?\d)|\d{1,2}\s?월\s|(?:올해|내년|다음\s?달|연말|연내)\s|(?:상|하)반기\s|"
    r"(?:Q[1-4]|H[12])\s(?:19|20)\d{2}\b)"
)


def _counted_line(line: str, cue: Cue) -> list[Mention]:
    """The item of one line of a Korean list whose count the intro states: the name before a colon or a dash,
    and a role that opens what follows it ('- 한국로봇융합연구원(KIRO): 사무국, 시험 기준 마련')."""
    bullet = _BULLET.match(line)
    start = bullet.end() if bullet else len(line) - len(line.lstrip())
    name, *told = _AFTER_NAME.split(line[start:].rstrip(" ,.;"), maxsplit=1)
    if has_bracket_role(name) or opens_with_bracket_role(line):
        return []  # '▲강원대학교(공동연구) - ...', '- [공동] ㈜세라믹스원 – ...': its own role, read with its sentence
    return _with_line_role(cue, re.sub(r"\s*(?:등|외)$", "", name), start, _opening_role("".join(told)))


def _semicolon_items(line: str, cue: Cue, language: str) -> list[Mention]:
    """Items of a paragraph that is one list split by semicolons, each perhaps with where it is in brackets."""
    if line.count(";") < 2:
        return []
    out = []
    for piece in re.finditer(r"[^;]+", line):
        item = re.sub(r"^\s*(?:and\s+)?(?:the\s+)?", "", piece.group(0))
        start = piece.end() - len(item)
        item = _PLACE.sub("", item.rstrip(" .,")) if language == "en" else item.rstrip(" .,")
        m = item_mention(cue, item, start, start + len(item), language)
        if m:
            out.append(m)
    return out
