from dagster import job

from school_data.libraries.ops import extract_rows, load_rows


# shared by every network; north registers it, so it is registered
@job
def calendar_job():
    load_rows(extract_rows())


@job
def holiday_job():  # expect: DEF002 "is defined in school_data/libraries/jobs.py but not registered in any of school_data/code_locations/east/busing.py, school_data/code_locations/east/lunch.py, school_data/code_locations/north/definitions.py"
    load_rows(extract_rows())
