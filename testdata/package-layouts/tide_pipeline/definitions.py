from dagster import Definitions

from tide_pipeline.jobs import tide_table_job

defs = Definitions(jobs=[tide_table_job])
