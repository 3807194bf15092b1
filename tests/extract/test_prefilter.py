"""The cheap prefilter that picks candidate sentences must never hide a sentence that holds a cue."""

from pathlib import Path

import polars as pl

from flows import stages
from flows.extract import _CUE_WORDS
from flows.extract.cues import find_cues
from flows.extract.sentences import split_sentences

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def test_every_sentence_with_a_cue_passes_the_prefilter():
    paths = sorted(str(p) for p in SAMPLES.iterdir() if p.suffix in (".txt", ".html"))
    articles, _ = stages.read_and_clean(paths, 10_000_000)
    sentences = split_sentences(articles).join(articles.select("article_id", "language"), on="article_id")
    hidden = sentences.filter(~pl.col("sentence").str.contains(_CUE_WORDS))
    missed = [s for s, lang in hidden.select("sentence", "language").iter_rows() if find_cues(s, lang)]
    assert not missed, missed[:5]


def test_every_cue_label_is_in_the_contract():
    from flows.extract.cues import _EN, _KO
    from schemas.institutions import ROLES
    from schemas.members import MEMBERSHIP_TYPES

    for table, label, _ in _KO + _EN:
        if (table, label) == ("institutions", "task"):
            continue  # a part in the work, written out as 'other' or dropped (see tests/extract/test_extract.py)
        assert label in (MEMBERSHIP_TYPES if table == "members" else ROLES), (table, label)
