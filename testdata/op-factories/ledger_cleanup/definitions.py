from dagster import Definitions

from .jobs import cleanup_job

defs = Definitions(jobs=[cleanup_job])
