"""Throughput benchmark: `make bench` (sizes from BENCH_SIZES, default "1000 10000").

For each corpus size it reports, on this machine:
- per stage (read+clean, extract, validate, load) articles/s and MB/s, calling the stages directly;
- the whole `hubetl run` command (Prefect flow, temporary server included) wall time and articles/s;
- the share of wall time that orchestration takes (the command against the same stages called directly over
  the same worker processes);
- peak memory (max RSS) of the command;
- a re-run over the unchanged folder, and an empty run (one article) for the fixed cost.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.generate import generate

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"


def corpus(n: int) -> Path:
    """The benchmark corpus of n articles, generated once and kept under benchmarks/out/."""
    folder = OUT / f"corpus-{n}"
    if not (folder / ".complete").exists():
        generate(n, folder)
        (folder / ".complete").write_text("ok")
    return folder


def stage_times(folder: Path, batch_size: int = 2000, parallel: bool = False) -> dict[str, float]:
    """Seconds per stage calling the stages directly (no Prefect), streaming batches into a DuckDB file.

    parallel: read, clean and extract over the worker processes the command uses (started, and given Kiwi,
    here too: that start is counted in 'start'), validating and loading in this process, the one writer.
    """
    import polars as pl

    import warehouse
    from flows import stages
    from flows.sources import DEFAULT_MAX_BYTES, discover

    read = stages.parallel_read_and_clean if parallel else stages.read_and_clean
    extract = stages.parallel_extract if parallel else stages.safe_extract
    times = dict.fromkeys(("start", "read+clean", "extract", "validate", "load"), 0.0)
    t0 = time.perf_counter()
    paths = discover([str(folder)])
    if parallel:
        stages.warm_up(len(paths))
        times["start"] = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        con = warehouse.connect(Path(tmp) / "bench.duckdb")
        for start in range(0, len(paths), batch_size):
            t0 = time.perf_counter()
            articles, rejects = read(paths[start : start + batch_size], DEFAULT_MAX_BYTES)
            t1 = time.perf_counter()
            extraction, extract_rejects = extract(articles)
            t2 = time.perf_counter()
            tables, validate_rejects = stages.validate_batch(extraction)
            t3 = time.perf_counter()
            warehouse.load_batch(con, tables, pl.concat([rejects, extract_rejects, validate_rejects]), "bench")
            t4 = time.perf_counter()
            for key, dt in zip(list(times)[1:], (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
                times[key] += dt
        con.close()
    return times


def command(args: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS MiB) of a hubetl command in a child process."""
    env = dict(os.environ, PREFECT_HOME=str(OUT / "prefect-home"))
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "flows.cli", *args], env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return wall, peak


def main() -> None:
    sizes = [int(s) for s in os.environ.get("BENCH_SIZES", "1000 10000").split()]
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    one = OUT / "one"
    one.mkdir(parents=True, exist_ok=True)
    (one / "a.txt").write_text((ROOT / "samples" / "ko_a01_quantum_alliance.txt").read_text("utf-8"), "utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        command(["run", str(one), "--db", f"{tmp}/warm.duckdb"])  # Prefect's first-use database set-up
        empty_wall, _ = command(["run", str(one), "--db", f"{tmp}/one.duckdb"])
    print(f"fixed cost of a run (one article, `hubetl run`): {empty_wall:.2f} s")
    for n in sizes:
        folder = corpus(n)
        mb = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
        times = stage_times(folder)
        times.pop("start")
        direct = sum(times.values())
        direct_parallel = sum(stage_times(folder, parallel=True).values())
        with tempfile.TemporaryDirectory() as tmp:
            db = f"{tmp}/bench.duckdb"
            wall, peak = command(["run", str(folder), "--db", db, "--batch-size", "2000"])
            rerun, _ = command(["run", str(folder), "--db", db, "--batch-size", "2000"])
        print(f"\n{n} articles, {mb:.1f} MB")
        for stage, seconds in times.items():
            print(f"  {stage:<11} {seconds:7.2f} s  {n / seconds:9.0f} articles/s  {mb / seconds:7.2f} MB/s")
        print(f"  stages called directly, one process: {direct:.2f} s ({n / direct:.0f} articles/s)")
        print(
            f"  stages called directly, {os.cpu_count()} worker processes: {direct_parallel:.2f} s "
            f"({n / direct_parallel:.0f} articles/s)"
        )
        print(f"  hubetl run (whole command): {wall:.2f} s ({n / wall:.0f} articles/s), peak RSS {peak:.0f} MiB")
        # The command against the same parallel work without Prefect: imports, the server, tasks, artifacts.
        print(f"  orchestration and start-up share: {max(0.0, wall - direct_parallel) / wall:.0%} of wall time")
        extra = max(0.0, rerun - empty_wall)
        print(
            f"  re-run over the unchanged folder: {rerun:.2f} s; beyond an empty run {extra:.2f} s "
            f"({extra / wall:.1%} of the first run)"
        )


if __name__ == "__main__":
    main()
