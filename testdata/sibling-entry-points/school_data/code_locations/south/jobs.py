from dagster import ScheduleDefinition, job

from school_data.libraries.ops import extract_rows, load_rows


@job
def attendance_job():
    load_rows(extract_rows())


@job
def grades_job():  # expect: DEF002 "not registered in school_data/code_locations/south/definitions.py"
    load_rows(extract_rows())


# expect: SCH003 "not registered in school_data/code_locations/south/definitions.py"
nightly_attendance_schedule = ScheduleDefinition(job=attendance_job, cron_schedule="0 2 * * *")


# registered by north's entry point only: south's graph does not have it
@job
def transfers_job():  # expect: DEF002 "not registered in school_data/code_locations/south/definitions.py"
    load_rows(extract_rows())
