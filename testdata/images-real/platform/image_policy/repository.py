from dagster import Definitions, job, op


@op
def build_index():
    return []


@job
def index_job():
    build_index()


defs = Definitions(jobs=[index_job])
