"""milestones: dated steps of a programme (key article_id, milestone_id)."""

from __future__ import annotations

import pandera.polars as pa
import polars as pl
from pandera.api.polars.types import PolarsData

from schemas.checks import span_inside_body

KINDS = ["event", "phase", "deadline"]
PRECISIONS = ["day", "month", "year"]


class Milestones(pa.DataFrameModel):
    """An event, phase or deadline with its dates as whole days, months or years."""

    article_id: str = pa.Field(str_matches=r"^[0-9a-f]{16}$")
    milestone_id: str = pa.Field(str_matches=r"^m\d{2,}$")
    start_date: pl.Date = pa.Field(nullable=True)
    end_date: pl.Date = pa.Field(nullable=True)
    date_precision: str = pa.Field(isin=PRECISIONS)
    kind: str = pa.Field(isin=KINDS)
    label: str = pa.Field(str_length={"min_value": 1})
    evidence: str = pa.Field(str_length={"min_value": 1})
    span_start: pl.Int64 = pa.Field(ge=0)
    span_end: pl.Int64 = pa.Field(ge=1)

    class Config:
        strict = False
        unique = ["article_id", "milestone_id"]

    @pa.dataframe_check
    def span_in_body(cls, data: PolarsData) -> pl.LazyFrame:
        """The span lies inside the article body."""
        return span_inside_body(data)

    @pa.dataframe_check
    def start_not_after_end(cls, data: PolarsData) -> pl.LazyFrame:
        """start_date <= end_date where both are known."""
        return data.lazyframe.select(
            pl.col("start_date").is_null() | pl.col("end_date").is_null() | (pl.col("start_date") <= pl.col("end_date"))
        )

    @pa.dataframe_check
    def deadline_has_no_start(cls, data: PolarsData) -> pl.LazyFrame:
        """A deadline ('by 2030') has an end and no start."""
        return data.lazyframe.select((pl.col("kind") != "deadline") | pl.col("start_date").is_null())
