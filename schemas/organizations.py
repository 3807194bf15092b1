"""organizations: one row per real organisation across all articles (key org_id)."""

from __future__ import annotations

import pandera.polars as pa
import polars as pl

ORG_TYPES = [
    "company",
    "university",
    "research_institute",
    "government",
    "public_agency",
    "association",
    "venue",
    "other",
]


class Organizations(pa.DataFrameModel):
    """An organisation, its type and country, and the other names it goes by."""

    org_id: str = pa.Field(unique=True, str_matches=r"^org_[0-9a-f]{12}$")
    canonical_name: str = pa.Field(str_length={"min_value": 1, "max_value": 200})
    org_type: str = pa.Field(isin=ORG_TYPES)
    country: str = pa.Field(nullable=True, str_matches=r"^[A-Z]{2}$")
    aliases: pl.List(pl.Utf8) = pa.Field(nullable=True)  # type: ignore[valid-type]

    class Config:
        strict = False
