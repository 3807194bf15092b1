"""Checks shared by several models: spans that point into the article body."""

from __future__ import annotations

import polars as pl
from pandera.api.polars.types import PolarsData


def span_inside_body(data: PolarsData) -> pl.LazyFrame:
    """span_start < span_end <= length of the article body (joined in as body_len before validation)."""
    return data.lazyframe.select(
        (pl.col("span_start") >= 0)
        & (pl.col("span_start") < pl.col("span_end"))
        & (pl.col("body_len").is_null() | (pl.col("span_end") <= pl.col("body_len")))
    )
