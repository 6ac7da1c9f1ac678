from dagster import Definitions

from pilot_rosters.jobs import pilot_roster_job

defs = Definitions(jobs=[pilot_roster_job])
