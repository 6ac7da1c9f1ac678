from dagster import job, op


@op
def post_entries():
    return []


@job
def ledger_job():
    post_entries()
