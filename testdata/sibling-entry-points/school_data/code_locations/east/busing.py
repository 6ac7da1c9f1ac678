from dagster import Definitions, job

from school_data.code_locations.east.lunch import lunch_job
from school_data.libraries.ops import extract_rows, load_rows


@job
def busing_job():
    load_rows(extract_rows())


defs = Definitions(jobs=[busing_job, lunch_job])
