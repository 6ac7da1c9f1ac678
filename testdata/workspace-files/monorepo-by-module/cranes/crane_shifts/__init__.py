from dagster import Definitions

from crane_shifts.jobs import crane_shift_job

defs = Definitions(jobs=[crane_shift_job])
