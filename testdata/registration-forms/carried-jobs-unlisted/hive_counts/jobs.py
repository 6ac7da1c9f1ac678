from dagster import define_asset_job, job, op


@op
def count_bees():
    return 4000


@job
def inspection_job():  # expect: TST002
    count_bees()


@job
def swarm_job():  # expect: TST002
    count_bees()


@job
def queen_job():  # expect: DEF002
    count_bees()


@job
def wintering_job():  # expect: DEF002
    count_bees()


honey_job = define_asset_job("honey_job")  # expect: DEF002
