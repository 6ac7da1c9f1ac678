from dagster import Definitions, job, op


@op
def refresh_metastore():
    return []


@job
def metastore_job():
    refresh_metastore()


defs = Definitions(jobs=[metastore_job])
