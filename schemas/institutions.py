"""institutions: organisations with a role in running a programme (key article_id, org_id, role)."""

from __future__ import annotations

import pandera.polars as pa
import polars as pl
from pandera.api.polars.types import PolarsData

from schemas.checks import span_inside_body

ROLES = ["lead", "co", "international", "organiser", "host", "consigned", "partner", "other"]


class Institutions(pa.DataFrameModel):
    """One role of one organisation, the person tied to it, and the sentence that states it."""

    article_id: str = pa.Field(str_matches=r"^[0-9a-f]{16}$")
    org_id: str = pa.Field(str_matches=r"^org_[0-9a-f]{12}$")
    name: str = pa.Field(str_length={"min_value": 1, "max_value": 200})
    role: str = pa.Field(isin=ROLES)
    person_name: str = pa.Field(nullable=True)
    person_title: str = pa.Field(nullable=True)
    country: str = pa.Field(nullable=True, str_matches=r"^[A-Z]{2}$")
    evidence: str = pa.Field(str_length={"min_value": 1})
    span_start: pl.Int64 = pa.Field(ge=0)
    span_end: pl.Int64 = pa.Field(ge=1)

    class Config:
        strict = False
        unique = ["article_id", "org_id", "role"]

    @pa.dataframe_check
    def span_in_body(cls, data: PolarsData) -> pl.LazyFrame:
        """The span lies inside the article body."""
        return span_inside_body(data)

    @pa.dataframe_check
    def title_needs_person(cls, data: PolarsData) -> pl.LazyFrame:
        """A person's title is only given together with the person's name."""
        return data.lazyframe.select(pl.col("person_title").is_null() | pl.col("person_name").is_not_null())
