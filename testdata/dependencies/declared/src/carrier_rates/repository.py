from dagster import Definitions
from data_processing.jobs import remove_duplicates_job_s3

defs = Definitions(jobs=[remove_duplicates_job_s3])
