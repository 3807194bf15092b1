"""Validation of a whole batch: each table through its Pandera model, lazily, in one pass.

Failing rows are split off into rejects with Pandera's failure cases as detail; the other rows go on.
Rows whose article or organisation was rejected follow it into rejects, so no row is left pointing at
nothing.
"""

from __future__ import annotations

import json

import pandera.errors
import polars as pl

from schemas import MODELS

REJECT_COLUMNS = {
    "source_uri": pl.Utf8,
    "article_id": pl.Utf8,
    "stage": pl.Utf8,
    "table_name": pl.Utf8,
    "reason": pl.Utf8,
    "detail": pl.Utf8,
}


def empty_rejects() -> pl.DataFrame:
    """A rejects frame with no rows."""
    return pl.DataFrame(schema=REJECT_COLUMNS)


def _jsonable(row: dict) -> dict:
    return {
        k: (v if isinstance(v, int | float | str | bool | type(None) | list) else str(v))
        for k, v in row.items()
        if k not in ("body", "evidence", "body_len", "_row")
    }


def _validate_table(name: str, df: pl.DataFrame, sources: dict[str, str]) -> tuple[pl.DataFrame, list[dict]]:
    model = MODELS[name]
    df = df.with_row_index("_row")
    try:
        model.validate(df, lazy=True)
        return df.drop("_row"), []
    except pandera.errors.SchemaErrors as exc:
        cases = exc.failure_cases
    bad_rows: dict[int, list[dict]] = {}
    whole_table = cases.filter(pl.col("index").is_null())
    for case in cases.filter(pl.col("index").is_not_null()).iter_rows(named=True):
        bad_rows.setdefault(int(case["index"]), []).append(
            {"column": case["column"], "check": case["check"], "failure_case": str(case["failure_case"])}
        )
    if whole_table.height:
        failures = [
            {"column": c["column"], "check": c["check"], "failure_case": str(c["failure_case"])}
            for c in whole_table.iter_rows(named=True)
        ]
        for i in range(df.height):
            bad_rows.setdefault(i, []).extend(failures)
    rejects = []
    rows = df.filter(pl.col("_row").is_in(list(bad_rows))).iter_rows(named=True)
    for row in rows:
        failures = bad_rows[row["_row"]]
        article_id = row.get("article_id")
        rejects.append(
            {
                "source_uri": row.get("source_uri") or sources.get(article_id),
                "article_id": article_id,
                "stage": "validate",
                "table_name": name,
                "reason": "failed " + ", ".join(sorted({f"{f['check']} on {f['column'] or 'row'}" for f in failures})),
                "detail": json.dumps({"failures": failures, "row": _jsonable(row)}, ensure_ascii=False, default=str),
            }
        )
    return df.filter(~pl.col("_row").is_in(list(bad_rows))).drop("_row"), rejects


def validate(tables: dict[str, pl.DataFrame]) -> tuple[dict[str, pl.DataFrame], pl.DataFrame]:
    """Validate every table of a batch; returns (valid tables, rejects)."""
    articles = tables["articles"]
    sources = dict(articles.select("article_id", "source_uri").iter_rows())
    body_len = articles.select("article_id", pl.col("body").str.len_chars().cast(pl.Int64).alias("body_len"))
    valid: dict[str, pl.DataFrame] = {}
    rejects: list[dict] = []
    for name, df in tables.items():
        if "span_start" in df.columns:
            df = df.join(body_len, on="article_id", how="left")
        good, bad = _validate_table(name, df, sources)
        valid[name] = good.drop("body_len", strict=False)
        rejects.extend(bad)
    # Children of rejected parents cannot load: they would point at nothing.
    kept_articles = valid["articles"].select("article_id")
    kept_orgs = valid["organizations"].select("org_id")
    for name in ("members", "institutions", "milestones"):
        df = valid[name]
        orphan = ~pl.col("article_id").is_in(kept_articles["article_id"].implode())
        if "org_id" in df.columns:
            orphan = orphan | ~pl.col("org_id").is_in(kept_orgs["org_id"].implode())
        for row in df.filter(orphan).iter_rows(named=True):
            rejects.append(
                {
                    "source_uri": sources.get(row["article_id"]),
                    "article_id": row["article_id"],
                    "stage": "validate",
                    "table_name": name,
                    "reason": "its article or organisation was rejected",
                    "detail": json.dumps({"row": _jsonable(row)}, ensure_ascii=False, default=str),
                }
            )
        valid[name] = df.filter(~orphan)
    return valid, pl.DataFrame(rejects, schema=REJECT_COLUMNS) if rejects else empty_rejects()
