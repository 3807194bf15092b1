"""Integration: the deployments in prefect.yaml against a real Prefect server, run by a real process worker.

Starts `prefect server start` on a free loopback port with its own temporary PREFECT_HOME (never ~/.prefect),
creates the work pool, deploys with `prefect deploy --all --no-prompt` from the project root, triggers
`ingest-articles/manual` with custom parameters through the API, runs `prefect worker start --run-once` from an
unrelated folder with HUBETL_HOME set, and checks the flow run, the DuckDB file and the run's artifacts.
The server and the worker are stopped (their whole process groups) whatever happens.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from uuid import UUID

import duckdb
import httpx
import pytest

pytestmark = pytest.mark.server

ROOT = Path(__file__).resolve().parent.parent
POOL = "hubetl-pool"
DEPLOYMENT = "ingest-articles/manual"
FINAL = {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}


def _prefect() -> list[str]:
    exe = Path(sys.executable).with_name("prefect")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "prefect"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tail(path: Path, n: int = 60) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-n:])
    except OSError:
        return "(no log)"


def _stop(proc: subprocess.Popen, timeout: float = 20) -> None:
    """Stop a process started with start_new_session=True, and everything it started."""
    if proc.poll() is None:
        for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 10)):
            try:
                os.killpg(proc.pid, sig)
            except ProcessLookupError:
                break
            try:
                proc.wait(timeout=wait)
                break
            except subprocess.TimeoutExpired:
                continue
    # children of a process that already exited may still hold the group
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A Prefect server on a free loopback port; yields (api_url, env for CLI subprocesses)."""
    home = tmp_path_factory.mktemp("prefect-home")
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(
        PREFECT_HOME=str(home),
        DO_NOT_TRACK="1",
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_CLI_PROMPT="false",
    )
    assert Path.home() / ".prefect" != home
    server_env = dict(env, PREFECT_SERVER_API_HOST="127.0.0.1", PREFECT_SERVER_API_PORT=str(port))
    log = home / "server.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [*_prefect(), "server", "start", "--host", "127.0.0.1"],
            cwd=home,
            env=server_env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    api = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + 90
        while True:
            if proc.poll() is not None:
                pytest.fail(f"prefect server exited with {proc.returncode}:\n{_tail(log)}")
            try:
                if httpx.get(f"{api}/health", timeout=2).is_success:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"prefect server not healthy after 90 s:\n{_tail(log)}")
            time.sleep(0.3)
        yield api, dict(env, PREFECT_API_URL=api)
    finally:
        _stop(proc)


def _cli(env: dict[str, str], *args: str, cwd: Path = ROOT, timeout: float = 120) -> subprocess.CompletedProcess:
    done = subprocess.run([*_prefect(), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"prefect {' '.join(args)} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    return done


async def _trigger(api: str, parameters: dict) -> UUID:
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: api}):
        async with get_client() as client:
            deployment = await client.read_deployment_by_name(DEPLOYMENT)
            # concurrency_limit: 1 is stored as a global concurrency limit named after the deployment
            assert deployment.global_concurrency_limit is not None
            assert deployment.global_concurrency_limit.limit == 1
            assert deployment.pull_steps and any(
                step.get("prefect.deployments.steps.set_working_directory", {}).get("directory") == "{{ $HUBETL_HOME }}"
                for step in deployment.pull_steps
            ), deployment.pull_steps
            described = deployment.parameter_openapi_schema["properties"]
            assert all(described[name].get("description") for name in ("sources", "db_path", "batch_size"))
            run = await client.create_flow_run_from_deployment(deployment.id, parameters=parameters)
            return run.id


async def _flow_run(api: str, flow_run_id: UUID):
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: api}):
        async with get_client() as client:
            return await client.read_flow_run(flow_run_id)


async def _artifacts(api: str, flow_run_id: UUID) -> dict[str, str]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: api}):
        async with get_client() as client:
            found = await client.read_artifacts(
                artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id]))
            )
    return {a.key: a.type for a in found if a.key}


def test_manual_deployment_runs_on_a_worker_with_custom_parameters(server, tmp_path):
    api, env = server
    _cli(env, "work-pool", "create", POOL, "--type", "process")
    _cli(env, "deploy", "--all", "--no-prompt")

    folder = tmp_path / "articles"
    folder.mkdir()
    sample = sorted((ROOT / "samples").glob("ko_a01_*.txt"))[0]
    shutil.copy(sample, folder / sample.name)
    (folder / "empty.txt").write_bytes(b"")
    db = tmp_path / "out.duckdb"

    flow_run_id = asyncio.run(_trigger(api, {"sources": [str(folder)], "db_path": str(db), "batch_size": 10}))

    # The worker runs from an unrelated folder: the pull step must take it to HUBETL_HOME.
    worker_env = dict(env, HUBETL_HOME=str(ROOT), PREFECT_LOGGING_LEVEL="INFO")
    elsewhere = tmp_path / "worker-cwd"
    elsewhere.mkdir()
    log = tmp_path / "worker.log"
    deadline = time.monotonic() + 150
    state = None
    with open(log, "ab") as out:
        while time.monotonic() < deadline:
            worker = subprocess.Popen(
                [*_prefect(), "worker", "start", "--pool", POOL, "--type", "process", "--run-once"],
                cwd=elsewhere,
                env=worker_env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            try:
                worker.wait(timeout=max(1.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                pass
            finally:
                _stop(worker)
            state = asyncio.run(_flow_run(api, flow_run_id)).state
            if state is not None and state.type.value in FINAL:
                break
            time.sleep(1)

    assert state is not None and state.is_completed(), f"flow run ended {state!r}; worker log:\n{_tail(log)}"

    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        assert con.execute("SELECT count(*) FROM members").fetchone()[0] > 0
        rejects = con.execute("SELECT source_uri, reason FROM rejects").fetchall()
        assert [Path(uri).name for uri, _ in rejects] == ["empty.txt"], rejects
        runs = con.execute("SELECT flow_run_id, status FROM pipeline_runs").fetchall()
        assert runs == [(str(flow_run_id), "completed")]
    finally:
        con.close()

    artifacts = asyncio.run(_artifacts(api, flow_run_id))
    assert artifacts.get("ingest-summary") == "markdown", artifacts
    assert artifacts.get("ingest-found") == "table", artifacts
