"""Properties that hold for any input: cleaning and list parsing never crash and stay inside the text."""

import polars as pl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.clean import clean, decode, prepare
from flows.extract.mentions import sentence_mentions
from flows.extract.sentences import kiwi

KOREAN = st.text(
    alphabet=st.sampled_from(list("가나다라마바사아자차카타파하기업관협회△▲·, 와과및은는이가를등 12AB()")), max_size=120
)
ANY = st.text(max_size=300)


@given(st.binary(max_size=2000))
def test_decode_returns_text_or_a_reason(data):
    text, reason = decode(data)
    assert (text is None) != (reason is None)
    if text is not None:
        assert "\x00" not in text and "\u200b" not in text


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(ANY, KOREAN), min_size=1, max_size=4))
def test_clean_splits_every_source_into_an_article_or_a_reject(texts):
    raw = pl.DataFrame(
        {
            "source_uri": [f"s{i}.txt" for i in range(len(texts))],
            "raw": [t.encode("utf-8") for t in texts],
            "raw_sha256": [str(i) for i in range(len(texts))],
            "error": [None] * len(texts),
        },
        schema={"source_uri": pl.Utf8, "raw": pl.Binary, "raw_sha256": pl.Utf8, "error": pl.Utf8},
    )
    articles, rejects = clean(prepare(raw))
    assert sorted(articles["source_uri"].to_list() + rejects["source_uri"].to_list()) == sorted(raw["source_uri"])
    for body in articles["body"]:
        assert body.strip()


@settings(max_examples=80, deadline=None)
@given(st.one_of(KOREAN, ANY))
def test_list_parsing_never_crashes_and_spans_stay_inside(sentence):
    tokens = kiwi().tokenize(sentence)
    for language, toks in (("ko", tokens), ("en", None)):
        for m in sentence_mentions(sentence, language, toks):
            assert 0 <= m.start < m.end <= len(sentence)
            assert m.name
