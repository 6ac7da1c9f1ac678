from dagster import ScheduleDefinition, job, op


@op
def read_gauges():
    return []


@job
def gauge_job():
    read_gauges()


gauge_schedule = ScheduleDefinition(job=gauge_job, cron_schedule="*/15 * * * *")
