from dagster import Definitions

from school_data.code_locations.north.jobs import enrolment_job
from school_data.code_locations.north.reports.jobs import report_card_job
from school_data.code_locations.south.jobs import transfers_job
from school_data.libraries.jobs import calendar_job

defs = Definitions(jobs=[enrolment_job, calendar_job, transfers_job, report_card_job])
