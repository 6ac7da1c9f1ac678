from dagster import Definitions

from berth_plans.jobs import berth_plan_job

defs = Definitions(jobs=[berth_plan_job])
