from dagster import ScheduleDefinition, job

from school_data.libraries.ops import extract_rows, load_rows


# a scratch job run on its own (dagster job execute -f): no entry point's folder holds it and none imports it, so
# no entry point was meant to register it
@job
def attendance_trial_job():
    load_rows(extract_rows())


attendance_trial_schedule = ScheduleDefinition(job=attendance_trial_job, cron_schedule="0 8 * * 1")
