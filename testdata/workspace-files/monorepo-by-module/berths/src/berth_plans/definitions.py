from dagster import Definitions, job, op


@op
def read_berth_plan():
    return []


@job
def berth_plan_job():
    read_berth_plan()


defs = Definitions(jobs=[berth_plan_job])
