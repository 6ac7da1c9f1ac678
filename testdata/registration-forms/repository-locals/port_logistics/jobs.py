from dagster import job, op


@op
def count_containers():
    return 3


@job
def berth_job():  # expect: TST002
    count_containers()


@job
def crane_job():  # expect: TST002
    count_containers()


@job
def customs_job():  # expect: TST002
    count_containers()


@job
def drydock_job():  # expect: DEF002
    count_containers()
