from dagster import Definitions

from school_data.code_locations.south.jobs import attendance_job

defs = Definitions(jobs=[attendance_job])
