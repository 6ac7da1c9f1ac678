from dagster import ScheduleDefinition, job, op

NORTH = "north"
SOUTH = "south"


@op
def read_gauges():
    return []


@job
def gauge_job():
    read_gauges()


# names built at run time: their literal parts alone are no clash
north_gauge_schedule = ScheduleDefinition(name=f"{NORTH}_gauges", job=gauge_job, cron_schedule="*/15 * * * *")
south_gauge_schedule = ScheduleDefinition(name=f"{SOUTH}_gauges", job=gauge_job, cron_schedule="*/20 * * * *")
