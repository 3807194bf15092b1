"""Sentences with their character spans in the article body.

Korean paragraphs go through Kiwi's sentence splitter (one batched call per batch of articles, per
paragraph as Kiwi is slow on long strings); English and short lines are split by punctuation.
"""

from __future__ import annotations

import re
from functools import cache

import polars as pl

# (and a slash between labelled fields: 'Chair: A / Co-chairs: B, C / Secretariat: D')
_EN_SPLIT = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[\"“‘(]?[A-Z0-9가-힣])|\s+/\s+(?=[A-Z][\w\- ]{2,40}:\s)")
# Abbreviations after which a full stop does not end an English sentence.
_EN_NO_BREAK = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Inc|Corp|Co|Ltd|No|Nos|vs|etc|e\.g|i\.e|U\.S|U\.K|Jan|Feb|Mar|Apr|Jun|"
    r"Jul|Aug|Sept?|Oct|Nov|Dec|Rs|Rp|Gen|Lt|Col|Sen|Rep|Gov|Hon|Mt|Dept|Univ|Assoc|Bros|Pty|Pvt|Sdn|approx|"
    r"al|[A-Za-z])\.)$"  # (a single letter: 'U.K.', 'a.s.', 's.r.o.')
)
_LEGAL_END = re.compile(r"\b(?:Inc|Corp|Co|Ltd|Pty|Pvt|LLC|Bros)\.$")
_OPENER = re.compile(
    r"(?:The|This|These|Those|It|Its|They|Their|He|She|We|In|On|At|But|And|Also|Both|Each|All|Two|Three|Four|Five|"
    r"Six|Seven|Eight|Nine|Ten|Other|Others|Another|Some|Most|Several)\b"
)
SENTENCE_SCHEMA = {"article_id": pl.Utf8, "sent_no": pl.Int32, "start": pl.Int64, "end": pl.Int64, "sentence": pl.Utf8}


@cache
def kiwi():
    """The process's Kiwi instance (about 1 s and 0.5 GiB to build, so built once, on first use)."""
    from kiwipiepy import Kiwi

    return Kiwi(num_workers=2)


def _split_en(text: str, offset: int) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _EN_SPLIT.finditer(text):
        before = text[start : m.start()].rstrip("\"'”’)")
        # (a company's legal form ends the sentence when the next one opens as sentences do: 'Formosa Substrate
        # Corp. Four other founders asked not to be named.')
        if _EN_NO_BREAK.search(before) and not (_LEGAL_END.search(before) and _OPENER.match(text, m.end())):
            continue
        spans.append((offset + start, offset + m.start()))
        start = m.end()
    spans.append((offset + start, offset + len(text)))
    return [(s, e) for s, e in spans if e > s]


def split_sentences(articles: pl.DataFrame) -> pl.DataFrame:
    """One row per sentence of each article body: article_id, sent_no, start, end, sentence."""
    paragraphs: list[tuple[str, int, str, str]] = []  # (article_id, offset, text, language)
    for article_id, body, language in articles.select("article_id", "body", "language").iter_rows():
        offset = 0
        for line in body.split("\n"):
            if line.strip():
                paragraphs.append((article_id, offset, line, language))
            offset += len(line) + 1
    # Kiwi only where it can matter: Korean paragraphs holding more than one sentence end.
    # Kiwi's splitter slows down badly on very long strings: a paragraph of thousands of characters (a page
    # with its line breaks lost) is split by punctuation instead.
    korean = [
        p for p in paragraphs if p[3] == "ko" and len(p[2]) <= 5000 and len(re.findall(r"[.!?]\s", p[2] + " ")) > 1
    ]
    kiwi_spans: dict[tuple[str, int], list[tuple[int, int]]] = {}
    if korean:
        for (article_id, offset, _text, _), sents in zip(
            korean, kiwi().split_into_sents([p[2] for p in korean]), strict=True
        ):
            kiwi_spans[(article_id, offset)] = [(offset + s.start, offset + s.end) for s in sents]
    rows = []
    counters: dict[str, int] = {}
    for article_id, offset, text, _language in paragraphs:
        spans = kiwi_spans.get((article_id, offset)) or _split_en(text, offset)
        for start, end in spans:
            n = counters.get(article_id, 0)
            counters[article_id] = n + 1
            rows.append((article_id, n, start, end, text[start - offset : end - offset]))
    return pl.DataFrame(rows, schema=SENTENCE_SCHEMA, orient="row")
