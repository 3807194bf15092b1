"""The DuckDB warehouse: the only package that opens the database file."""

from warehouse.db import SCHEMA_VERSION, WarehouseBusy, WarehouseError, connect
from warehouse.loader import finish_run, known_articles, load_batch, start_run

__all__ = [
    "SCHEMA_VERSION",
    "WarehouseBusy",
    "WarehouseError",
    "connect",
    "finish_run",
    "known_articles",
    "load_batch",
    "start_run",
]
