from dagster import Definitions

from .jobs import sync_inventory_job, SyncInventoryHourly, sync_inventory_nightly
from .schedules import daily_sync, hourly_sync, midnightSync, stock_sensor

defs = Definitions(
    jobs=[sync_inventory_job, SyncInventoryHourly, sync_inventory_nightly],
    schedules=[daily_sync, hourly_sync, midnightSync],
    sensors=[stock_sensor],
)
