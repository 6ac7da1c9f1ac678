from dagster import job, op


@op
def archive_readings():
    return None


@job
def archive_job():
    archive_readings()


@job
def purge_job():  # expect: DEF002
    archive_readings()
