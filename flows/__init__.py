"""hubetl: articles about research programmes into validated DuckDB tables.

Importing the package switches off Prefect's analytics and telemetry for this process, so that no
run ever calls out to the network; a user who really wants them can set the variables themselves.
"""

import os

for _name, _value in {
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_CLOUD_ENABLE_ORCHESTRATION_TELEMETRY": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
}.items():
    os.environ.setdefault(_name, _value)
