from dagster import Definitions, ScheduleDefinition

from .jobs import shipping_job

shipping_daily = ScheduleDefinition(name="shipping_daily", job_name="shipping_job", cron_schedule="0 7 * * *")
# orders_sync_job exists only in the orders location: names never resolve across code locations.
orders_from_shipping = ScheduleDefinition(
    name="orders_from_shipping",
    job_name="orders_sync_job",  # expect: SCH001
    cron_schedule="30 * * * *",
)

defs = Definitions(jobs=[shipping_job], schedules=[shipping_daily, orders_from_shipping])
