from dagster import Definitions

from dredging.jobs import dredging_job

defs = Definitions(jobs=[dredging_job])
