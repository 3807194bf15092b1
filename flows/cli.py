"""The `hubetl` command: run the flow, extract one article, query the warehouse."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

EXIT_OK, EXIT_ERROR, EXIT_REJECTS = 0, 1, 3


class CliError(Exception):
    """An error to print as one line."""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="hubetl", description="News about research programmes into DuckDB tables.")
    p.add_argument("--debug", action="store_true", help="show tracebacks and Prefect's own log lines")
    sub = p.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run the ingest-articles flow on files, folders, globs or URLs")
    run.add_argument("sources", nargs="*", help="articles to ingest (default: the bundled samples/)")
    run.add_argument("--db", default=None, help="DuckDB file (default: warehouse/hubetl.duckdb)")
    run.add_argument("--batch-size", type=int, default=500, help="articles per batch (default 500)")
    run.add_argument("--strict", action="store_true", help="exit non-zero (3) when anything was rejected")
    run.add_argument("--reprocess", action="store_true", help="extract again articles already loaded")
    run.add_argument("--max-article-bytes", type=int, default=None, help="size limit per article file")
    run.add_argument("--workers", type=int, default=0, help="extraction processes (default: one per core)")
    run.add_argument(
        "--dask",
        nargs="?",
        const="local",
        default=None,
        metavar="ADDRESS",
        help="extract on a Dask cluster: a local one, or the scheduler at ADDRESS (tcp://host:8786)",
    )
    ext = sub.add_parser("extract", help="print the tables of one article without loading them")
    ext.add_argument("file")
    ext.add_argument("--format", choices=["json", "table"], default="table")
    st = sub.add_parser("status", help="what the warehouse holds, and a query to try")
    st.add_argument("--db", default=None)
    q = sub.add_parser("query", help="run read-only SQL against the warehouse")
    q.add_argument("sql")
    q.add_argument("--db", default=None)
    q.add_argument("--format", choices=["table", "csv", "json"], default="table")
    return p


def _default_db() -> str:
    from flows.pipeline import DEFAULT_DB

    path = Path(DEFAULT_DB)
    if not path.is_absolute() and not path.parent.exists() and path.parent == Path("warehouse"):
        path.parent.mkdir(parents=True, exist_ok=True)
    return str(path)


def cmd_run(args: argparse.Namespace) -> int:
    from flows import stages
    from flows.sources import DEFAULT_MAX_BYTES, SourceError, discover

    db = args.db or _default_db()
    try:
        found = discover(args.sources) if args.sources else None  # a typo in a path is an error before anything runs
    except SourceError as exc:
        raise CliError(str(exc)) from None
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))
    logger = logging.getLogger("hubetl")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    from flows.pipeline import dask_flow, ingest_articles

    flow = ingest_articles
    if args.dask:
        flow = dask_flow(None if args.dask == "local" else args.dask, args.workers or None)
    else:
        stages.warm_up(len(found) if found is not None else 100, args.workers)
    # A run from the command line ends with the process: no heartbeats to wait for (~1 s per run). Runs
    # started by a worker keep them, for the server's crash detection.
    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        summary = flow(
            sources=args.sources or None,
            db_path=db,
            batch_size=args.batch_size,
            reprocess=args.reprocess,
            max_article_bytes=args.max_article_bytes or DEFAULT_MAX_BYTES,
            workers=args.workers,
            executor="task-runner" if args.dask else "processes",
        )
    _print_summary(summary)
    if args.strict and summary["rejects"]:
        return EXIT_REJECTS
    return EXIT_OK


def _print_summary(summary: dict) -> None:
    c = summary["counts"]
    print()
    print(
        f"hubetl run {summary['run_id']} {summary['status']}: {c['seen']} sources, {c['new']} articles loaded, "
        f"{c['unchanged']} unchanged, {c.get('rejects', 0)} rejected"
    )
    print(
        "rows loaded: "
        + ", ".join(f"{name} {c.get(name, 0)}" for name in ("organizations", "members", "institutions", "milestones"))
    )
    for r in summary["rejects"][:10]:
        print(f"  rejected {r['source_uri']} [{r['stage']}]: {r['reason']}")
    if c.get("rejects", 0) > 10:
        print(f"  ... and {c['rejects'] - 10} more (SELECT * FROM rejects)")
    for w in summary["warnings"][:5]:
        print(f"  warning: {w}")
    if c.get("warnings", 0) > 5:
        print(f"  ... and {c['warnings'] - 5} more warnings (SELECT * FROM v_member_count_gaps)")
    print(f"database: {summary['db_path']}")


def cmd_extract(args: argparse.Namespace) -> int:
    import polars as pl

    from flows import stages
    from flows.sources import DEFAULT_MAX_BYTES, SourceError, discover

    try:
        paths = discover([args.file])
    except SourceError as exc:
        raise CliError(str(exc)) from None
    articles, rejects = stages.read_and_clean(paths, DEFAULT_MAX_BYTES)
    if rejects.height:
        raise CliError(f"{args.file}: {rejects['reason'][0]}")
    extraction, _ = stages.safe_extract(articles)
    tables = extraction.tables()
    if args.format == "json":
        out = {name: df.drop("body", strict=False).to_dicts() for name, df in tables.items()}
        print(json.dumps(out, ensure_ascii=False, indent=2, default=str))
        return EXIT_OK
    pl.Config.set_tbl_rows(200)
    pl.Config.set_fmt_str_lengths(60)
    pl.Config.set_tbl_width_chars(200)
    for name, df in tables.items():
        print(f"\n{name} ({df.height})")
        print(df.drop([c for c in ("body", "evidence") if c in df.columns]))
    return EXIT_OK


def cmd_query(args: argparse.Namespace) -> int:
    import duckdb

    import warehouse

    # A reader waits a little for a run that is loading, then says so (DuckDB allows one writer process).
    con = warehouse.connect(args.db or _default_db(), read_only=True, attempts=3)
    try:
        result = con.sql(args.sql)
    except duckdb.Error as exc:
        message = str(exc).splitlines()[0]
        if "read-only" in message.lower():
            raise CliError("hubetl query is read-only: write statements are not allowed") from None
        raise CliError(f"query failed: {message}") from None
    if result is None:
        return EXIT_OK
    frame = result.pl()
    if args.format == "csv":
        sys.stdout.write(frame.write_csv())
    elif args.format == "json":
        print(json.dumps(frame.to_dicts(), ensure_ascii=False, default=str, indent=2))
    else:
        import polars as pl

        pl.Config.set_tbl_rows(100)
        pl.Config.set_fmt_str_lengths(80)
        pl.Config.set_tbl_width_chars(200)
        print(frame)
    con.close()
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    import warehouse

    db = args.db or _default_db()
    con = warehouse.connect(db, read_only=True, attempts=3)
    try:
        print(f"\nwarehouse: {Path(db).resolve()}")
        for table in ("articles", "organizations", "members", "institutions", "milestones", "rejects", "pipeline_runs"):
            print(f"  {table:<14} {con.execute(f'SELECT count(*) FROM {table}').fetchall()[0][0]:>8} rows")
        rows = con.execute(
            "SELECT program_name, organization, membership_type FROM v_members ORDER BY published_at DESC NULLS "
            "LAST, program_name, organization LIMIT 8"
        ).fetchall()
        if rows:
            print("\nsome members:")
            for program, org, kind in rows:
                print(f"  {org:<28} {kind:<16} {program or ''}")
    finally:
        con.close()
    print("\ntry:")
    print(f'  .venv/bin/hubetl query "SELECT program_name, organization, relations FROM v_program_roster" --db {db}')
    print(f'  .venv/bin/hubetl query "SELECT * FROM v_program_timeline" --db {db}')
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `hubetl` command."""
    args = _parser().parse_args(argv)
    if not args.debug:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    from warehouse import WarehouseError

    try:
        return {"run": cmd_run, "extract": cmd_extract, "query": cmd_query, "status": cmd_status}[args.command](args)
    except (CliError, WarehouseError) as exc:
        print(f"hubetl: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("hubetl: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        if args.debug:
            raise
        print(
            f"hubetl: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''} "
            "(run with --debug for the traceback)",
            file=sys.stderr,
        )
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
