from dagster import job, op


@op
def swap_crews():
    return 2


@job
def crew_swap_job():
    swap_crews()


@op
def read_tide_gauge():
    return 1.4


@job
def tide_check_job():
    read_tide_gauge()


@job
def weekly_tally_job():  # expect: TST002
    read_tide_gauge()
