from dagster import ScheduleDefinition, sensor, RunRequest

from .jobs.jobs import data_processing_job, export_job

daily_export_schedule = ScheduleDefinition(
    name="daily_export_schedule",
    job=export_job,  # expect: SCH001
    cron_schedule="0 6 * * *",
)

weekly_export_schedule = ScheduleDefinition(  # expect: SCH003
    job=export_job,
    cron_schedule="0 6 * * 1",
)


@sensor(job=data_processing_job)
def new_file_sensor(context):  # expect: SCH003
    return RunRequest()
