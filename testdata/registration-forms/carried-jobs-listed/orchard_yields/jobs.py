from dagster import job, op


@op
def weigh_crates():
    return 12


@job
def harvest_job():  # expect: TST002
    weigh_crates()


@job
def pruning_job():  # expect: DEF002
    weigh_crates()
