from dagster import ScheduleDefinition, run_status_sensor, DagsterRunStatus, SensorDefinition

from .jobs import report_job_ver_1, report_job_ver_2, stock_job, busy_job

old_report_schedule = ScheduleDefinition(
    name="old_report_schedule",
    job=report_job_ver_1,  # expect: VER003
    cron_schedule="0 8 * * *",
)
report_schedule = ScheduleDefinition(name="report_schedule", job=report_job_ver_2, cron_schedule="0 9 * * *")
stock_schedule = ScheduleDefinition(name="stock_schedule", job_name="stock_job", cron_schedule="0 7 * * *")
missing_name_schedule = ScheduleDefinition(
    name="missing_name_schedule",
    job_name="no_such_job",  # expect: SCH001
    cron_schedule="0 6 * * *",
)


@run_status_sensor(
    run_status=DagsterRunStatus.SUCCESS,
    monitored_jobs=[stock_job, busy_job],  # expect: SCH002
    request_job=report_job_ver_2,
)
def after_stock_sensor(context):
    return None


unregistered_sensor = SensorDefinition(name="unregistered_sensor", evaluation_fn=lambda context: None)  # expect: SCH003
