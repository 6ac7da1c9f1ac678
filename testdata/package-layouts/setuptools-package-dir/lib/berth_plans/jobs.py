from dagster import job

from berth_plans.ops import read_berth_plans


@job
def berth_plan_job():
    read_berth_plans()
