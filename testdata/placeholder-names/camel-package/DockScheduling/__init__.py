from dagster import Definitions  # expect: NAM004

from .jobs import assign_docks_job

defs = Definitions(jobs=[assign_docks_job])
