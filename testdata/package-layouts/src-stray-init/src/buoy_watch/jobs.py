from dagster import job, op


@op
def read_buoys():
    return []


@job
def buoy_readings_job():
    read_buoys()
