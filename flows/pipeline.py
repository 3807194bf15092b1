"""The Prefect flow `ingest-articles`: sources -> clean -> extract -> validate -> load, in batches.

Each task handles a whole batch of articles (a task run costs milliseconds of orchestration, a regex over
an article microseconds). The stages themselves live in flows/stages.py and know nothing of Prefect.
"""

from __future__ import annotations

import logging
import os
import uuid
from pathlib import Path
from typing import Any

import polars as pl
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.utilities.annotations import quote

import warehouse
from flows import stages
from flows.sources import DEFAULT_MAX_BYTES, discover, unchanged_files
from schemas.validate import empty_rejects
from warehouse import parquet as warehouse_parquet

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SAMPLES = str(PROJECT_ROOT / "samples")
DEFAULT_DB = os.environ.get("HUBETL_DB", "warehouse/hubetl.duckdb")
progress = logging.getLogger("hubetl.progress")
REPORT_ROWS = 1000  # rows of each list a run's summary and artifacts show


@task(name="discover-sources", cache_policy=NO_CACHE)
def discover_sources(sources: list[str]) -> list[str]:
    """Expand the sources into article paths."""
    return discover(sources)


def _locked(task, task_run, state) -> bool:
    """Retry opening the database only while another process holds it."""
    try:
        state.result()
    except warehouse.WarehouseBusy:
        return True
    except Exception:
        return False
    return False


@task(
    name="open-warehouse", cache_policy=NO_CACHE, retries=3, retry_delay_seconds=[5, 15, 30], retry_condition_fn=_locked
)
def open_warehouse(db_path: str):
    """Open the DuckDB file for writing, waiting (with backoff) while another run holds it."""
    return warehouse.connect(db_path)


