from dagster import Definitions

from buoy_watch.jobs import buoy_readings_job

defs = Definitions(jobs=[buoy_readings_job])
