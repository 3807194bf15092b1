"""The pipeline's stages as plain functions over Polars frames, callable without Prefect.

sources -> clean -> extract -> validate -> load. flows/pipeline.py wires these into Prefect tasks.
"""

from __future__ import annotations

import atexit
import json
import logging
import multiprocessing
import os
import traceback
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

import polars as pl

from flows.clean import clean, prepare
from flows.extract import Extraction, extract
from flows.sources import is_url, read_files
from flows.web import read_urls
from schemas.validate import REJECT_COLUMNS, empty_rejects, validate

log = logging.getLogger("hubetl")


def read_and_clean(
    paths: list[str], max_bytes: int, skip_raw: set[str] | frozenset[str] = frozenset()
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Read and clean a batch of sources (files, or http(s) URLs of pages and feeds): (articles, rejects).

    Sources whose bytes hash to a value in skip_raw (already loaded, unchanged) are dropped before
    cleaning, so that a re-run over an unchanged folder costs little more than reading it.
    """
    urls = [p for p in paths if is_url(p)]
    files = [p for p in paths if not is_url(p)]
    raw = read_files(files, max_bytes=max_bytes)
    if urls:
        raw = pl.concat([raw, read_urls(urls, max_bytes)])
    if skip_raw:
        raw = raw.filter(~pl.col("raw_sha256").is_in(list(skip_raw)) | pl.col("raw_sha256").is_null())
    articles, rejects = clean(prepare(raw))
    return articles, _as_rejects(rejects)


def parallel_read_and_clean(
    paths: list[str], max_bytes: int, skip_raw: set[str] | frozenset[str] = frozenset(), workers: int = 0
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """read_and_clean over the worker processes (decoding and trafilatura are per page and CPU-bound)."""
    workers = workers or os.cpu_count() or 1
    if (_POOL is None and workers <= 1) or len(paths) < 200:
        return read_and_clean(paths, max_bytes, skip_raw)
    pool = _POOL if _POOL is not None else _pool(workers)
    size = -(-len(paths) // (_POOL_SIZE or workers))
    parts = [paths[i : i + size] for i in range(0, len(paths), size)]
    results = list(pool.map(read_and_clean, parts, [max_bytes] * len(parts), [frozenset(skip_raw)] * len(parts)))
    return pl.concat([r[0] for r in results]), pl.concat([r[1] for r in results])


def _as_rejects(df: pl.DataFrame) -> pl.DataFrame:
    if df.is_empty():
        return empty_rejects()
    return df.with_columns(
        *(pl.lit(None, dtype=dtype).alias(name) for name, dtype in REJECT_COLUMNS.items() if name not in df.columns)
    ).select(list(REJECT_COLUMNS))


def safe_extract(articles: pl.DataFrame) -> tuple[Extraction, pl.DataFrame]:
    """Extract a batch; if the batch fails, extract article by article so one bad article costs only itself."""
    try:
        return extract(articles), empty_rejects()
    except Exception:
        log.warning("extraction failed on a batch of %d articles; isolating the failing ones", articles.height)
    parts: list[Extraction] = []
    rejects = []
    for i in range(articles.height):
        one = articles.slice(i, 1)
        try:
            parts.append(extract(one))
        except Exception as exc:
            rejects.append(
                {
                    "source_uri": one["source_uri"][0],
                    "article_id": one["article_id"][0],
                    "stage": "extract",
                    "table_name": None,
                    "reason": f"extraction failed: {type(exc).__name__}: {exc}"[:300],
                    "detail": json.dumps({"traceback": traceback.format_exc()[-2000:]}),
                }
            )
    merged = merge_extractions(parts) if parts else extract(articles.clear())
    return merged, pl.DataFrame(rejects, schema=REJECT_COLUMNS)


_POOL: ProcessPoolExecutor | None = None
_POOL_SIZE = 0


def _pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes kept for the life of this process: each builds its Kiwi once."""
    global _POOL, _POOL_SIZE
    if _POOL is None or _POOL_SIZE != workers:
        if _POOL is not None:
            _POOL.shutdown(cancel_futures=True)
        # spawn, not fork: the parent may already run Kiwi's and Polars' threads.
        _POOL = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
        _POOL_SIZE = workers
        atexit.register(_POOL.shutdown, cancel_futures=True)
    return _POOL


def _warm() -> int:
    """Build this process's Kiwi and run it once, so that the first batch does not pay for it."""
    from flows.extract import _register_lexicon_words
    from flows.extract.sentences import kiwi

    _register_lexicon_words()
    kiwi().tokenize("국가 AI 연구거점에 기업이 참여한다.")
    return os.getpid()


def warm_up(article_count: int, workers: int = 0) -> None:
    """Get Kiwi ready where extraction will run (worker processes or this one) in the background.

    The CLI calls this before the flow starts, so that Kiwi's ~3 s of loading overlaps Prefect's start-up.
    """
    # Worker processes, even for a small run: they load Kiwi on the other core while this one starts Prefect.
    size = max(1, min(workers or os.cpu_count() or 1, -(-article_count // 100)))
    pool = _pool(size)
    for _ in range(size):
        pool.submit(_warm)


def merge_extractions(parts: list[Extraction]) -> Extraction:
    """One Extraction from several: tables concatenated, organisations once each."""
    merged = Extraction(
        *(
            pl.concat([getattr(p, name) for p in parts], how="vertical_relaxed")
            for name in ("articles", "members", "institutions", "milestones", "organizations")
        )
    )
    # The same organisation found in two slices: one row, every alias seen.
    merged.organizations = merged.organizations.group_by("org_id", maintain_order=True).agg(
        pl.col("canonical_name", "org_type", "country").first(),
        pl.col("aliases").list.explode(keep_nulls=False, empty_as_null=False).unique(maintain_order=True),
    )
    return merged


def parallel_extract(articles: pl.DataFrame, workers: int = 0) -> tuple[Extraction, pl.DataFrame]:
    """safe_extract over the cores: the batch is cut into one slice per worker process.

    workers=0 means one per core; 1 (or a small batch) extracts in this process.
    """
    workers = workers or os.cpu_count() or 1
    if _POOL is not None and articles.height:
        workers = min(_POOL_SIZE, -(-articles.height // 50))  # a pool warmed up front is used for any batch
    elif workers <= 1 or articles.height < 100:
        return safe_extract(articles)
    size = -(-articles.height // workers)
    slices = [articles.slice(i, size) for i in range(0, articles.height, size)]
    pool = _POOL if _POOL is not None else _pool(workers)
    results = list(pool.map(safe_extract, slices))
    return merge_extractions([r[0] for r in results]), pl.concat([r[1] for r in results])


def validate_batch(extraction: Extraction) -> tuple[dict[str, pl.DataFrame], pl.DataFrame]:
    """Validate the extracted tables: (valid tables, rejects)."""
    return validate(extraction.tables())


@dataclass
class Front:
    """A batch after read, clean and extract: its new articles, what they yielded and what failed."""

    articles: pl.DataFrame  # articles not in the warehouse yet, each once
    read_rejects: pl.DataFrame
    read: int  # articles read and cleaned, before leaving out known ones
    extraction: Extraction | None = None
    extract_rejects: pl.DataFrame = field(default_factory=empty_rejects)

    @classmethod
    def of(cls, read: tuple[pl.DataFrame, pl.DataFrame], known_ids: frozenset[str]) -> Front:
        """Leave out articles whose content is already loaded (or repeated in the batch)."""
        articles, rejects = read
        new = articles.filter(~pl.col("article_id").is_in(list(known_ids))).unique(
            "article_id", keep="first", maintain_order=True
        )
        return cls(new, rejects, articles.height)


@dataclass
class BatchReport:
    """What one batch did, for the run summary and the run's artifacts."""

    rows: dict[str, int] = field(default_factory=dict)
    rejects: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    members: list[dict] = field(default_factory=list)
    institutions: list[dict] = field(default_factory=list)


def quality_warnings(tables: dict[str, pl.DataFrame]) -> list[str]:
    """Data-quality warnings: stated member counts that differ from the members found."""
    found = tables["members"].group_by("article_id").agg(pl.col("org_id").n_unique().alias("found"))
    gaps = (
        tables["articles"]
        .filter(pl.col("stated_member_count").is_not_null())
        .join(found, on="article_id", how="left")
        .with_columns(pl.col("found").fill_null(0))
        .filter(pl.col("found") != pl.col("stated_member_count"))
    )
    return [
        f"{r['source_uri']}: article states {r['stated_member_count']} members, {r['found']} found"
        for r in gaps.iter_rows(named=True)
    ]


def empty_tables() -> dict[str, pl.DataFrame]:
    """The tables of a batch with no articles."""
    from flows.extract import SCHEMAS

    articles = pl.DataFrame(
        schema={
            "article_id": pl.Utf8,
            "source_uri": pl.Utf8,
            "raw_sha256": pl.Utf8,
            "title": pl.Utf8,
            "outlet": pl.Utf8,
            "published_at": pl.Datetime("us", "UTC"),
            "language": pl.Utf8,
            "body": pl.Utf8,
            "program_name": pl.Utf8,
            "stated_member_count": pl.Int32,
        }
    )
    return {"articles": articles, **{name: pl.DataFrame(schema=s) for name, s in SCHEMAS.items()}}
