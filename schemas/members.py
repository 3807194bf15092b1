"""members: organisations stated to belong to a programme (key article_id, org_id, membership_type)."""

from __future__ import annotations

import pandera.polars as pa
import polars as pl
from pandera.api.polars.types import PolarsData

from schemas.checks import span_inside_body

MEMBERSHIP_TYPES = ["member", "initial_member", "founding_member", "new_member", "demand_company"]


class Members(pa.DataFrameModel):
    """One membership of one organisation, with the sentence that states it."""

    article_id: str = pa.Field(str_matches=r"^[0-9a-f]{16}$")
    org_id: str = pa.Field(str_matches=r"^org_[0-9a-f]{12}$")
    name: str = pa.Field(str_length={"min_value": 1, "max_value": 200})
    membership_type: str = pa.Field(isin=MEMBERSHIP_TYPES)
    program_name: str = pa.Field(nullable=True)
    evidence: str = pa.Field(str_length={"min_value": 1})
    span_start: pl.Int64 = pa.Field(ge=0)
    span_end: pl.Int64 = pa.Field(ge=1)

    class Config:
        strict = False
        unique = ["article_id", "org_id", "membership_type"]

    @pa.dataframe_check
    def span_in_body(cls, data: PolarsData) -> pl.LazyFrame:
        """The span lies inside the article body."""
        return span_inside_body(data)
