from dagster import Definitions, job, op


@op
def count_pallets():
    return 0


@job
def count_pallets_job():  # expect: TST002
    count_pallets()


defs = Definitions(jobs=[count_pallets_job])
