"""Crash test: runs killed at random moments must leave the warehouse consistent and resumable.

Claim under test (hardening issue): a run killed at any moment (kill -9, power cut) leaves the database
consistent -- every article is either fully loaded (all its rows in every table) or absent -- and the next
plain run completes the work.

The script generates a corpus with benchmarks.generate, loads it once undisturbed into a reference
database, then for each trial starts the same command, SIGKILLs its whole process group after a random
delay, checks the half-written database against the reference, runs the command again to completion and
compares the final tables with the reference.

    python -m tests.robustness.crash                       # 3000 articles, 20 trials
    python -m tests.robustness.crash --articles 600 --trials 4 --seed 3

Exit status 0 when every trial was consistent and matched in the end, 1 otherwise.
"""

from __future__ import annotations

import argparse
import compileall
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("flows", "schemas", "warehouse")
CHILD_TABLES = ("members", "institutions", "milestones")
# Columns that legitimately differ between runs.
ARTICLE_SELECT = "SELECT * EXCLUDE (run_id, ingested_at) FROM {db}.articles"
REJECT_SELECT = (
    "SELECT DISTINCT reject_id, source_uri, article_id, stage, table_name, reason, CAST(detail AS VARCHAR) "
    "FROM {db}.rejects"
)


@dataclass
class Trial:
    """What one trial did and found."""

    number: int
    mode: str  # "fresh" or "resume"
    start_articles: int = 0
    bound: float = 0.0
    kill_at: float = 0.0
    killed_mid_run: bool = False
    exit_before_kill: int | None = None
    present: int = 0
    consistent: bool = True
    problems: list[str] = field(default_factory=list)
    resume_seconds: float = 0.0
    resume_exit: int | None = None
    final_match: bool = True
    differences: list[str] = field(default_factory=list)


def code_fingerprint(root: Path) -> str:
    """A hash of the project's code (the packages a run imports), to notice edits made during the test."""
    digest = hashlib.sha256()
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def snapshot_code(workdir: Path, attempts: int = 10) -> Path:
    """Copy flows/, schemas/ and warehouse/ into workdir/code and run every command from there.

    Other people edit the working tree while the test runs; a run that imports a half-saved file fails for
    reasons that have nothing to do with crashes. `python -m flows.cli` run with the copy as its working
    directory imports the copy (the current directory comes first on sys.path). The copy is retried until
    it compiles.
    """
    code = workdir / "code"
    for attempt in range(1, attempts + 1):
        shutil.rmtree(code, ignore_errors=True)
        code.mkdir(parents=True)
        for package in PACKAGES:
            shutil.copytree(ROOT / package, code / package, ignore=shutil.ignore_patterns("__pycache__"))
        if all(compileall.compile_dir(code / p, quiet=2) for p in PACKAGES):
            return code
        print(f"project code does not compile (someone is editing it?); retrying the copy ({attempt}/{attempts})")
        time.sleep(10)
    raise SystemExit("project code never compiled; use --live-code to run it anyway")


