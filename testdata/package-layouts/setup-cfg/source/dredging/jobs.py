from dagster import job

from dredging.ops import read_dredging


@job
def dredging_job():
    read_dredging()
