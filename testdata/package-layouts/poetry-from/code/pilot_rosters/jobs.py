from dagster import job

from pilot_rosters.ops import read_pilot_rosters


@job
def pilot_roster_job():
    read_pilot_rosters()
