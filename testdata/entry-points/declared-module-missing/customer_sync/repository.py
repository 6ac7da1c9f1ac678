from dagster import Definitions, job, op


@op
def pull_customers():
    return []


@job
def customer_sync_job():  # expect: TST002
    pull_customers()


defs = Definitions(jobs=[customer_sync_job])
