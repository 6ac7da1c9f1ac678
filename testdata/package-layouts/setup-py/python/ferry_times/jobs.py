from dagster import job

from ferry_times.ops import read_ferry_times


@job
def ferry_times_job():
    read_ferry_times()
