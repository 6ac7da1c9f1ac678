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


@op
def read_south_tide_gauge():
    return 0.9


# each folder's Definitions has its own tide_check_job; a test looks up the one of the Definitions it imports
@job(name="tide_check_job")
def south_tide_check_job():
    read_south_tide_gauge()


@job(name="weekly_tally_job")
def south_weekly_tally_job():
    read_south_tide_gauge()
