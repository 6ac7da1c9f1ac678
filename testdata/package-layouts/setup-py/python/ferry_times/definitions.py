from dagster import Definitions

from ferry_times.jobs import ferry_times_job

defs = Definitions(jobs=[ferry_times_job])
