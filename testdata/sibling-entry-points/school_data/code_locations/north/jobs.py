from dagster import job

from school_data.libraries.ops import extract_rows, load_rows


@job
def enrolment_job():
    load_rows(extract_rows())


@job
def roster_job():  # expect: DEF002 "not registered in school_data/code_locations/north/definitions.py"
    load_rows(extract_rows())
