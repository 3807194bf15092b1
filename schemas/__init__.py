"""Pandera (pandera.polars) contracts, one DataFrameModel per warehouse table."""

from schemas.articles import Articles
from schemas.institutions import Institutions
from schemas.members import Members
from schemas.milestones import Milestones
from schemas.organizations import Organizations

MODELS = {
    "articles": Articles,
    "organizations": Organizations,
    "members": Members,
    "institutions": Institutions,
    "milestones": Milestones,
}


def columns(table: str) -> list[str]:
    """The table's columns in contract order."""
    return list(MODELS[table].to_schema().columns)


__all__ = ["MODELS", "columns", "Articles", "Institutions", "Members", "Milestones", "Organizations"]
