from dagster import ScheduleDefinition, schedule, sensor, run_failure_sensor, SensorDefinition
from dagster import build_schedule_from_partitioned_job, RunRequest
from dagster_slack import make_slack_on_run_failure_sensor  # expect: DEP002

from .jobs import sync_inventory_job, SyncInventoryHourly

daily_sync = ScheduleDefinition(name="daily_sync", job=sync_inventory_job, cron_schedule="0 6 * * *")
hourly_sync = ScheduleDefinition(name="HourlySync", job=SyncInventoryHourly, cron_schedule="0 * * * *")  # expect: NAM003
derived_name = ScheduleDefinition(job=SyncInventoryHourly, cron_schedule="30 * * * *")  # expect: NAM003 "'SyncInventoryHourly_schedule'", SCH003 "'SyncInventoryHourly_schedule'"
by_job_name = ScheduleDefinition(job_name="sync_inventory_job", cron_schedule="15 * * * *")  # expect: SCH003 "'sync_inventory_job_schedule'"


@schedule(job=sync_inventory_job, cron_schedule="0 0 * * *")
def midnightSync(context):  # expect: NAM003
    return RunRequest()


@sensor(job=sync_inventory_job, name="Stock-Sensor")  # expect: NAM003
def stock_sensor(context):
    return None


@run_failure_sensor
def on_failure(context):  # expect: SCH003
    return None


slack_on_failure = make_slack_on_run_failure_sensor(channel="#ops", slack_token="")  # expect: SCH003 "'slack_on_run_failure'"
slack_named = make_slack_on_run_failure_sensor(channel="#ops", slack_token="", name="SlackOnFailure")  # expect: NAM003, SCH003
custom_sensor = SensorDefinition(name="custom_sensor", evaluation_fn=lambda context: None)  # expect: SCH003
