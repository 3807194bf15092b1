"""Cleaning: raw bytes -> article text without page clutter, with title, outlet and publication time.

Decoding and HTML extraction go through libraries one page at a time (charset detection, trafilatura);
the line-level clutter filter and metadata parsing run as Polars expressions over the whole batch.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata

import charset_normalizer
import polars as pl
import trafilatura
from lxml.etree import Element
from trafilatura.utils import load_html

from flows.dates import parse_published_expr
from flows.places import page_zone_expr

MIN_BODY_CHARS = 40
PROSE_CHARS = 120  # a line longer than this is a paragraph of the article, not a headline or a menu

# Whole lines that are page furniture: font-size buttons, reaction counters, share bars, photo credits.
_UI_WORDS = (
    "가장작게|작게|기본|크게|가장크게|글자크기|글씨크기|인쇄|프린트|공유|스크랩|북마크|구독|댓글|"
    "좋아요|화나요|슬퍼요|추가취재 원해요|훈훈해요|후속기사 원해요|"
    "facebook|twitter|kakao|카카오톡|페이스북|트위터|링크복사|url복사|share|print|email|tweet|"
    "subscribe|sign up|newsletter|advertisement|광고|기사 듣기|번역|text size|font size"
)
CLUTTER_LINE = (
    r"(?i)^\s*(?:[•·\-*▶◆]\s*)?(?:"
    rf"(?:{_UI_WORDS})\s*\d*"
    r"|[\(\[]?\s*(?:사진|사진제공|자료사진|그래픽|photo|image|credit|courtesy)\s*[=:/][^\n]{0,80}"
    r"|[\(\[]\s*(?:사진|photo|image|caption)\s*[=:][^\n]{0,300}[\)\]]"
    r"|[\(\[]?\s*(?:사진|자료|그래픽)\s*=\s*[^\n]{0,60}\s*(?:제공)?[\)\]]?"
    r"|(?:photo|image)\s*(?:by|courtesy of)\s[^\n]{0,80}"
    r"|\*\s*24시간 변동률 기준|[+\-]?\d[\d,.]*\s*%?"
    # an advertisement marked as one ('SPONSORED · Hydrogen Americas Summit 2025 · Washington, D.C. · June 10–11')
    r"|(?:sponsored|advertisement|promoted|paid\s+content|광고|협찬)\s*[·:|\-–—]\s[^\n]*"
    # ticker rows ('한미반도체 98,700 ▲1.23%') and bylines with an address ('정다은 기자 dej@example.co.kr')
    r"|[^\n]{1,40}\s[\d,.]+\s*[▲▼△▽↑↓+\-]\s*[\d,.]+\s*%?"
    r"|[^\n]{0,40}(?:기자|특파원|reporter|correspondent)?\s*[\w.+\-]+@[\w\-]+\.[\w.\-]+[^\n]{0,20}"
    r"|(?:입력|등록|수정|기사입력|최종수정|송고시간|송고|업데이트|게재|발행|published|updated|posted(?: on)?)"
    r"\s*[:：]?\s*[\d.\-/: 년월일오전후apm,]{6,40}[^\n]{0,30}"
    r")\s*$"
)
# A line that stops mid-sentence: Korean ending on a particle or a connective ending, English on a comma or a
# function word, or on a lowercase word (then the next line must start lowercase too, see CONTINUED_LINE).
WRAPPED_LINE = (
    r"^[^△▲■□●•◆▶\-*\[(|]"  # not a list item, a bracketed cue ('[인터뷰]') or a table row
    r"(?:[^|>]{3,98}(?:[가-힣'’\"”)][은는이가을를에의와과고며면서데도로만게지한인된할던등]|[가-힣],|\s등)"
    r"|[^|]{38,98}(?:,|\b(?:the|of|and|a|an|to|by|with|for|in|on|at|from|as|its|their|that|which|is|are|was|were|"
    r"will|has|have|or))"
    r"|[^|]{38,98}[a-z])$"
    r"|^[^|]{3,400}\s및$"  # (a list, a bulleted one too, going on after its last '및')
)
# The next line goes on with the sentence: Hangul, a quote or a digit, or a lowercase English word.
CONTINUED_LINE = r"^(?:[가-힣㈜'\"‘“0-9a-z(]|[A-Z][A-Za-z&]*\s?[가-힣])"  # (or 'XR 제작사 ...': Latin inside Korean)
# A heading after which the rest of the page is other stories, tickers or the footer.
TAIL_MARKER = (
    r"(?i)^\s*(?:[•·\-*▶■◆\[【]\s*)?(?:"
    r"주요\s?뉴스|관련\s?기사|관련\s?뉴스|많이\s?본\s?뉴스|많이\s?본\s?기사|인기\s?기사|실시간\s?인기|"
    r"실시간\s?암호화폐\s?시세|오늘의\s?상승종목|오늘의\s?시세|증시\s?시세|주요\s?시세|종목\s?시세|추천\s?기사|이\s?시각\s?주요뉴스|최신\s?기사|함께\s?보면|"
    r"저작권자|copyright\s*(?:©|\(c\))|©|ⓒ|무단\s?전재|all rights reserved|"
    r"related (?:stories|articles|news)|most (?:read|popular|viewed)|more from|read more|"
    r"recommended|trending|you may also like|top stories|"
    # a press release's closing boilerplate: 'About Northbridge Biologics', contacts
    r"about\s+(?:the\s+)?[^\d\s][^.!?:]{1,50}$|media contacts?\b|press contacts?\b|contacts?$|\[?회사\s?소개"
    r")"
)
# 'About the OpenFleet Alliance' closing a member's release: the programme the article is about, with its founders
# and offices, not the issuer's boilerplate
_PROGRAMME_KINDS = "alliance|consortium|network|hub|partnership|coalition|initiative"
_ABOUT_PROGRAMME = rf"(?i)^\s*about\s+(?:the\s+)?[^.!?:]{{1,50}}\b(?:{_PROGRAMME_KINDS})\s*$"
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff\x00"))
_META_PUBLISHED = re.compile(
    r"<meta[^>]+(?:property|name|itemprop)=[\"'](?:article:published_time|datePublished|pubdate|"
    r"og:article:published_time|date|govuk:first-published-at|govuk:public-updated-at|dcterms\.issued|"
    r"dcterms\.date|dc\.date\.issued|dc\.date)[\"'][^>]*"
    r"content=[\"']([^\"']+)[\"']",
    re.I,
)
# '"datePublished": "2025-10-06T06:00:00-04:00"' in a page's JSON-LD block
_JSON_LD_PUBLISHED = re.compile(r"[\"']datePublished[\"']\s*:\s*[\"']([^\"']{10,40})[\"']")
# '<time datetime="2026-02-17T10:30:00-03:30">': the page's own machine-readable time.
_TIME_ELEMENT = re.compile(r"<time[^>]+datetime=[\"']([^\"']{10,40})[\"']", re.I)
_META_SITE = re.compile(r"<meta[^>]+property=[\"']og:site_name[\"'][^>]*content=[\"']([^\"']+)[\"']", re.I)
_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rb"<(?:!doctype\s+html|html|head|body|meta|div|article|title|script|link|section|main)",
    re.I | re.S,
)

_DATELINE = (
    r"^[\(\[]?[가-힣A-Za-z]{1,12}\s?=\s?[가-힣A-Za-z0-9]{2,12}[\)\]]\s*(?:[가-힣]{2,4}\s?(?:기자|특파원)\s*=\s*)?"
)
# 'AMES, Iowa – ', 'WARSAW, Jan 15 (Reuters) - ', 'NEW YORK (AP) — ': the city in capitals, then a dash and a
# sentence ('KAIST, Daejeon – lead institution' in a list keeps its name).
_EN_DATELINE = (
    r"^[A-Z][A-Z.'\-]+(?:[ /][A-Z][A-Z.'\-]+){0,3}"  # ('TOKYO/SEOUL, May 13 (Meridian Wire) - ')
    r"(?:(?:, [A-Z][a-z]+\.?(?: [A-Z][a-z]+)?)+(?:,? \d{1,2})?(?:,? \d{4})?(?: \([^)]{1,40}\)| /[^/]{1,30}/)?"
    r"|, \d{1,2} [A-Z][a-z]+(?: \d{4})?(?: \([^)]{1,40}\))?| \([^)]{1,40}\)) ?[-–—]+ ?([A-Z\"“‘'])"  # 'Wash.—The'"
)

CLEAN_SCHEMA = {
    "source_uri": pl.Utf8,
    "raw_sha256": pl.Utf8,
    "text": pl.Utf8,
    "meta_title": pl.Utf8,
    "meta_outlet": pl.Utf8,
    "meta_published": pl.Utf8,
    "meta_head": pl.Utf8,
    "error": pl.Utf8,
}


def _cp949_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Decode error handler: bytes that are not UTF-8 are tried as a CP949 character, else replaced."""
    assert isinstance(exc, UnicodeDecodeError)
    pair = exc.object[exc.start : exc.start + 2]
    try:
        return pair.decode("cp949"), exc.start + 2
    except UnicodeDecodeError:
        return "\ufffd", exc.start + 1


