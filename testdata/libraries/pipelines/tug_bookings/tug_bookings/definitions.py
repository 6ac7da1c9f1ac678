from dagster import Definitions

from tug_bookings.jobs import tug_bookings_job

defs = Definitions(jobs=[tug_bookings_job])
