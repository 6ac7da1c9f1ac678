from dagster import job, op


@op
def pull_orders():
    return []


@job
def orders_sync_job():
    pull_orders()
