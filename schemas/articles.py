"""articles: one row per distinct cleaned article (key article_id, a hash of the body)."""

from __future__ import annotations

import pandera.polars as pa
import polars as pl


class Articles(pa.DataFrameModel):
    """A cleaned article and what it says about its programme as a whole."""

    article_id: str = pa.Field(unique=True, str_matches=r"^[0-9a-f]{16}$")
    source_uri: str = pa.Field(str_length={"min_value": 1})
    title: str = pa.Field(nullable=True)
    outlet: str = pa.Field(nullable=True)
    published_at: pl.Datetime(time_zone="UTC") = pa.Field(nullable=True)  # type: ignore[valid-type]
    language: str = pa.Field(isin=["ko", "en"])
    program_name: str = pa.Field(nullable=True)
    stated_member_count: pl.Int32 = pa.Field(nullable=True, ge=1)
    body: str = pa.Field(str_length={"min_value": 1})
    raw_sha256: str = pa.Field(str_matches=r"^[0-9a-f]{64}$")

    class Config:
        strict = False
