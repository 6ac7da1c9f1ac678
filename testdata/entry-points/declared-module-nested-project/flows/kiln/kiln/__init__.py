from dagster import Definitions, job, op


@op
def heat():
    return 1200


@job
def firing_job():  # expect: TST002
    heat()


defs = Definitions(jobs=[firing_job])
