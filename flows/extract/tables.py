"""Tables of organisations, as reports print them and as trafilatura renders HTML tables.

- Lines that each name an organisation and, after a dash, its role ('- CNR (Italy) — coordinator'), as
  European project pages list their partners: each line gives its organisation that role.

- A column of roles after the names ('Member | Country | Role'): each row gives its organisation the role its
  cell names, and membership when the name column is headed 'Member'. (Korean tables lead with the role,
  '| 주관 | KT |', and are read as cues; their '역할' columns describe tasks, not roles.)
- A column of names only, after a sentence that announces them ('초기 멤버는 모두 12곳이다.' then '| 구분 |
  기관명 |'): the names in its cells take the role that sentence names.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flows.extract.cues import BARE_ROLES_KO, Cue, bare_role, find_cues
from flows.extract.lists import english_line_item, heading_cue, intro_cue, line_person, without_unit
from flows.extract.mentions import HONORIFICS, TITLES_KO, Mention, english_list, item_mention, table_cells
from flows.extract.orgs import country_code, is_city, is_region, looks_like_org

# Header cells: the column of names, and the column of roles.
_NAME_HEAD = re.compile(
    r"(?i)^(?:(?:member|partner|participant|organi[sz]ation|institution|company|beneficiary|entity|agency|body|"
    r"university|institute)s?|entities|agencies|bodies|universities|name|"
    r"(?:참여\s?)?(?:기관|기업|회원사|업체)(?:·(?:기관|기업))?명?)$"
)
# A first column's heading that may name a kind of organisation ('Farm', 'Grower', 'Hospital'), not a date or sum.
# ('| Funder | Contribution |', '| Sponsors | Amount |': a column headed by the role of the names in it
_HOLDER_HEAD = re.compile(
    r"(?i)(?:funders?|funding (?:bodies|organi[sz]ations|partners?)|sponsors?|end[- ]users?|"
    r"host (?:universit(?:y|ies)|institutions?))"  # ('| Host university | Research chair | Chairholder |')
)
# A column of the bodies that fund each row's organisation ('| Organisation | Funded by |').
_HELD_BY_HEAD = re.compile(r"(?i)funded by|funders?|funding (?:body|bodies|agency|agencies)|sponsored by|sponsors?")
_KIND_HEAD = re.compile(
    r"(?i)(?!.*\b(?:year|date|phase|stage|budget|amount|period|milestone|step|no|total|month|quarter|item)s?\b)"
    r"[a-z][a-z\s]{1,30}"
)
_SHORT_HEAD = re.compile(r"(?i)short\s+(?:name|form)|acronym|abbreviation|약칭")
_ROLE_HEAD = re.compile(
    r"(?i)^(?:(?:main|primary|key|project)\s+)?(?:role|roles|function|position|joined as|membership(?: type)?|"
    r"type of membership|status|member type|"
    r"membership status|tier|category)(?:\s+in\s+[\w\s\-&.]+)?$"
)
# A column of the people who lead each row's work ('Project leader', 'Principal investigator', 'Lead researcher').
_PERSON_HEAD = re.compile(
    r"(?i)^(?:project\s+|programme\s+|program\s+|team\s+|key\s+)?(?:leader|head|lead researcher|lead scientist|"
    r"principal investigator|PI|contact|researcher|chairholder|chair holder)(?:s|\(s\))?$"
)
_PERSON_CELL = re.compile(
    r"^(?:(?P<honorific>Dr|Prof|Professor|Engr|Mr|Ms|Mrs)\.?\s+)?(?P<name>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3})"
    r"(?:\s*\([^()]*\)|,\s+[a-z][^|]*)?$"  # ('Dr Ana Ruiz (Director)', 'Professor Hana Whit, programme director')
)


# A Korean column headed by a role ('| 구분 | 연구 내용 | 주관 | 책임자 |', '| 참여기관 |'): its cells are the names
# that hold the role, and a column of heads ('책임자') gives each its person.
# ('| 주관연구개발기관 | 공동연구개발기관 | 위탁연구개발기관 |': one column for each role)
_KO_ROLE_HEAD = re.compile(r"^(?P<role>[가-힣]{2,6}?)\s?(?:(?:연구|개발|연구개발)?기관|기업|기관명|기업명|사)?$")
_KO_PERSON_HEAD = re.compile(r"^(?:연구\s?)?(?:책임자|총괄책임자|과제책임자|대표자|책임연구원)$")
_HEADING_KO = re.compile(r"분야|구분|역할|비고|지역|소재지|대표|업종|내용|분류|유형|담당")
_KO_PERSON = re.compile(rf"^(?P<name>[가-힣]{{2,4}})\s?(?P<title>{TITLES_KO})?")


_Header = tuple[list[tuple[int, Cue]], int | None]


def _whole_cue(cell: str) -> tuple[str, str] | None:
    """(table, label) of a Korean cell that is one role or kind of membership and nothing else ('회장사')."""
    cell = cell.replace(" ", "")
    cues = find_cues(cell, "ko") if cell else ()
    return (cues[0].table, cues[0].label) if len(cues) == 1 and cues[0].end - cues[0].start >= len(cell) - 1 else None


def _ko_role_header(cells: list[str], above: str = "") -> _Header | None:
    """([(column, role cue)], column of heads) of a Korean header row with columns headed by roles, or with a
    column of names under a caption that names their role ('창립 회원(14개 기관)' over '| 분야 | 기관명 | 역할 |'),
    else None."""
    columns = []
    for n, cell in enumerate(cells):
        cell = re.sub(r"\([^()]*\)$", "", cell.replace(" ", ""))  # ('주관기관(연구단장)': whose head is in brackets)
        head = _KO_ROLE_HEAD.match(cell)
        role = BARE_ROLES_KO.get(cell) or (BARE_ROLES_KO.get(head.group("role")) if head else None)
        # ('| 분야 | 창립 회원사 | 비고 |': a column headed by a kind of membership)
        kind = _whole_cue(cell)
        role = role or (kind if kind and kind[0] == "members" else None)
        if role and n > 0:
            columns.append((n, Cue(role[0], role[1], 0, 0)))
    names = [n for n, c in enumerate(cells) if _NAME_HEAD.match(c.replace(" ", ""))]
    # (a kind of membership only: rows of a table whose '구분' column holds each row's role are read as cues)
    announced = [c for c in find_cues(above, "ko") if c.table == "members"] if names and not columns else []
    if announced and (
        any(re.fullmatch(r"구분|역할|유형|참여\s?형태", c) for c in cells[: names[0]])
        # (a header is a row of headings, not a row of data whose first cell is a kind: '| 기업 | 루멘테크 |')
        or not any(_HEADING_KO.search(c) for n, c in enumerate(cells) if n != names[0])
    ):
        announced = []
    if announced:
        columns = [(names[0], Cue(announced[-1].table, announced[-1].label, 0, 0))]
    if not columns:
        return None
    people = [k for k, c in enumerate(cells) if _KO_PERSON_HEAD.match(c.replace(" ", ""))]
    return columns, people[0] if people else None


def table_rows(body: str, language: str) -> set[int]:
    """Offsets of the rows table_mentions reads as table rows, not sentences: of Korean tables with a column headed
    by a role, their header rows too (their other cells hold tasks and row labels, '총괄', '세부과제 1', and their
    headers words such as '참여 회원사 수', which are no cues); of English tables with a column of roles ('| imec |
    Belgium | Technical co-lead; 3D-integration test vehicles |')."""
    # (and English list lines with their role in brackets, read by role_lines)
    lines = {body.rfind("\n", 0, m.start()) + 1 for m, _, _ in _bracket_role_lines(body)} if language == "en" else set()
    if "|" not in body:
        return lines
    if language == "ko":
        rows, headers = _ko_role_table(body)
        return {start for start, _, _ in rows} | set(headers)
    return lines | {start for start, _, _, header in _headed_rows(body, language, set()) if isinstance(header[1], int)}


def _ko_role_table(body: str) -> tuple[list[tuple[int, list[str], _Header]], list[int]]:
    """The rows of Korean tables with columns headed by roles, and the offsets of their header rows."""
    rows, headers, offset, header, tried, header_at = [], [], 0, None, 0, 0
    if "|" not in body:
        return rows, headers
    above = ""  # the line above the table and its caption row: '■ 신규 회원사 8곳', '| 2026년 승인 신규 회원사 | | |'
    for line in body.split("\n"):
        start, offset = offset, offset + len(line) + 1
        if line.count("|") < 2:
            header, tried = None, 0
            above = line if line.strip() else above
            continue
        cells = table_cells(line)
        if all(re.fullmatch(r":?-{2,}:?|", c) for c in cells):
            continue
        if not header:  # (a caption row may come above the header: the first two rows are tried)
            header = _ko_role_header(cells, above) if tried < 2 else None
            header_at = start
            tried += 1
            if header is None:
                above += " " + " ".join(cells)
            else:
                header = (_specific_membership(header[0], above), header[1])
            continue
        if len(cells) > header[0][0][0]:
            rows.append((start, cells, header))
            if header_at not in headers:
                headers.append(header_at)
    return rows, headers


_MARK = re.compile(r"\s*[●○◎◯✓✔√OV]\s*")  # (a mark in a role column: filled, open, ticked)


def _specific_membership(columns: list[tuple[int, Cue]], above: str) -> list[tuple[int, Cue]]:
    """A column headed '회원사' under a caption that says which members ('신규 회원사', '창립 회원사') lists those."""
    kinds = [c for c in find_cues(above, "ko") if c.table == "members" and c.label != "member"]
    if not kinds:
        return columns
    return [(n, kinds[-1] if (cue.table, cue.label) == ("members", "member") else cue) for n, cue in columns]


def _ko_role_mentions(body: str, line_rows: list) -> list[tuple[int, Mention]]:
    out = []
    for start, cells, (columns, people) in line_rows:
        line = body[start:].split("\n", 1)[0]
        person = _KO_PERSON.match(cells[people]) if people is not None and len(cells) > people else None
        bars = [m.start() for m in re.finditer(r"[|｜]", line)]
        if not line.lstrip().startswith(("|", "｜")):
            bars = [-1, *bars]  # (a table written without its outer pipes)
        # ('| 음료 | 대한음료 | 회장사 |': a role in a cell of its own, for the row's first name; '의장기관 · RIS
        # 제어 프로토콜 설계': the role before the task)
        noted = [
            (columns[0][0], Cue(*role, 0, 0))
            for n, c in enumerate(cells)
            if n not in dict(columns) and (role := _whole_cue(c) or _whole_cue(re.split(r"\s[·,/]\s", c)[0]))
        ]
        for column, cue in columns + noted:
            if column >= len(cells) or column >= len(bars):
                continue
            if _MARK.fullmatch(cells[column]) and cells[0] and not _MARK.fullmatch(cells[0]):
                # ('| 기관명 | 주관 | 공동연구 |' over '| 전남대학교 | | ● |': a mark under the role, the name first)
                column = 0
            elif _MARK.fullmatch(cells[column]) or not cells[column]:
                continue
            cell_at = line.find(cells[column], bars[column] + 1)
            for name in re.finditer(r"[^,，·ㆍ/]+", cells[column]):
                text = name.group(0).strip()
                at = cell_at + name.start() + (len(name.group(0)) - len(name.group(0).lstrip()))
                m = item_mention(cue, text, at, at + len(text), "ko")
                # (the head named in the row is the first role's: '| 주관 | 책임자 |')
                if m and person and m.table == "institutions" and column == columns[0][0]:
                    m = replace(m, person_name=person.group("name"), person_title=person.group("title"))
                if m:
                    out.append((start, m))
    return out


def _headed_rows(body: str, language: str, claimed: set[int]):
    """(offset, line, cells, header) of each row of a table whose header has a column of organisations and either a
    column of roles or a sentence before it announcing them; header is (names column, roles column or the
    announced cue, the names column's heading)."""
    offset, header, before, above, caption = 0, None, "", "", None
    for line in body.split("\n"):
        start, offset = offset, offset + len(line) + 1
        if line.count("|") < 2 and not (line.count("|") == 1 and header):
            if line.strip():
                above, before = before, line
            header, caption = None, None
            continue
        if start in claimed:
            continue
        cells = table_cells(line)
        if all(re.fullmatch(r":?-{2,}:?|", c) for c in cells):
            continue  # the rule under a header
        # (a caption row above the header, '| Institutions participating in X | | |', is no header)
        if header is None and len(cells) > 1 and sum(map(bool, cells)) == 1:
            # a caption row over the header: '| KASA 신규 회원사 (12월 8일 가입 승인) | | |'; one that names the kind
            # ('| KELPCARB beneficiaries | | |') announces the rows as a sentence before the table would
            caption = heading_cue(next(c for c in cells if c), language)
            continue
        if header is None or (header == () and language == "en" and any(_NAME_HEAD.match(c) for c in cells)):
            names = [n for n, c in enumerate(cells) if _NAME_HEAD.match(c)]
            held = [n for n, c in enumerate(cells) if language == "en" and _HOLDER_HEAD.fullmatch(c)]
            if not names and held and (role := bare_role(cells[held[0]], language)):
                # '| Funder | Contribution | Period |': a column headed by the role its names hold
                people = [n for n, c in enumerate(cells) if n > held[0] and _PERSON_HEAD.match(c)]
                header = (
                    held[0],
                    Cue(role[0], role[1], 0, 0),
                    cells[held[0]],
                    people[0] if people else None,
                    None,
                    None,
                )
                continue
            if (
                not names
                and language == "en"
                and all(cells)  # (not a caption row over the header, '| COOLSTACK consortium | | |')
                and _KIND_HEAD.fullmatch(cells[0])
                and intro_cue(before, language)
            ):
                # 'Six farms have signed on as grower members:' over '| Farm | Parish | Acres |': the first column
                # holds the kind the sentence announced, whatever its heading calls them
                names = [0]
            roles = [n for n, c in enumerate(cells) if names and n > names[0] and _ROLE_HEAD.match(c)]
            # a column of tasks ('주요 역할') says the table lists roles of its own, read as cues
            tasks = any(re.search(r"(?i)역할|담당|업무|\btasks?\b|\bresponsibilit", c) for c in cells)
            # (an English column of tasks, 'Main responsibility', is free text: the rows are still of the kind
            # announced, and a row whose task holds a role is read by its cue)
            announced = (
                (caption or intro_cue(before, language))
                if names and not roles and (not tasks or language == "en")
                else None
            )
            if announced and (announced.table, announced.label) == ("members", "member"):
                # ('Industry partners' / 'Eleven companies have signed up. Those named so far are:'): the heading
                # over the sentence names the kind, the sentence only that they take part
                announced = heading_cue(above, language) or announced
            people = [n for n, c in enumerate(cells) if names and n > names[0] and _PERSON_HEAD.match(c)]
            # ('| Organisation | Country | Funded by |' under 'Two associated partners ... are funded by their national
            # agencies': the names are the partners, and the column headed by a role holds its own names)
            held = [n for n, c in enumerate(cells) if names and n > names[0] and _HELD_BY_HEAD.fullmatch(c)]
            if held and announced and announced.label == "organiser":
                announced = next((c for c in reversed(find_cues(before, language)) if c.label != "organiser"), None)
            # ('| Beneficiary | Short name | Country |': each row's short form, as the text goes on to write it)
            short = [n for n, c in enumerate(cells) if names and n > names[0] and _SHORT_HEAD.fullmatch(c)]
            header = (
                (
                    names[0],
                    roles[0] if roles else announced,
                    cells[names[0]],
                    people[0] if people else None,
                    held[0] if held else None,
                    short[0] if short else None,
                )
                if roles or announced
                else ()
            )
            continue
        if header and len(cells) > header[0]:
            yield start, line, cells, header


def _en_role_columns(body: str) -> list[tuple[int, str, list[str], list[tuple[int, Cue]]]]:
    """(offset, line, cells, [(column, role)]) of the rows of English tables with no column of names but columns
    headed by a role ('| Zone | Regional nodal centre | Participating hospitals |')."""
    rows, header = [], None
    offset = 0
    for line in body.split("\n"):
        start, offset = offset, offset + len(line) + 1
        if line.count("|") < 2:
            header = None
            continue
        cells = table_cells(line)
        if all(re.fullmatch(r":?-{2,}:?|", c) for c in cells) or (header is None and sum(map(bool, cells)) <= 1):
            continue  # (the rule under a header, a caption row over it)
        if header is None:
            if any(_NAME_HEAD.match(c) for c in cells):
                header = []
                continue
            header = [
                (n, Cue(role[0], role[1], 0, 0))
                for n, c in enumerate(cells)
                if n and len(c.split()) <= 4 and (role := _column_role(c)) and role[1] != "other"
            ]
            continue
        if header:
            rows.append((start, line, cells, header))
    return rows


def _column_role(heading: str) -> tuple[str, str] | None:
    """The role of a column's heading: a cue covering its last word ('Participating hospitals'), or a nodal
    centre, which co-leads its part ('Regional nodal centre')."""
    if re.search(r"(?i)\bnodal\s+(?:cent(?:re|er)|institution|institute)s?$", heading):
        return "institutions", "co"
    cues = find_cues(heading, "en")
    return (cues[-1].table, cues[-1].label) if cues and cues[-1].end >= len(heading.rstrip("s")) - 1 else None


def _role_column_names(line: str, cells: list[str], header: list[tuple[int, Cue]]) -> list[Mention]:
    """The names of one row of a table with columns headed by roles, each cell's names split by semicolons."""
    out = []
    for column, cue in header:
        if column >= len(cells) or not cells[column]:
            continue
        cell_at = line.find(cells[column])
        for piece in re.finditer(r"[^;]+", cells[column]):
            name = piece.group(0).strip()
            town = re.match(r"(?P<name>.+\S),\s+(?P<town>[A-Z][\w.\-]+(?:\s[A-Z][\w\-]+)?)$", name)
            if town and (is_city(town.group("town")) or is_region(town.group("town"))):
                name = town.group("name")  # ('King George's Medical University, Lucknow': where it is)
            at = cell_at + piece.start() + (len(piece.group(0)) - len(piece.group(0).lstrip()))
            m = item_mention(cue, name, at, at + len(name), "en")
            out += [m] if m else []
    return out


def _membership_cell(cells: list[str], name_col: int) -> Cue | None:
    """The kind of membership a cell of an English row names, all of it ('Founding Member', 'Start-up Member')."""
    kinds = [bare_role(c, "en") for n, c in enumerate(cells) if n != name_col]
    kind = next((k for k in kinds if k and k[0] == "members"), None)
    return Cue(kind[0], kind[1], 0, 0) if kind else None


def table_mentions(body: str, language: str) -> list[tuple[int, Mention]]:
    """Mentions from the rows of each table in the body with a column of organisations and either a column of
    roles or a sentence before it announcing them: (offset of the row's line in the body, mention with its span
    in that line)."""
    out: list[tuple[int, Mention]] = []
    if "|" not in body:
        return out
    ko_rows = _ko_role_table(body)[0] if language == "ko" else []
    out += _ko_role_mentions(body, ko_rows)
    claimed = {start for start, _, _ in ko_rows}
    for start, line, cells, columns in _en_role_columns(body) if language == "en" else []:
        out += [(start, m) for m in _role_column_names(line, cells, columns)]
        claimed.add(start)
    carried: tuple[object, int, Cue] | None = None  # (table, column, role) a '구분' cell gave the rows below it
    for start, line, cells, header in _headed_rows(body, language, claimed):
        name_col, role, name_head, person_col, held_col, short_col = header
        short = cells[short_col] if short_col is not None and len(cells) > short_col else ""
        person = _PERSON_CELL.match(cells[person_col]) if person_col is not None and len(cells) > person_col else None
        if any(_NOT_YET.match(c) for n, c in enumerate(cells) if n != name_col):
            continue  # '| Research participants | Agriculture Victoria | In talks |': not on board yet
        # Spans are relative to the row's line, as those of line-per-item lists are.
        if held_col is not None and len(cells) > held_col and cells[held_col]:
            funder = Cue("institutions", "organiser", 0, 0)
            cell_at = line.find(cells[held_col])
            for name in re.finditer(r"[^;/]+", cells[held_col]):  # (one name may hold commas: 'X, Research and Y')
                m = item_mention(funder, name.group(0), cell_at + name.start(), cell_at + name.end(), language)
                if m:
                    out.append((start, m))
        if isinstance(role, Cue):
            own = [(n, cue) for n, c in enumerate(cells) if n != name_col and (cue := _group_role(c, language))]
            if own:
                # '| 1 | 1차 특구사업자 (2025.11. 지정 시) | A |': the role of this row and of the rows under it
                # that leave the cell empty (a merged cell, written once)
                carried = (header, *own[0])
                role = own[0][1]
            elif carried and carried[0] is header and (len(cells) <= carried[1] or not cells[carried[1]]):
                role = carried[2]
            elif language == "en" and role.table == "members" and (kind := _membership_cell(cells, name_col)):
                role = kind  # ('| Tata Electronics Pvt. Ltd. | Founding Member |' under 'Seven members have signed:')
            elif any(find_cues(c, language) for n, c in enumerate(cells) if n != name_col):
                continue  # the row names its own role ('| 주관 | A |'), read as a cue of its own
            cell_at = line.find(cells[name_col])
            # ('Karlsruhe Institute of Technology (KIT), Institute for Applied Materials': a body and its unit)
            cell = without_unit(cells[name_col]) if cells[name_col].count(",") == 1 else cells[name_col]
            # (not 'Central University of Technology, Free State': a name whose region follows a comma)
            whole = language == "en" and re.fullmatch(r"[^,]+,\s+[A-Z][\w ]+", cell) and is_region(cell.split(", ")[1])
            names = [re.match(r".+", cell)] if whole else list(re.finditer(r"[^,，·ㆍ]+", cell))
            for name in names:
                m = item_mention(role, name.group(0), cell_at + name.start(), cell_at + name.end(), language)
                if m:
                    # ('| University of Limpopo | SARChI Chair in ... | Prof. Tshilidzi Ramavhoya |': its chairholder)
                    out.append((start, _with_row_cells(m, short, person) if len(names) == 1 else m))
            continue
        if language != "en" or len(cells) <= role:
            continue
        name = cells[name_col]
        at = line.find(name)
        name, country = _without_country(name)  # ('| Cawthron Institute, New Zealand | International partner |')
        rows = [bare_role(part, language) for part in re.split(r"\s*[,;/·]\s*", cells[role]) if part]
        if not any(r and r[1] != "other" for r in rows):
            # ('| Organization | Type | Role in the hub |' with '| X | Academic partner | Prairie field network |'):
            # the role may stand in another column than the one headed 'role'
            elsewhere = [bare_role(c, language) for n, c in enumerate(cells) if n not in (name_col, role)]
            rows += [r for r in elsewhere if r and r[1] != "other"]
        if any(r and r[1] != "other" for r in rows):
            # 'Partner; clinical trials': the words after the role describe the work, no office of its own
            rows = [r for r in rows if r and r[1] != "other"]
        head_role = bare_role(name_head, language) if name_head else None
        if (
            head_role
            and head_role[0] == "institutions"
            and head_role[1] != "other"
            and not any(r and r[1] != "other" for r in rows)
        ):
            # ('| Partner | ... | Role in the project |' over '| X | ... | Shell supply; packaging trials |': the
            # role column tells each one's work, the name column's header their role)
            rows = [head_role]
        if name_head.lower().startswith("member"):
            rows.append(("members", "member"))
        for table, label in dict.fromkeys(r for r in rows if r):
            if table == "members" and label == "member" and any(t == "members" and x != label for t, x in rows if t):
                continue
            m = item_mention(Cue(table, label, at, at), name, at, at + len(name), language)
            if m and country and label == "international":
                m = replace(m, country=country)
            if m:
                # ('| X | Lead implementing agency | Dr. Ramon L. Villareal (Program Leader) |': who leads its part)
                out.append((start, _with_row_cells(m, short, person)))
    return out


def _with_row_cells(m: Mention, short: str, person: re.Match | None) -> Mention:
    """A row's mention with what the row's other cells tell of it: its short form, and the person who leads its
    part on an institution's row."""
    if short and short != m.name and not m.alias:
        m = replace(m, alias=short)
    if person and m.table == "institutions":
        m = replace(m, person_name=person.group("name"), person_title=HONORIFICS.get(person.group("honorific") or ""))
    return m


# A status cell of one not on board: 'In talks', 'Considering', 'Declined', '검토 중'
_NOT_YET = re.compile(
    r"(?i)\s*(?:in talks|in discussions?|under discussion|considering|undecided|declined|withdrawn|pending|"
    r"to be confirmed|tbc|검토\s?중|협의\s?중|미정|불참|탈퇴)\b"
)


def _group_role(cell: str, language: str) -> Cue | None:
    """The role a Korean table's cell of groups gives its rows ('1차 특구사업자 (2025.11. 지정 시)', '2차 특구사업자
    (추가 선정)': new members), or None."""
    if language != "ko":
        return None
    whole = _whole_cue(re.sub(r"^\d+\s?차\s?|\s*\([^()]*\)", "", cell))
    if whole is None:
        return None
    if whole[0] == "members" and re.search(r"추가|신규|새로", cell):
        return Cue("members", "new_member", 0, 0)
    return Cue(*whole, 0, 0)


# The roles a line gives its organisation before or after a dash.
_LINE_ROLE = (
    r"(?:[A-Za-z\-]+\s+){0,2}?(?:co-?coordinator|coordinator|partner|beneficiary|lead|leader|host|member|co-?funder|chair|"
    r"co-?chair|(?:co-?)?director|"
    r"co-?lead|observer|secretariat|subcontractor|funding|funder|end[- ]user|evaluator|advis[eo]r|operator|"
    r"provider|supplier)s?"
    # ('SLAC National Accelerator Laboratory — partner laboratory')
    r"(?:\s+(?:laborator(?:y|ies)|institutions?|universit(?:y|ies)|organi[sz]ations?|institutes?|labs?|agenc(?:y|ies)|bod(?:y|ies)))?"
)
# '- Consiglio Nazionale delle Ricerche (CNR), Italy — coordinator', 'Agroscope (Switzerland) - associated partner'
_ROLE_LINE = re.compile(
    rf"^[ \t]*(?:[-•*·▪]\s*|\d{{1,2}}[.)]\s*)?(?P<name>[^\n—–]{{2,160}}?)\s+[—–-]\s+(?P<role>{_LINE_ROLE})"
    # (perhaps with who represents it: '- NIOZ - coordinator; project leader Dr Sanne Hoekstra')
    r"(?:\s*[;,][^\n]{0,120})?\s*\.?[ \t]*$",
    re.I | re.M,
)
# 'Coordinator – Tauern Rail Cargo GmbH (TRC), Vienna', 'Partner, terminal operations – Brennero Intermodale SpA':
# the role first, perhaps with its task after a comma
_ROLE_FIRST_LINE = re.compile(
    rf"^[ \t]*(?:[-•*·▪]\s*|\d{{1,2}}[.)]\s*)?(?P<role>{_LINE_ROLE})(?:\s*\([^()\n]*\))?(?:,[^\n—–:]{{1,60}}?)?"
    r"\s*(?:\s[—–-]|:)\s+(?P<name>[A-Z][^\n]{1,160}?)[ \t]*$",
    re.I | re.M,
)
# '- Pusan National University [participating university] – Prof. Lee, ...', '- X GmbH (German industry partner)': a
# list line whose role is in brackets after its name, perhaps with the people of the partner's country, or with
# who leads its part in brackets after it ('2) Tohoku University [joint research institution] (Professor X)')
_BRACKET_ROLE_LINE = re.compile(
    r"^[ \t]*(?:[-•*·▪]|\d{1,2}[.)])[ \t]*(?P<name>[A-Z](?:(?!\s[–—-]\s)[^\n\[\]])+?)\s*"
    # (the role perhaps followed by where the partner is or its task: '(overseas institution, United States; ...)')
    r"[\[(](?P<role>[A-Za-z][A-Za-z& \-]{2,40})(?:[;,][^()\[\]\n]{0,200})?[\])]"
    r"(?:[ \t]*\((?P<person>(?:Prof|Professor|Associate|Assistant|Dr|Mr|Ms|Mrs)\b[^()\n]{2,80})\))?"
    r"[ \t]*(?:[ \t][–—-][ \t][^\n]*)?$",
    re.M,
)


def _bracket_role_lines(body: str) -> list[tuple[re.Match, tuple[str, str], str | None]]:
    """(line, role, country) of runs of English list lines with their role in brackets after the name."""
    out = []
    for m in _in_runs(list(_BRACKET_ROLE_LINE.finditer(body)), body):
        role_text, country = m.group("role"), None
        people = re.match(r"([A-Z][a-z]+)\s+(?=[a-z])", role_text)
        if people and country_code(people.group(1)):
            country, role_text = country_code(people.group(1)), role_text[people.end() :]
        role = bare_role(role_text, "en")
        if role is None or role[1] == "other":
            continue
        if country and role[1] == "partner":
            role = ("institutions", "international")  # ('German partner institute': a partner from abroad)
        out.append((m, role, country))
    return out


_WHERE = re.compile(r"(?:,\s*|\s+\()(?:the\s+)?(?P<country>[A-Z][\w .'\-]+?)\)?$")


def _without_country(name: str) -> tuple[str, str | None]:
    """A name without the country written after it ('X, New Zealand', 'X (Germany)'), and that country's code."""
    where = _WHERE.search(name)
    country = country_code(where.group("country").strip()) if where else None
    return (name[: where.start()], country) if country else (name, None)


# '- 국립공주대학교 : 공동연구기관 / 토양수분·기상 센서망 설계', '한국전자기술연구원(KETI) → 위탁연구기관': the name,
# then its role after a colon or an arrow, then perhaps its task
_ROLE_AFTER_COLON_KO = re.compile(
    r"^[ \t]*(?:[-•*·▪○◦▷▶①-⑳❶-❿][ \t]*|\d{1,2}[.)][ \t]*)?(?P<name>[^\n:：→/|]{2,40}?)[ \t]*[:：→][ \t]*"
    r"(?P<role>[가-힣][가-힣 ]{1,14}?)[ \t]*(?:[/(,·]|[-–—][ \t]|$)",
    re.M,
)


def _in_runs(found: list[re.Match], body: str) -> list[re.Match]:
    """The matches on lines next to another match: a run of such lines, not a lone sentence that happens to end
    in '- partner'."""
    lines = [body.count("\n", 0, m.start()) for m in found]

    def together(a: int, b: int) -> bool:
        # (or the same field every few lines: 'Host institution: X' under each numbered item)
        # (or a line of its work between two: '1) X [lead company]', 'Overall project management', '2) Y [...]')
        gap = lines[b] - lines[a]
        return gap <= 2 or (gap <= 3 and found[a].group("role").lower() == found[b].group("role").lower())

    return [m for n, m in enumerate(found) if (n and together(n - 1, n)) or (n + 1 < len(found) and together(n, n + 1))]


# '| Participating institutions | A; B; C |', '| Project manager | Professor X, Faculty of Y, Z University |': a
# two-cell row of a fact table, the role heading the row
_ROLE_ROW = re.compile(r"^\|\s*(?P<role>[A-Za-z][A-Za-z \-]{2,40}?)\s*\|\s*(?P<name>[^|\n]{2,400}?)\s*\|[ \t]*$", re.M)


def _role_rows(body: str) -> list[tuple[int, Mention]]:
    """Mentions from the two-cell rows of a fact table whose first cell is a role."""
    out = []
    for m in _ROLE_ROW.finditer(body):
        role = bare_role(m.group("role"), "en")
        if role is None or role[1] == "other":
            continue
        line_start = m.start()
        for piece in re.finditer(r"[^;]+", m.group("name")):
            text = piece.group(0).strip()
            name = english_line_item(text)
            if not name:
                continue
            at = m.start("name") - line_start + piece.start() + max(piece.group(0).find(name), 0)
            mention = item_mention(Cue(*role, at, at), name, at, at + len(name), "en")
            person = line_person(text)
            if mention and person:
                mention = replace(mention, person_name=person[0], person_title=person[1])
            out += [(line_start, mention)] if mention else []
    return out


def role_lines(body: str, language: str) -> list[tuple[int, Mention]]:
    """Mentions from runs of two or more lines that each name an organisation and its role, after a dash
    ('X (Italy) — coordinator') or before it ('Coordinator – X, Vienna'), in Korean after a colon or an arrow
    ('- 국립공주대학교 : 공동연구기관 / 센서망 설계'): (offset of the line in the body, mention with its span in that
    line)."""
    out: list[tuple[int, Mention]] = []
    if language != "en":
        for m in _in_runs(list(_ROLE_AFTER_COLON_KO.finditer(body)), body):
            cues = find_cues(m.group("role"), "ko")
            line_start = body.rfind("\n", 0, m.start("name")) + 1
            at = m.start("name") - line_start
            if cues and (mention := item_mention(cues[0], m.group("name"), at, at + len(m.group("name")), "ko")):
                out.append((line_start, mention))
        return out
    bracketed = _bracket_role_lines(body)
    for m, role, country in bracketed:
        line_start = body.rfind("\n", 0, m.start("name")) + 1
        at = m.start("name") - line_start
        # ('X (KIGAM), Republic of Korea (international participant)': the country it is in)
        name, written = _without_country(without_unit(m.group("name")))
        country = country or written
        mention = item_mention(Cue(*role, at, at), name, at, at + len(name), language)
        person = line_person(m.group("person")) if m.group("person") else None
        if mention and person and role[0] == "institutions":
            mention = replace(mention, person_name=person[0], person_title=person[1])
        if mention:
            out.append((line_start, replace(mention, country=country) if role[1] == "international" else mention))
    out += _role_rows(body)
    # ('- University of Warwick (co-lead)' then '- Newcastle University – co-lead': one run in two styles)
    beside = {body.count("\n", 0, m.start()) + step for m, _, _ in bracketed for step in (-1, 1)}
    for pattern in (_ROLE_LINE, _ROLE_FIRST_LINE):
        found = list(pattern.finditer(body))
        in_runs = _in_runs(found, body)
        for m in in_runs + [m for m in found if m not in in_runs and body.count("\n", 0, m.start()) in beside]:
            role = _office_role(m.group("role")) or bare_role(m.group("role"), language)
            if role is None:
                continue
            line_start = body.rfind("\n", 0, m.start("name")) + 1
            # ('Funding – A, through the X Program; B': each of the names the role line gives)
            for piece in re.finditer(r"[^;]+" if pattern is _ROLE_FIRST_LINE else r".+", m.group("name")):
                name, at = piece.group(0), piece.start()
                if pattern is _ROLE_FIRST_LINE:
                    name = english_line_item(name.strip()) or ""
                    at += max(piece.group(0).find(name), 0)  # ('Director: Professor X, University of Y': the body)
                name = _without_country(name)[0]  # (the country it is in)
                at += m.start("name") - line_start
                # ('Academic partners: University of Oxford, Queen's University Belfast and Cardiff University')
                listed = english_list(name, at) if re.search(r",\s|\sand\s", name) else []
                # (each a name of its own: not 'Ministry of Fisheries, Animal Husbandry and Dairying')
                whole = len(listed) < 2 or not all(looks_like_org(name[a - at : b - at]) for a, b in listed)
                # ('Co-director: Dr Tomasz Nowak, Reader in Acoustics, University of Salford': who holds the office)
                person = line_person(piece.group(0).strip()) if pattern is _ROLE_FIRST_LINE else None
                for a, b in [(at, at + len(name))] if whole else listed:
                    mention = item_mention(Cue(role[0], role[1], a, a), name[a - at : b - at], a, b, language)
                    if mention and person and whole and role[0] == "institutions":
                        mention = replace(mention, person_name=person[0], person_title=person[1])
                    if mention:
                        out.append((line_start, mention))
    return out


def _office_role(office: str) -> tuple[str, str] | None:
    """The role a person's office on a leadership list gives the body they are at: a director's or the hub lead's
    leads it, a co-director's or deputy's co-leads it, a spoke lead's is a partner ('- Spoke lead: Dr X, Queen's
    University')."""
    office = office.strip().lower()
    if re.fullmatch(
        r"(?:(?:hub|centre|center|network|project|programme|program|scientific)\s+)?(?:director|lead)", office
    ):
        return "institutions", "lead"
    if re.fullmatch(r"(?:co-?|deputy\s+|associate\s+)director", office):
        return "institutions", "co"
    if re.fullmatch(r"spoke\s+(?:lead|leader|director)", office):
        return "institutions", "partner"
    return None
