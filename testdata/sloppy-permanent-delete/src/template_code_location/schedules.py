from dagster import ScheduleDefinition

from .jobs.jobs import data_processing_job, export_job

data_processing_schedule = ScheduleDefinition(
    name="data_processing_schedule",
    job=data_processing_job,
    cron_schedule="0 5 * * *",
)

daily_export_schedule = ScheduleDefinition(
    name="daily_export_schedule",
    job=export_job,  # expect: SCH001 "schedule 'daily_export_schedule' targets job 'export_job', which is imported from src/template_code_location/jobs/jobs.py but not defined there"
    cron_schedule="0 6 * * *",
)