@task(name="read-clean", cache_policy=NO_CACHE)
def read_clean(
    paths: list[str], max_bytes: int, known_raw: set[str], workers: int
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Read and clean one batch over the cores, leaving out sources whose bytes are already loaded."""
    articles, rejects = stages.parallel_read_and_clean(paths, max_bytes, known_raw, workers)
    get_run_logger().info(
        "read-clean: %d sources, %d articles, %d rejected", len(paths), articles.height, rejects.height
    )
    return articles, rejects


@task(name="extract", cache_policy=NO_CACHE)
def extract_batch(read: tuple[pl.DataFrame, pl.DataFrame], known_ids: frozenset[str], workers: int) -> stages.Front:
    """Extract members, institutions, milestones and organisations from the batch's new articles, over the cores."""
    front = stages.Front.of(read, known_ids)
    if front.articles.height:
        front.extraction, front.extract_rejects = stages.parallel_extract(front.articles, workers)
    _log_extraction(front)
    return front


def _log_extraction(front: stages.Front) -> None:
    ex = front.extraction
    if ex is not None:
        get_run_logger().info(
            "extract: %d articles -> %d members, %d institutions, %d milestones, %d organisations, %d failed",
            front.articles.height,
            ex.members.height,
            ex.institutions.height,
            ex.milestones.height,
            ex.organizations.height,
            front.extract_rejects.height,
        )


@task(name="write-parquet", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[2, 10])
def write_parquet(folder: str, tables: dict[str, pl.DataFrame], run_id: str, batch: int) -> int:
    """Write the loaded batch as Parquet files (after the DuckDB commit, so the lake never runs ahead)."""
    return len(warehouse_parquet.write_batch(folder, tables, run_id, batch))


@task(name="extract-slice", cache_policy=NO_CACHE)
def extract_slice(articles: pl.DataFrame):
    """Extract one slice of a batch where the flow's task runner puts it (a Dask worker, say)."""
    return stages.safe_extract(articles)


def _extract_on_task_runner(read: tuple[pl.DataFrame, pl.DataFrame], known_ids: frozenset[str], slices: int):
    """Submit the batch's new articles as slices to the flow's task runner and gather them in order."""
    front = stages.Front.of(read, known_ids)
    articles = front.articles
    if articles.height:
        size = max(1, -(-articles.height // slices))
        futures = [extract_slice.submit(articles.slice(i, size)) for i in range(0, articles.height, size)]
        results = [f.result() for f in futures]
        front.extraction = stages.merge_extractions([r[0] for r in results])
        front.extract_rejects = pl.concat([r[1] for r in results])
    _log_extraction(front)
    return front


@task(name="validate", cache_policy=NO_CACHE)
def validate_batch(extraction) -> tuple[dict[str, pl.DataFrame], pl.DataFrame]:
    """Validate one batch against the Pandera contracts."""
    tables, rejects = stages.validate_batch(extraction)
    get_run_logger().info("validate: %d rows rejected", rejects.height)
    return tables, rejects


@task(name="load", cache_policy=NO_CACHE)
def load_batch(con, tables: dict[str, pl.DataFrame], rejects: pl.DataFrame, run_id: str) -> dict[str, int]:
    """Load one batch in one transaction."""
    rows = warehouse.load_batch(con, tables, rejects, run_id)
    get_run_logger().info("load: %s", ", ".join(f"{name} {n}" for name, n in rows.items()))
    return rows


def _log(message: str, *args: Any) -> None:
    get_run_logger().info(message, *args)
    progress.info(message, *args)


@flow(name="ingest-articles", validate_parameters=True)
def ingest_articles(
    sources: list[str] | None = None,
    db_path: str = DEFAULT_DB,
    batch_size: int = 500,
    reprocess: bool = False,
    max_article_bytes: int = DEFAULT_MAX_BYTES,
    workers: int = 0,
    executor: str = "processes",
    parquet_dir: str | None = os.environ.get("HUBETL_PARQUET_DIR") or None,
) -> dict[str, Any]:
    """Ingest articles into the warehouse.

    Args:
        sources: files, folders (searched recursively) or globs of .txt/.html articles; empty means the
            bundled samples/ folder.
        db_path: the DuckDB file to load into (created if missing; its folder must exist).
        batch_size: articles per batch; each batch is one task per stage and one transaction.
        reprocess: extract and load again articles that are already in the warehouse unchanged.
        max_article_bytes: files larger than this are rejected rather than read.
        workers: processes that extract in parallel; 0 means one per core, 1 extracts in the flow's process.
        executor: "processes" (worker processes on this machine) or "task-runner" (slices submitted as tasks
            to the flow's task runner, e.g. a Dask cluster: see dask_flow()).
        parquet_dir: also write each loaded batch as Parquet files under this folder (a lake's landing zone;
            default from HUBETL_PARQUET_DIR).
    """
    run_id = uuid.uuid4().hex[:16]
    sources = list(sources or [DEFAULT_SAMPLES])
    paths = discover_sources(sources)
    _log("run %s: %d sources found in %s", run_id, len(paths), ", ".join(sources)[:200])
    con = open_warehouse(db_path)
    params = {
        "sources": sources,
        "db_path": str(Path(db_path).resolve()),
        "batch_size": batch_size,
        "reprocess": reprocess,
    }
    warehouse.start_run(con, run_id, str(flow_run.id) if flow_run.id else None, params)
    known_raw, known_ids = warehouse.known_articles(con) if not reprocess else (set(), set())
    totals: dict[str, int] = {"seen": len(paths), "new": 0, "unchanged": 0}
    if known_raw:
        # A re-run over a folder mostly loaded already: its unchanged files never reach a batch.
        unchanged = unchanged_files(paths, known_raw, max_article_bytes)
        paths = [p for p in paths if p not in unchanged]
        totals["unchanged"] = len(unchanged)
    report = stages.BatchReport()
    status = "failed"
    step = max(1, batch_size)
    batches = [paths[i : i + step] for i in range(0, len(paths), step)]

    def ahead(batch: list[str]):
        # Read, clean and extract run in the worker processes while the flow validates and loads the batch before.
        if executor == "task-runner":
            return None
        # quote(): Prefect would otherwise walk every element of these large collections on each submit.
        return extract_batch.submit(
            read_clean.submit(quote(batch), max_article_bytes, quote(known_raw), workers),
            quote(frozenset(known_ids)),
            workers,
        )

    try:
        pending = ahead(batches[0]) if batches else None
        for n, batch in enumerate(batches):
            if executor == "task-runner":
                read = read_clean(batch, max_article_bytes, known_raw, workers)
                front = _extract_on_task_runner(read, frozenset(known_ids), max(2, workers or os.cpu_count() or 2))
            else:
                front = pending.result()
            # Known from here on, so that the next batch (extracted while this one loads) leaves out repeats.
            known_ids.update(front.articles["article_id"].to_list())
            if n + 1 < len(batches):
                pending = ahead(batches[n + 1])
            # Sources skipped before cleaning (bytes already loaded); a feed can stand for several articles.
            totals["unchanged"] += max(0, len(batch) - front.read - front.read_rejects.height)
            totals["unchanged"] += front.read - front.articles.height
            if front.extraction is not None:
                tables, validate_rejects = validate_batch(front.extraction)
            else:
                tables = {name: df.clear() for name, df in stages.empty_tables().items()}
                validate_rejects = empty_rejects()
            all_rejects = pl.concat([front.read_rejects, front.extract_rejects, validate_rejects])
            if tables["articles"].height or all_rejects.height:
                rows = load_batch(con, tables, all_rejects, run_id)
            else:  # a batch of unchanged files: nothing to write, no transaction to open
                rows = {name: 0 for name in (*tables, "rejects")}
            if parquet_dir:
                write_parquet(parquet_dir, tables, run_id, n)
            totals["new"] += rows["articles"]
            for name, n_rows in rows.items():
                totals[name] = totals.get(name, 0) + n_rows
            # The run's report keeps what its artifacts show (the first rows), not every row of a backfill.
            room = REPORT_ROWS - len(report.rejects)
            report.rejects.extend(all_rejects.select("source_uri", "stage", "reason").head(max(0, room)).to_dicts())
            warnings = stages.quality_warnings(tables)
            totals["warnings"] = totals.get("warnings", 0) + len(warnings)
            report.warnings.extend(warnings[: max(0, REPORT_ROWS - len(report.warnings))])
            room = REPORT_ROWS - len(report.members)
            report.members.extend(
                tables["members"].select("name", "membership_type", "program_name").head(max(0, room)).to_dicts()
            )
            room = REPORT_ROWS - len(report.institutions)
            report.institutions.extend(
                tables["institutions"]
                .select("name", "role", "person_name", "person_title")
                .head(max(0, room))
                .to_dicts()
            )
            _log(
                "batch %d-%d: %d articles read, %d new, %d rows of members, %d institutions, %d milestones, %d rejects",
                n * step + 1,
                n * step + len(batch),
                front.read,
                rows["articles"],
                rows["members"],
                rows["institutions"],
                rows["milestones"],
                rows["rejects"],
            )
        status = "completed"
    finally:
        warehouse.finish_run(con, run_id, status, totals, report.warnings)
        con.close()
    summary = {
        "run_id": run_id,
        "db_path": str(Path(db_path).resolve()),
        "status": status,
        "counts": totals,
        "rejects": report.rejects,
        "warnings": report.warnings,
    }
    _publish(summary, report)
    return summary


def dask_flow(address: str | None = None, n_workers: int | None = None):
    """The flow with a Dask task runner: a local cluster, or the scheduler at `address` (tcp://host:8786).

    Run it with executor="task-runner" so that extraction slices go to the Dask workers; loading stays in
    this process, the single DuckDB writer.
    """
    from prefect_dask import DaskTaskRunner

    if address:
        runner = DaskTaskRunner(address=address)
    else:
        runner = DaskTaskRunner(
            cluster_kwargs={
                "n_workers": n_workers or os.cpu_count() or 2,
                "threads_per_worker": 1,
                "dashboard_address": None,
            }
        )
    return ingest_articles.with_options(task_runner=runner)


def _publish(summary: dict[str, Any], report: stages.BatchReport) -> None:
    """The run's story for the Prefect UI: a markdown summary and a table of what was found."""
    c = summary["counts"]
    lines = [
        f"# hubetl run `{summary['run_id']}`",
        "",
        f"Database: `{summary['db_path']}`",
        "",
        "| articles seen | new | unchanged | rejected |",
        "|---|---|---|---|",
        f"| {c['seen']} | {c['new']} | {c['unchanged']} | {c.get('rejects', 0)} |",
        "",
        "| table | rows loaded |",
        "|---|---|",
        *(
            f"| {name} | {c.get(name, 0)} |"
            for name in ("articles", "organizations", "members", "institutions", "milestones")
        ),
    ]
    if report.rejects:
        lines += ["", "## Rejects", "", "| source | stage | reason |", "|---|---|---|"]
        lines += [f"| {r['source_uri']} | {r['stage']} | {r['reason']} |" for r in report.rejects[:200]]
    if report.warnings:
        lines += ["", "## Data-quality warnings", ""] + [f"- {w}" for w in report.warnings[:200]]
    create_markdown_artifact("\n".join(lines), key="ingest-summary", description="hubetl run summary")
    rows = [
        {
            "table": "members",
            "name": m["name"],
            "type_or_role": m["membership_type"],
            "program": m["program_name"],
            "person": None,
        }
        for m in report.members[:1000]
    ]
    rows += [
        {
            "table": "institutions",
            "name": i["name"],
            "type_or_role": i["role"],
            "program": None,
            "person": " ".join(p for p in (i["person_name"], i["person_title"]) if p) or None,
        }
        for i in report.institutions[:1000]
    ]
    if rows:
        create_table_artifact(rows, key="ingest-found", description="members and institutions found")
