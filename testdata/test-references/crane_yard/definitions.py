from dagster import Definitions

from crane_yard.jobs import berth_plan_job, crane_inspection_job, crane_repair_job, night_shift_job, yard_sweep_job

defs = Definitions(jobs=[crane_inspection_job, crane_repair_job, berth_plan_job, yard_sweep_job, night_shift_job])