def run_env(prefect_home: Path) -> dict[str, str]:
    """Environment for every run: offline Prefect with one PREFECT_HOME shared by all runs."""
    env = dict(os.environ)
    env.pop("PREFECT_API_URL", None)
    env.update(
        PREFECT_HOME=str(prefect_home),
        DO_NOT_TRACK="1",
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_LOGGING_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    return env


def run_command(corpus: Path, db: Path, batch_size: int) -> list[str]:
    """The plain `hubetl run` command the issue talks about."""
    return [sys.executable, "-m", "flows.cli", "run", str(corpus), "--db", str(db), "--batch-size", str(batch_size)]


def run_to_completion(cmd: list[str], cwd: Path, env: dict[str, str], log: Path, timeout: float) -> tuple[int, float]:
    """Run a command to its end from cwd; returns (exit code, seconds). Output goes to log."""
    start = time.monotonic()
    with log.open("wb") as out:
        try:
            proc = subprocess.run(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT, timeout=timeout)
            code = proc.returncode
        except subprocess.TimeoutExpired:
            code = -999
    return code, time.monotonic() - start


def descendants(pid: int) -> list[int]:
    """Every process below pid (read from /proc), so that strays outside the process group die too."""
    parent: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # the command name may hold spaces and parentheses: the fields start after the last ')'
        fields = stat[stat.rfind(")") + 2 :].split()
        parent[int(entry.name)] = int(fields[1])
    found, frontier = [], [pid]
    while frontier:
        current = frontier.pop()
        children = [p for p, pp in parent.items() if pp == current]
        found.extend(children)
        frontier.extend(children)
    return found


def kill_group(proc: subprocess.Popen) -> None:
    """SIGKILL the run's process group (the flow, Prefect's temporary server, extraction workers)."""
    strays = descendants(proc.pid)
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    for pid in strays:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    proc.wait()


def copy_db(src: Path, dst: Path) -> None:
    """Copy a DuckDB file with its write-ahead log, as a power cut would leave them."""
    for suffix in ("", ".wal"):
        target = Path(str(dst) + suffix)
        if target.exists():
            target.unlink()
        source = Path(str(src) + suffix)
        if source.exists():
            shutil.copyfile(source, target)


def remove_db(path: Path) -> None:
    """Delete a DuckDB file and its write-ahead log."""
    for suffix in ("", ".wal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def open_pair(ref: Path, other: Path) -> duckdb.DuckDBPyConnection:
    """One in-memory connection with the reference as `ref` and the database under test as `t`, read-only."""
    con = duckdb.connect()
    con.execute(f"ATTACH '{ref}' AS ref (READ_ONLY)")
    con.execute(f"ATTACH '{other}' AS t (READ_ONLY)")
    return con


def has_tables(con: duckdb.DuckDBPyConnection, db: str) -> bool:
    """Whether the attached database got as far as its migrations."""
    rows = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE database_name = ? AND table_name = 'articles'", [db]
    ).fetchall()
    return rows[0][0] > 0


def count(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    """The single number a COUNT query returns."""
    return int(con.execute(sql).fetchall()[0][0])


def except_both(con: duckdb.DuckDBPyConnection, left: str, right: str) -> tuple[int, int]:
    """(rows of left missing from right, rows of right missing from left), as multisets."""
    return (
        count(con, f"SELECT count(*) FROM (({left}) EXCEPT ALL ({right}))"),
        count(con, f"SELECT count(*) FROM (({right}) EXCEPT ALL ({left}))"),
    )


def check_consistency(con: duckdb.DuckDBPyConnection) -> tuple[int, list[str]]:
    """Check a killed run's database `t` against `ref`: (articles present, problems found).

    Every article present must carry exactly the reference's rows in every child table; no child row may
    point at an absent article or organisation; organisations must agree with the reference.
    """
    if not has_tables(con, "t"):
        return 0, []
    problems: list[str] = []
    present = count(con, "SELECT count(*) FROM t.articles")
    extra, _ = except_both(con, ARTICLE_SELECT.format(db="t"), ARTICLE_SELECT.format(db="ref"))
    if extra:
        problems.append(f"{extra} article rows differ from the reference")
    for table in CHILD_TABLES:
        orphans = count(
            con, f"SELECT count(*) FROM t.{table} WHERE article_id NOT IN (SELECT article_id FROM t.articles)"
        )
        if orphans:
            problems.append(f"{orphans} {table} rows whose article is absent")
        ref_rows = f"SELECT * FROM ref.{table} WHERE article_id IN (SELECT article_id FROM t.articles)"
        trial_rows = f"SELECT * FROM t.{table} WHERE article_id IN (SELECT article_id FROM t.articles)"
        wrong, missing = except_both(con, trial_rows, ref_rows)
        if wrong or missing:
            articles = count(
                con,
                f"SELECT count(DISTINCT article_id) FROM (SELECT article_id FROM (({trial_rows}) EXCEPT ALL "
                f"({ref_rows})) UNION ALL SELECT article_id FROM (({ref_rows}) EXCEPT ALL ({trial_rows})))",
            )
            problems.append(f"{table}: {missing} rows missing, {wrong} unexpected, over {articles} present articles")
    for table in ("members", "institutions"):
        dangling = count(
            con, f"SELECT count(*) FROM t.{table} WHERE org_id NOT IN (SELECT org_id FROM t.organizations)"
        )
        if dangling:
            problems.append(f"{dangling} {table} rows point at a missing organisation")
    org_cols = "SELECT org_id, canonical_name, org_type, country FROM {db}.organizations"
    drift, _ = except_both(con, org_cols.format(db="t"), org_cols.format(db="ref"))
    if drift:
        problems.append(f"{drift} organisations differ from the reference (name, type or country)")
    alias_extra = count(
        con,
        "SELECT count(*) FROM t.organizations o JOIN ref.organizations r USING (org_id) "
        "WHERE NOT list_has_all(coalesce(r.aliases, []), coalesce(o.aliases, []))",
    )
    if alias_extra:
        problems.append(f"{alias_extra} organisations have aliases the reference lacks")
    return present, problems


def compare_final(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Differences between the completed database `t` and the reference `ref` (empty when identical)."""
    if not has_tables(con, "t"):
        return ["no tables at all"]
    out = []
    queries = {
        "articles": ARTICLE_SELECT,
        "organizations": "SELECT * FROM {db}.organizations",
        **{table: f"SELECT * FROM {{db}}.{table}" for table in CHILD_TABLES},
        "rejects": REJECT_SELECT,
    }
    for table, sql in queries.items():
        extra, missing = except_both(con, sql.format(db="t"), sql.format(db="ref"))
        if extra or missing:
            detail = ""
            if table == "organizations":
                detail = _org_difference(con)
            out.append(f"{table}: {missing} reference rows missing, {extra} rows not in the reference{detail}")
    return out


def _org_difference(con: duckdb.DuckDBPyConnection) -> str:
    """Which organisation columns differ, to tell alias drift from type or name drift."""
    parts = []
    for column in ("canonical_name", "org_type", "country", "aliases"):
        n = count(
            con,
            f"SELECT count(*) FROM t.organizations o JOIN ref.organizations r USING (org_id) "
            f"WHERE o.{column} IS DISTINCT FROM r.{column}",
        )
        if n:
            parts.append(f"{column} {n}")
    only = count(con, "SELECT count(*) FROM t.organizations WHERE org_id NOT IN (SELECT org_id FROM ref.organizations)")
    lost = count(con, "SELECT count(*) FROM ref.organizations WHERE org_id NOT IN (SELECT org_id FROM t.organizations)")
    if only or lost:
        parts.append(f"org_ids only here {only}, only in reference {lost}")
    if not parts:
        return ""
    sample = con.execute(
        "SELECT o.org_id, o.canonical_name, o.org_type, r.org_type, o.country, r.country, o.aliases, r.aliases "
        "FROM t.organizations o JOIN ref.organizations r USING (org_id) "
        "WHERE o.org_type IS DISTINCT FROM r.org_type OR o.country IS DISTINCT FROM r.country "
        "OR o.aliases IS DISTINCT FROM r.aliases OR o.canonical_name IS DISTINCT FROM r.canonical_name LIMIT 1"
    ).fetchall()
    example = f"; e.g. {sample[0]} (trial type/country/aliases vs reference)" if sample else ""
    return " (differing columns: " + ", ".join(parts) + ")" + example


def articles_in(db: Path) -> int:
    """Articles in a database file (0 when it has none or no tables yet)."""
    if not db.exists():
        return 0
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = count(con, "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'articles'")
        return count(con, "SELECT count(*) FROM articles") if tables else 0
    except duckdb.Error:
        return 0
    finally:
        con.close()


def tail(path: Path, lines: int = 6) -> str:
    """The last lines of a log, indented, for the report."""
    text = path.read_text(errors="replace").splitlines()[-lines:]
    return "\n".join("      " + line for line in text)


def main(argv: list[str] | None = None) -> int:
    """Generate the corpus, run the reference, run the trials, print the report."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=3000, help="articles in the generated corpus (default 3000)")
    p.add_argument("--trials", type=int, default=20, help="killed runs (default 20)")
    p.add_argument("--seed", type=int, default=1, help="seed of the kill times and trial modes (default 1)")
    p.add_argument("--batch-size", type=int, default=100, help="--batch-size of every run (default 100)")
    p.add_argument("--workdir", type=Path, default=None, help="folder for corpus, databases and logs (default: temp)")
    p.add_argument("--keep", action="store_true", help="keep the work folder even when everything passed")
    p.add_argument(
        "--live-code", action="store_true", help="run the working tree's code, not a copy frozen at the start"
    )
    args = p.parse_args(argv)

    wall = time.monotonic()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="hubetl-crash-"))
    workdir.mkdir(parents=True, exist_ok=True)
    workdir = workdir.resolve()
    logs = workdir / "logs"
    logs.mkdir(exist_ok=True)
    env = run_env(workdir / "prefect")
    corpus = workdir / f"corpus-{args.articles}"
    sys.path.insert(0, str(ROOT))
    from benchmarks.generate import generate

    if not corpus.is_dir() or len(list(corpus.iterdir())) != args.articles:
        shutil.rmtree(corpus, ignore_errors=True)
        generate(args.articles, corpus)
    print(f"work folder {workdir}; corpus of {args.articles} articles in {corpus}")
    fingerprint = code_fingerprint(ROOT)
    cwd = ROOT if args.live_code else snapshot_code(workdir)
    print(f"code under test: {cwd} (fingerprint {code_fingerprint(cwd)})")

    # Prefect sets up its database in PREFECT_HOME on first use: do that outside the timed reference run.
    warm = workdir / "warmup.duckdb"
    remove_db(warm)
    first = sorted(corpus.iterdir())[0]
    code, seconds = run_to_completion(run_command(first, warm, args.batch_size), cwd, env, logs / "warmup.log", 600)
    print(f"warm-up run (Prefect set-up) exit {code} in {seconds:.1f}s")
    if code != 0:
        print(tail(logs / "warmup.log"))
        return 1

    ref = workdir / "reference.duckdb"
    remove_db(ref)
    code, ref_seconds = run_to_completion(
        run_command(corpus, ref, args.batch_size), cwd, env, logs / "reference.log", 3600
    )
    total = articles_in(ref)
    print(f"reference run exit {code} in {ref_seconds:.1f}s: {total} articles")
    if code != 0 or total == 0:
        print(tail(logs / "reference.log"))
        return 1

    # A second plain run over a complete database must change nothing; its length is the fixed overhead.
    rerun = workdir / "rerun.duckdb"
    copy_db(ref, rerun)
    code, overhead = run_to_completion(run_command(corpus, rerun, args.batch_size), cwd, env, logs / "rerun.log", 3600)
    con = open_pair(ref, rerun)
    rerun_diff = compare_final(con) if code == 0 else [f"exit {code}"]
    con.close()
    print(
        f"rerun over the complete database exit {code} in {overhead:.1f}s: "
        + ("tables unchanged" if not rerun_diff else "; ".join(rerun_diff))
    )
    remove_db(rerun)

    rnd = random.Random(args.seed)
    snapshot = workdir / "partial-snapshot.duckdb"
    have_snapshot = False
    trials: list[Trial] = []
    timeout = 10 * ref_seconds + 300
    print()
    for number in range(1, args.trials + 1):
        db = workdir / f"trial-{number:02d}.duckdb"
        remove_db(db)
        mode = "resume" if number % 2 == 0 and have_snapshot else "fresh"
        trial = Trial(number, mode)
        if mode == "resume":
            copy_db(snapshot, db)
            trial.start_articles = articles_in(db)
        # A resumed run has less left to do: aim the kill at its expected length, not the full run's.
        left = 1 - trial.start_articles / total
        expected = ref_seconds if mode == "fresh" else overhead + left * max(ref_seconds - overhead, 0.0)
        trial.bound = 1.1 * expected
        trial.kill_at = rnd.uniform(0, trial.bound)
        with (logs / f"trial-{number:02d}-killed.log").open("wb") as out:
            proc = subprocess.Popen(
                run_command(corpus, db, args.batch_size),
                cwd=cwd,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            try:
                trial.exit_before_kill = proc.wait(timeout=trial.kill_at)
            except subprocess.TimeoutExpired:
                trial.killed_mid_run = True
                kill_group(proc)

        if db.exists():
            try:
                con = open_pair(ref, db)
                try:
                    trial.present, trial.problems = check_consistency(con)
                finally:
                    con.close()
            except duckdb.Error as exc:
                trial.problems = [f"cannot read the killed run's database: {str(exc).splitlines()[0]}"]
        trial.consistent = not trial.problems
        if trial.problems:
            copy_db(db, workdir / f"trial-{number:02d}-after-kill.duckdb")
        elif 0 < trial.present < total:
            copy_db(db, snapshot)  # later even-numbered trials resume from here (possibly killed again)
            have_snapshot = True

        trial.resume_exit, trial.resume_seconds = run_to_completion(
            run_command(corpus, db, args.batch_size), cwd, env, logs / f"trial-{number:02d}-resume.log", timeout
        )
        if trial.resume_exit != 0:
            trial.differences.append(f"the next plain run exited {trial.resume_exit}")
        try:
            con = open_pair(ref, db)
            trial.differences += compare_final(con)
            con.close()
        except duckdb.Error as exc:
            trial.differences.append(f"cannot read the final database: {str(exc).splitlines()[0]}")
        trial.final_match = not trial.differences
        trials.append(trial)
        report_trial(trial, total, logs)
        if trial.consistent and trial.final_match:
            remove_db(db)

    mid_run = sum(t.killed_mid_run for t in trials)
    partial = sum(0 < t.present < total and t.present != t.start_articles for t in trials)
    inconsistent = sum(not t.consistent for t in trials)
    mismatched = sum(not t.final_match for t in trials)
    failed = inconsistent or mismatched or rerun_diff
    print()
    print(f"trials                    {len(trials)} ({sum(t.mode == 'resume' for t in trials)} killed while resuming)")
    print(f"kills that landed mid-run {mid_run} (process still running when killed)")
    print(f"  of which mid-load       {partial} (database changed and left partly loaded)")
    print(f"inconsistent states       {inconsistent}")
    print(f"final mismatches          {mismatched}")
    print(f"rerun on complete db      {'unchanged' if not rerun_diff else 'CHANGED: ' + '; '.join(rerun_diff)}")
    print(f"reference run             {ref_seconds:.1f}s for {total} articles; no-op run {overhead:.1f}s")
    print(f"wall time                 {time.monotonic() - wall:.0f}s")
    if code_fingerprint(ROOT) != fingerprint:
        print("note: the working tree's code changed during the test" + ("" if args.live_code else " (not tested)"))
    if failed or args.keep:
        print(f"work folder kept: {workdir} (logs/, failing trial databases)")
    else:
        shutil.rmtree(workdir, ignore_errors=True)
    return 1 if failed else 0


def report_trial(trial: Trial, total: int, logs: Path) -> None:
    """One line per trial, and the problems under it."""
    when = "mid-run" if trial.killed_mid_run else f"after exit {trial.exit_before_kill}"
    start = f" from {trial.start_articles}" if trial.mode == "resume" else ""
    print(
        f"trial {trial.number:2d} {trial.mode:<6}{start:>10} kill at {trial.kill_at:5.1f}s/{trial.bound:5.1f}s "
        f"({when:<12}) articles after kill {trial.present:>5}/{total}  "
        f"consistent {'yes' if trial.consistent else 'NO '}  final match {'yes' if trial.final_match else 'NO '}  "
        f"(next run {trial.resume_seconds:.1f}s)",
        flush=True,
    )
    for problem in trial.problems:
        print(f"    after kill: {problem}")
    for difference in trial.differences:
        print(f"    final: {difference}")
    if trial.resume_exit not in (0, None):
        print(tail(logs / f"trial-{trial.number:02d}-resume.log"))


if __name__ == "__main__":
    sys.exit(main())
