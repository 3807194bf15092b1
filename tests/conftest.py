"""Test set-up: Prefect runs offline with a temporary PREFECT_HOME, never the user's."""

import atexit
import os
import shutil
import tempfile
from pathlib import Path

_home = tempfile.mkdtemp(prefix="hubetl-prefect-")
atexit.register(shutil.rmtree, _home, ignore_errors=True)  # the temporary PREFECT_HOME goes with the run
os.environ["PREFECT_HOME"] = _home
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.pop("PREFECT_API_URL", None)

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "000_64acfe0d2d43da99.txt"
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The seed article; skips where it is absent unless HUBETL_REQUIRE_SEED=1."""
    if not SEED.exists():
        if os.environ.get("HUBETL_REQUIRE_SEED") == "1":
            pytest.fail(f"seed article missing at {SEED} and HUBETL_REQUIRE_SEED=1")
        pytest.skip(f"seed article not found at {SEED}")
    return SEED
