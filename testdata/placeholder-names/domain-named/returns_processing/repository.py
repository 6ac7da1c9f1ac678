from dagster import Definitions, job, op


@op
def read_returns():
    return []


@job
def returns_job():  # expect: TST002
    read_returns()


defs = Definitions(jobs=[returns_job])
