# one Definitions per module, two modules in one folder: both entry points own the folder's jobs
from dagster import Definitions, job

from school_data.libraries.ops import extract_rows, load_rows


@job
def lunch_job():
    load_rows(extract_rows())


@job
def snack_job():  # expect: DEF002 "is defined in school_data/code_locations/east/lunch.py but not registered in school_data/code_locations/east/lunch.py"
    load_rows(extract_rows())


defs = Definitions(jobs=[])
