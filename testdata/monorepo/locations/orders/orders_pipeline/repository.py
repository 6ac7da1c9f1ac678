from dagster import Definitions, ScheduleDefinition

from .jobs import orders_sync_job

orders_hourly = ScheduleDefinition(name="orders_hourly", job_name="orders_sync_job", cron_schedule="0 * * * *")

defs = Definitions(jobs=[orders_sync_job], schedules=[orders_hourly])
