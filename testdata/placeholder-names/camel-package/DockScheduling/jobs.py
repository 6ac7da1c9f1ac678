from dagster import job, op


@op
def assign_docks():
    return []


@job
def assign_docks_job():  # expect: TST002
    assign_docks()
