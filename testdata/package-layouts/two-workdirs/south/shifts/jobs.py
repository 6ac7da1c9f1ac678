from dagster import job, op


@op
def count_berths():
    return 12


@job
def berth_count_job():
    count_berths()


@job
def night_berth_job():  # expect: DEF002
    count_berths()
