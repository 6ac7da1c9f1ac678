from dagster import Definitions, job, op


@op
def read_returns():
    return []


@job
def returns_job():
    read_returns()


defs = Definitions(jobs=[returns_job])
