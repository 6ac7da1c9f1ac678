from dagster import Definitions

from src.jobs.built import SouthRefresh, south_refresh_schedule
from src.jobs.ledger import (
    PostLedgerJob,
    balances,
    by_name_schedule,
    late_entries,
    ledger__raw_entries,
    ledger__refresh_job,
    ledger_refresh_schedule,
    port_refresh_job,
    port_refresh_schedule,
)

defs = Definitions(
    assets=[ledger__raw_entries, balances],
    jobs=[ledger__refresh_job, port_refresh_job, PostLedgerJob, SouthRefresh],
    schedules=[ledger_refresh_schedule, port_refresh_schedule, by_name_schedule, south_refresh_schedule],
    sensors=[late_entries],
)
