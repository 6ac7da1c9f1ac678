from dagster import Definitions, job, op


@op
def noop():
    return None


@job
def noop_job():  # expect: TST002
    noop()


defs = Definitions(jobs=[noop_job])