codecs.register_error("hubetl-cp949", _cp949_fallback)


def decode(raw: bytes) -> tuple[str | None, str | None]:
    """Decode bytes as UTF-8 (with or without BOM), CP949/EUC-KR, or what charset detection finds.

    Files that mix encodings, or are cut off in the middle of a character, are decoded piece by piece.
    Returns (text, None) or (None, reason). Text that is mostly control or undecodable characters is
    refused: it is binary data, not an article.
    """
    if not raw or not raw.strip():
        return None, "empty file: no bytes of text"
    text = None
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    strict_utf8 = False
    for encoding in ("utf-8", "cp949"):
        try:
            text = raw.decode(encoding)
            strict_utf8 = encoding == "utf-8"
            break
        except UnicodeDecodeError:
            continue
    if text is None:
        # Mixed encodings, or a file cut off mid-character: UTF-8 where it is, CP949 where that fits.
        text = raw.decode("utf-8", errors="hubetl-cp949")
        if text.count("\ufffd") > max(8, len(text) // 50):
            best = charset_normalizer.from_bytes(raw[:200_000]).best()
            if best is None:
                return None, "undecodable bytes: not UTF-8, CP949/EUC-KR or any encoding detected"
            text = raw.decode(best.encoding, errors="replace")
    sample = text[:20_000]
    if strict_utf8 is False and len(sample) > 200 and sum(ch.isspace() for ch in sample) < len(sample) // 33:
        # Korean and English prose is at least 3% spaces; bytes forced through CP949 come out as a wall of
        # syllables with almost none.
        return None, "binary content: decodes only to text without word breaks"
    bad = sum(1 for ch in sample if ch == "\ufffd" or (unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\x00"))
    if bad > max(8, len(sample) // 20):
        return None, f"binary content: {bad} control or undecodable characters in the first {len(sample)}"
    return text.translate(_ZERO_WIDTH), None


def html_to_text(html: str) -> tuple[str, dict[str, str | None]]:
    """Main text and metadata of an HTML page through trafilatura (no network)."""
    tree = load_html(html)
    if tree is not None:
        _paragraph_tails(tree)
        _cell_lists(tree)
    text = trafilatura.extract(tree if tree is not None else html, include_comments=False, include_tables=True) or ""
    if tree is not None:
        text = _boxed_lines(tree, _dropped_lists(tree, text))
    if not text.strip():
        # trafilatura gives up on some pages (nesting hundreds of elements deep): keep their visible text.
        text = _visible_head(html, limit=2_000_000)
    meta = trafilatura.extract_metadata(html)
    # (a date with its time before a bare day: 'dcterms.issued' 2026-05-12 above 'article:published_time' 10:00)
    stamps = [m.group(1) for m in _META_PUBLISHED.finditer(html[:200_000])]
    published = next((s for s in stamps if re.search(r"\d:\d\d", s)), stamps[0] if stamps else None)
    if published is None and (
        element := _JSON_LD_PUBLISHED.search(html[:200_000]) or _TIME_ELEMENT.search(html[:200_000])
    ):
        published = element.group(1)
    site = _META_SITE.search(html[:200_000])
    return text, {
        "title": (meta.title if meta else None),
        "outlet": (site.group(1) if site else (meta.sitename if meta else None)),
        # trafilatura's own date guess is left out: on pages with no date it picks up unrelated ones.
        "published": published,
        "visible_head": _visible_head(html),
    }


_BLOCKS = ("div", "figure", "table", "aside", "section", "ul", "ol", "blockquote", "p", "h1", "h2", "h3", "h4")


def _paragraph_tails(tree) -> None:
    """Text standing loose after a block ('<div class="photo">...</div> The hub opened ...<br><br>', as many
    news sites write their article bodies) becomes a paragraph of its own: trafilatura drops it otherwise."""
    for el in list(tree.iter(*_BLOCKS)):
        if el.tail and el.tail.strip() and el.getparent() is not None:
            p = Element("p")
            p.text, el.tail = el.tail, None
            el.addnext(p)


def _cell_lists(tree) -> None:
    """A list inside a table cell becomes the cell's text, its items split by semicolons: trafilatura drops the
    cell (and the rows after it) otherwise."""
    for cell in tree.iter("td", "th"):
        items = [text for li in cell.iter("li") if (text := _text_of(li))]
        if items:
            before = (cell.text or "").strip()
            for child in list(cell):
                cell.remove(child)
            cell.text = " ".join([before, "; ".join(items)]).strip()


# A paragraph that announces the list after it: 'are:', '참여기업은 다음과 같다.', 'as follows'.
_ANNOUNCING = re.compile(r":\s*$|(?:다음|아래)(?:과|와)\s?같|\bas follows\b|\bthe following\b", re.I)


def _text_of(el) -> str:
    """An element's text, its white space made single spaces."""
    return " ".join("".join(el.itertext()).split())


def _in_text(el, text: str) -> int:
    """Where the end of an element's text is in the extracted text, or -1."""
    words = _text_of(el)
    at = text.find(words) if len(words) >= 8 else -1
    return at + len(words) if at >= 0 else -1


# A box's label for the list under it: 'Founding members:', 'Partners:', '참여기관:'.
_BOX_LABEL = re.compile(
    r"^(?:[\w\-]+\s+){0,2}(?:members?|partners?|participants|funders?|institutions|companies|회원사?|참여\s?기관|"
    # (and how many: 'Founding members (13):')
    r"참여\s?기업|공동\s?연구\s?기관|수요\s?기업)\s*(?:\(\s?\d+\s?\)\s*)?[:：]$",
    re.I,
)
# A box's heading says the same without a colon: 'Who is in SAPPC', 'The partners', 'Who does what'.
_BOX_HEADING = re.compile(
    r"^(?:who(?:['’]s| is| are)\s+(?:in|involved|behind|taking part)|who does what|(?:the\s+)?(?:[\w\-]+\s+)?"
    r"(?:members?|partners?|participants|consortium|funders?)\b|참여\s?기관|참여\s?기업|컨소시엄\s?구성|회원사)",
    re.I,
)
# An item that says its own role: 'Lead: A', 'Research partners: B; C', '주관: D'.
_LABELLED_ITEM = re.compile(r"^[^\W\d][\w\- ]{1,30}\s?[:：]\s+\S")


def _in_box(el) -> bool:
    """Inside a box of the page: an <aside>, or a block whose class says box."""
    return any(a.tag == "aside" or re.search(r"box", a.get("class") or "", re.I) for a in el.iterancestors())


def _boxed(lst, before, text: str) -> bool:
    """A list left out of a box of the page (an <aside>, or a block whose class says box), which says what it
    lists: a <dl> by its terms, a <ul> or <ol> by the label before it ('Founding members:')."""
    if not _in_box(lst):
        return False
    if lst.tag == "dl":
        return True
    items = [_text_of(li) for li in lst.iter("li")]
    if sum(bool(_LABELLED_ITEM.match(i)) for i in items) * 2 > len(items):
        return True
    if before is None or _in_text(before, text) >= 0:
        return False
    heading = before.tag in ("h2", "h3", "h4", "h5", "strong", "b") and _BOX_HEADING.match(_text_of(before))
    return bool(_BOX_LABEL.match(_text_of(before)) or heading)


def _dropped_lists(tree, text: str) -> str:
    """Lists trafilatura left out of the text though the paragraph before them is in it, put back one line per
    item: a <ul> or <ol> the paragraph announces ('Six distilleries have signed on as founding members:'),
    '- item' a line; a short <dl> of roles and names ('총괄' / 'A', '협력기관' / 'B / C'), 'term: names' a line."""
    for lst in tree.iter("ul", "ol", "dl"):
        if lst.tag == "dl":
            terms = [_text_of(t) for t in lst.iter("dt")]
            details = [_text_of(d) for d in lst.iter("dd")]
            if not 0 < len(terms) == len(details) <= 12 or any(len(t) > 20 for t in terms):
                continue
            items = [f"{t}: {d}" for t, d in zip(terms, details, strict=True)]
            # (kept, but as '- 총괄' and '- A' on lines of their own: a term and its names on one line again)
            alternating = "\n".join(f"- {t}\n- {d}" for t, d in zip(terms, details, strict=True))
            if alternating in text:
                text = text.replace(alternating, "\n".join(items))
                continue
            present = sum(d in text for d in details if d) * 2 > len(details)
        else:
            items = [_text_of(li) for li in lst.iter("li")]
            items = [f"- {i}" for i in items if i]
            present = sum(i[2:] in text for i in items) * 2 > len(items)  # (most of it: one may be named elsewhere)
        if not items or present:
            continue
        before = lst.getprevious()
        if _boxed(lst, before, text):
            # a fact box beside the story ('Founding members:' and its list): its lines at the end of the text
            label = "" if lst.tag == "dl" or before is None else "\n" + _text_of(before)  # (a list first in its box)
            text += label + "".join(f"\n{i}" for i in items)
            continue
        # the paragraph before, over a heading the extraction left out ('<h4>□ 협의체 구성</h4>')
        heading = ""
        if before is not None and before.tag in ("h2", "h3", "h4", "h5") and _in_text(before, text) < 0:
            # (a heading that says who the list is, '<h4>참여기관</h4>', goes back in with it)
            heading = _text_of(before) if _BOX_HEADING.match(_text_of(before)) else ""
            before = before.getprevious()
        end = _in_text(before, text) if before is not None else -1
        if end < 0 or (lst.tag != "dl" and not heading and not _ANNOUNCING.search("".join(before.itertext()))):
            continue
        text = text[:end] + (f"\n{heading}" if heading else "") + "".join(f"\n{i}" for i in items) + text[end:]
    return text


def _boxed_lines(tree, text: str) -> str:
    """Paragraphs of a fact box beside the story, a label in bold over names a line each ('<p><strong>Member
    biorepositories</strong><br>A, Nairobi<br>B, Eldoret</p>'), that trafilatura left out: put back at the end
    of the text as 'Label:' and one '- name' line each."""
    for p in tree.iter("p"):
        if not _in_box(p):
            continue
        label = p.find("strong") if p.find("strong") is not None else p.find("b")
        breaks = len(p.findall("br"))
        if label is None or breaks < 2 or not label.text or label.text.strip().endswith(":"):
            continue
        lines = []
        for br in p.findall("br"):
            tail = " ".join((br.tail or "").split())
            if tail:
                lines.append(tail)
        if len(lines) >= 2 and sum(line in text for line in lines) * 2 <= len(lines):
            text += f"\n{' '.join(label.text.split())}:" + "".join(f"\n- {line}" for line in lines)
    return text


def _visible_head(html: str, limit: int = 4000) -> str:
    """The page's visible text near the top, one line per block: where '입력 2025.04.15 14:20' lines live."""
    body = re.sub(r"(?is)<(script|style|head|noscript)\b.*?</\1>", " ", html[:300_000])
    body = re.sub(r"(?i)<br\s*/?>|</(?:p|div|li|span|h\d|time|dd|dt)>", "\n", body)
    text = re.sub(r"<[^>]+>", " ", body)
    lines = [re.sub(r"\s+", " ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)[:limit]


def prepare(raw_df: pl.DataFrame) -> pl.DataFrame:
    """Decode each article and take HTML pages through trafilatura; errors are kept per row."""
    rows = []
    for rec in raw_df.iter_rows(named=True):
        out = {k: None for k in CLEAN_SCHEMA} | {"source_uri": rec["source_uri"], "raw_sha256": rec["raw_sha256"]}
        if rec["error"] is not None:
            out["error"] = rec["error"]
            rows.append(out)
            continue
        text, error = decode(rec["raw"])
        if text is not None and (
            rec["source_uri"].lower().endswith((".html", ".htm")) or _HTML_START.match(rec["raw"][:2000])
        ):
            try:
                text, meta = html_to_text(text)
            except Exception as exc:  # lxml refuses some pathological pages; the page is rejected, not the run
                text, error = None, f"HTML could not be parsed: {type(exc).__name__}: {exc}"[:300]
            else:
                out["meta_title"], out["meta_outlet"], out["meta_published"], out["meta_head"] = (
                    meta["title"],
                    meta["outlet"],
                    meta["published"],
                    meta["visible_head"],
                )
        out["text"], out["error"] = text, error
        rows.append(out)
    return pl.DataFrame(rows, schema=CLEAN_SCHEMA)


# A question of an interview: '―이번 사업의 목표는.', 'Q: Who are the partners?', 'Q. 참여 기관은?'.
_QUESTION_LINE = r"^(?:―|Q\s?[.:：]|Q\d{1,2}[.:]|\[?질문\]?\s?[:：]?)\s*\S.{0,100}$"


def _lines(df: pl.DataFrame) -> pl.DataFrame:
    """One row per line of each article, with its position, after normalising white space."""
    return (
        # Every line break Unicode knows (\u2028, \u2029, NEL, VT, FF too), not only \r and \n.
        df.select(
            "source_uri",
            pl.col("text").str.replace_all(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]", "\n").str.split("\n").alias("line"),
        )
        .with_columns(pl.int_ranges(pl.col("line").list.len()).alias("line_no"))
        .explode("line", "line_no")
        .with_columns(_aligned_columns())
        .with_columns(
            pl.col("line")
            .str.replace_all(r"[ \t\u00a0\u3000]+", " ")
            # (emoji variation selectors and keycaps: '▪️ A' is '▪ A', '1️⃣ PREDICT' is '1 PREDICT')
            .str.replace_all(r"[\uFE0E\uFE0F\u20E3]", "")
            # A table drawn with box characters ('│ 주관 │ KETI │') is read as one drawn with '|'; its rules go.
            .str.replace_all(r"[│┃║]", "|")
            .str.replace(r"^[─━═┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬\s]+$", "")
            # dot leaders between a label and its value ('Lead ........ University of Manitoba') read as a dash
            .str.replace_all(r"(?:\s?\.{4,}|\s?…{2,})\s?", " – ")
            .str.strip_chars()
        )
        # A wire dateline before the first sentence ('(대구=연합뉴스) 이소연 기자 = '): who wrote it, not what.
        # (its date is the publication date's: the line as written is kept for that, see clean)
        .with_columns(
            pl.col("line").alias("as_written"),
            pl.col("line").str.replace(_DATELINE, "").str.replace(_EN_DATELINE, "$1"),
        )
        # A numbered list run into one line, as a page's <ol> often comes out ('1. A – ... 2. B – ... 3. C'):
        # one line per item again.
        .with_columns(
            pl.when(pl.col("line").str.contains(r"^1[.)] \S.* 2[.)] \S.* 3[.)] \S"))
            .then(pl.col("line").str.replace_all(r" (\d{1,2}[.)]) ", "\n$1 "))
            .otherwise(pl.col("line"))
            .str.split("\n")
        )
        .explode("line")
        # Items numbered inside a sentence ('The partners are (1) A, which leads, (2) B and (3) C', 'a) A, b) B'):
        # the numbers go, so that the sentence reads as the list it is.
        .with_columns(
            pl.when(pl.col("line").str.contains(r"\((?:1|a|i)\) .+\((?:2|b|ii)\) "))
            .then(pl.col("line").str.replace_all(r"\((?:\d{1,2}|[a-j]|[ivx]{1,4})\) ", ""))
            .when(pl.col("line").str.contains(r"(?:^|\s)(?:1|a|i)\) .+\s(?:2|b|ii)\) "))
            .then(pl.col("line").str.replace_all(r"(^|\s)(?:\d{1,2}|[a-j]|[ivx]{1,4})\) ", "$1"))
            .otherwise(pl.col("line"))
        )
        .with_columns(pl.int_range(pl.len()).over("source_uri").alias("line_no"))
        # A cell spanning rows ('| 참여사 | A |' then '| | B |', as a page's rowspan comes out): each row under it
        # is given its first cell again, so that every row reads whole.
        .with_columns(
            pl.col("line").str.contains(r"^\|").alias("_row"),
            pl.col("line").str.extract(r"^\|([^|]*)\|", 1).str.strip_chars().alias("_first"),
        )
        .with_columns(
            _carried(
                pl.when(pl.col("_row") & (pl.col("_first") != "") & ~pl.col("_first").str.contains(r"^:?-+:?$")).then(
                    pl.col("_first")
                ),
                pl.col("_row"),
            ).alias("_above")
        )
        .with_columns(
            pl.when(pl.col("_row") & (pl.col("_first") == "") & pl.col("_above").is_not_null())
            .then(pl.concat_str(pl.lit("| "), pl.col("_above"), pl.col("line").str.replace(r"^\|\s*", " ")))
            .otherwise(pl.col("line"))
            .alias("line")
        )
        .drop("_row", "_first", "_above")
        # The same in a table written without its outer pipes ('참여기업 | A | 역할' then '| B | 역할', as text
        # copied from a document comes): a row opening with a pipe under one that does not lacks the first cell.
        .with_columns(
            (pl.col("line").str.contains(r"^[^|]+\S\s*\|.*\|") & ~pl.col("line").str.contains(r"^\|")).alias("_bare"),
            pl.col("line").str.contains(r"^\|").alias("_piped"),
        )
        .with_columns(
            _carried(
                pl.when(pl.col("_bare")).then(pl.col("line").str.extract(r"^([^|]*?)\s*\|", 1)),
                pl.col("_bare") | pl.col("_piped"),
            ).alias("_above")
        )
        .with_columns(
            # (not a cell's text wrapped onto the next line, whose other cells are empty: '| manufacturing |')
            pl.when(
                pl.col("_piped")
                & pl.col("_above").is_not_null()
                & ~pl.col("line").str.contains(r"^\|\s*-|\|\s*(?:\||$)")
            )
            .then(pl.concat_str(pl.col("_above"), pl.lit(" "), pl.col("line")))
            .otherwise(pl.col("line"))
            .alias("line")
        )
        .drop("_bare", "_piped", "_above")
        # An interview's answers ('―컨소시엄은 어떻게 꾸렸나.' then '"주관기관은 ..."') are what the article reports,
        # not a commentator's quote: their quotation marks go.
        # (so do their markers: 'A. 주관기관은 UNIST이고', 'A: We have four partners')
        .with_columns(pl.col("line").str.contains(_QUESTION_LINE).sum().over("source_uri").ge(2).alias("_qa"))
        .with_columns(
            pl.when(pl.col("_qa") & pl.col("line").str.contains(r'^["“][^"“”]{20,}["”]?$'))
            .then(pl.col("line").str.replace(r'^["“]', "").str.replace(r'["”]$', ""))
            .when(pl.col("_qa"))
            .then(pl.col("line").str.replace(r"^(?:A\s?[.:：]|답\s?[.:：]|\[?답변\]?\s?[:：]?)\s+", ""))
            .otherwise(pl.col("line"))
        )
        .drop("_qa")
    )


_GAP = r"\S(?: {2,}|\t+)\S"


def _aligned_columns() -> pl.Expr:
    """A table typed with its columns lined up by spaces under a rule of dashes ('Organisation      Role' over
    '------------  ----'), by tabs, or as three or more Latin-script lines of three columns or more ('Clinical
    site    Location    Site principal investigator' over its rows; Korean lines spaced for reading are no table),
    rewritten as a table drawn with '|', before white space is squeezed and the columns run together."""
    line = pl.col("line")
    stripped = line.str.strip_chars()
    gapped = line.str.contains(_GAP)
    rule = line.str.contains(r"^\s*-{3,}(?:\s{2,}-{3,})+\s*$")
    run = (~(gapped | rule)).cum_sum().over("source_uri")
    columns = stripped.str.count_matches(r"\S(?: {2,}|\t+)") >= 2
    latin = columns & ~line.str.contains(r"[가-힣|]")  # (not a table already drawn with bars and padded)
    latin_run = (~latin).cum_sum().over("source_uri")
    table = (gapped | rule) & (
        rule.any().over("source_uri", run)
        | (line.str.contains("\t").sum().over("source_uri", run) >= 3)
        | (latin & (latin.sum().over("source_uri", latin_run) >= 3))
    )
    cells = stripped.str.replace_all(r" {2,}|\t+", " | ")
    return (
        pl.when(table & rule)
        .then(pl.lit("|---|---|"))
        .when(table)
        .then(pl.concat_str(pl.lit("| "), cells, pl.lit(" |")))
        .otherwise(line)
        .alias("line")
    )


def _carried(value: pl.Expr, in_table: pl.Expr) -> pl.Expr:
    """A table's value carried down its rows (a run of lines in_table of one article) to the rows that lack it."""
    return value.forward_fill().over("source_uri", (~in_table).cum_sum().over("source_uri"))


_HEADLINE = pl.col("first_line").str.strip_chars()


def clean(prepared: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Split prepared articles into (articles, rejects).

    Articles carry title, outlet, published_at (UTC), language, the cleaned body and article_id;
    rejects carry source_uri, stage, reason.
    """
    failed = prepared.filter(pl.col("error").is_not_null())
    ok = prepared.filter(pl.col("error").is_null())
    lines = _lines(ok)
    head = (
        lines.filter(pl.col("line") != "")
        .group_by("source_uri", maintain_order=True)
        .agg(
            pl.col("line").head(1).first().alias("first_line"),
            pl.col("as_written").head(25).str.join("\n").alias("head"),
            # 'Published on May 12, 2026 20:40 IST' closing the page: a labelled date at the foot counts too
            pl.col("as_written").tail(6).str.join("\n").alias("foot"),
        )
        .join(ok.select("source_uri", "meta_title"), on="source_uri", how="left")
        # A page's own title settles what the headline is: a first line that is not in it is the article's.
        .with_columns(
            (
                pl.col("meta_title").is_null()
                # (a headline is short: a first line of thousands of characters is no pattern to search with)
                | pl.col("meta_title").str.contains(_HEADLINE.str.slice(0, 300), literal=True)
                & (pl.col("first_line").str.len_chars() <= 300)
            ).alias("title_first")
        )
        .drop("meta_title")
    )
    prose = pl.col("line").str.len_chars() > PROSE_CHARS
    lines = lines.with_columns(
        (
            pl.col("line").str.contains(TAIL_MARKER)
            & (pl.col("line").str.len_chars() < 60)
            & ~pl.col("line").str.contains(_ABOUT_PROGRAMME)
        ).alias("marker"),
        # Paragraphs of prose seen before the line, and the run of short lines (a block of headlines) it is in.
        (prose.cum_sum().over("source_uri") - prose.cast(pl.UInt32)).alias("prose_before"),
        ((pl.col("line") == "") | prose).cum_sum().over("source_uri").alias("block"),
    )
    # A marker after the article's prose starts the tail: other stories, tickers, the footer.
    tail_start = (
        lines.filter(pl.col("marker") & (pl.col("prose_before") > 0))
        .group_by("source_uri")
        .agg(pl.col("line_no").min().alias("tail_start"))
    )
    # A marker above the article ('MOST READ' in a header) drops only its own block of short lines.
    top_blocks = (
        lines.filter(pl.col("marker") & (pl.col("prose_before") == 0))
        .group_by("source_uri", "block")
        .agg(pl.col("line_no").min().alias("block_start"))
    )
    body = (
        lines.join(tail_start, on="source_uri", how="left")
        .join(top_blocks, on=["source_uri", "block"], how="left")
        .join(head.select("source_uri", "first_line", "title_first"), on="source_uri", how="left")
        .filter(
            (pl.col("tail_start").is_null() | (pl.col("line_no") < pl.col("tail_start")))
            & (pl.col("block_start").is_null() | (pl.col("line_no") < pl.col("block_start")))
            & (pl.col("line") != "")
            # The first line is the title, unless it is the whole text (an article on one line).
            & (
                (pl.col("line") != pl.col("first_line"))
                | (pl.col("line").str.len_chars() > 300)
                | ~pl.col("title_first")
            )
            & ~pl.col("line").str.contains(CLUTTER_LINE)
        )
        # Lines repeated verbatim (a caption printed twice, a title echoed in the page) keep their first copy.
        .unique(["source_uri", "line"], keep="first", maintain_order=True)
        # A sentence broken over lines (a broadcast script, text from a PDF) is put back on one line.
        .with_columns(
            pl.when(
                pl.col("line").str.contains(WRAPPED_LINE)
                & pl.col("line").shift(-1).over("source_uri").str.contains(CONTINUED_LINE).fill_null(False)
                # (a line going on in Latin letters only after a short one, as a broadcast script breaks them)
                & (
                    ~pl.col("line").shift(-1).over("source_uri").str.contains(r"^[A-Z]").fill_null(False)
                    | (pl.col("line").str.len_chars() <= 25)
                )
                # (a numbered item starts a line of its own)
                & ~pl.col("line").shift(-1).over("source_uri").str.contains(r"^\d{1,2}[.)] ").fill_null(False)
                # (and a list's last item ends its own: '⑧ 원광대학교 - 식품영양 평가' before the next paragraph)
                & ~pl.col("line").str.contains(r"^[①-⑳❶-❿]")
            )
            .then(pl.lit(" "))
            .otherwise(pl.lit("\n"))
            .alias("sep")
        )
        .group_by("source_uri", maintain_order=True)
        .agg(pl.concat_str("line", "sep").str.join("").str.strip_chars_end().alias("body"))
    )
    articles = (
        ok.join(head, on="source_uri", how="left")
        .join(body, on="source_uri", how="left")
        .with_columns(
            pl.coalesce(pl.col("meta_title"), pl.col("first_line")).str.strip_chars().alias("title"),
            pl.coalesce(pl.col("meta_outlet"), _outlet_expr(pl.col("text"))).alias("outlet"),
            pl.col("body").fill_null(""),
        )
        .with_columns(_language_expr(pl.col("body")).alias("language"))
        .with_columns(
            parse_published_expr(
                pl.col("meta_published"),
                pl.concat_str(pl.col("head"), pl.col("meta_head"), pl.col("foot"), separator="\n", ignore_nulls=True),
                # (Korean time for Korean outlets; English pages give the time where they are written from)
                page_zone_expr(pl.col("body"), pl.col("language")),
            ).alias("published_at")
        )
    )
    letters = pl.col("body").str.replace_all(r"[\s\p{P}\d]", "").str.len_chars()
    spaces = pl.col("body").str.count_matches(r"\s")
    # Too little text, or a wall of characters without word breaks (prose is at least 3% spaces).
    too_short = articles.filter((letters < MIN_BODY_CHARS) | ((letters > 200) & (spaces * 33 < letters)))
    articles = articles.join(too_short.select("source_uri"), on="source_uri", how="anti").with_columns(
        pl.col("body")
        .map_elements(lambda b: hashlib.sha256(b.encode()).hexdigest()[:16], return_dtype=pl.Utf8)
        .alias("article_id")
    )
    rejects = pl.concat(
        [
            failed.select("source_uri", pl.lit("read").alias("stage"), pl.col("error").alias("reason")),
            too_short.select(
                "source_uri",
                pl.lit("clean").alias("stage"),
                pl.format(
                    "no article text after cleaning: fewer than {} letters left, or no word breaks",
                    pl.lit(MIN_BODY_CHARS),
                ).alias("reason"),
            ),
        ]
    )
    return (
        articles.select(
            "article_id", "source_uri", "raw_sha256", "title", "outlet", "published_at", "language", "body"
        ),
        rejects,
    )


def _language_expr(body: pl.Expr) -> pl.Expr:
    hangul = body.str.count_matches(r"\p{Hangul}")
    latin = body.str.count_matches(r"[A-Za-z]")
    return pl.when(hangul * 4 >= latin).then(pl.lit("ko")).otherwise(pl.lit("en"))


def _outlet_expr(text: pl.Expr) -> pl.Expr:
    """Outlet where the text states it: (서울=연합뉴스), 저작권자 © 전자신문, © 2025 The Korea Herald."""
    return pl.coalesce(
        text.str.extract(
            r"\((?:[가-힣]{2,4}=)([가-힣A-Za-z]{1,10}(?:뉴스|신문|일보|경제|방송|통신|타임스|저널|뉴시스|News))\)", 1
        ),
        text.str.extract(
            r"(?:저작권자|Copyright)\s*(?:©|ⓒ|\(c\))\s*(?:\d{4}\s*)?([^\n,.]{2,40}?)\s*(?:[,.]|무단|all|$)", 1
        ),
        text.str.extract(r"(?m)^\s*\[([^\]\n]{2,20}(?:신문|뉴스|일보|경제|타임스|News|Times|Herald))\]", 1),
    ).str.strip_chars()
