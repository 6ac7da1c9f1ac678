from dagster import Definitions, job, op

from shifts.jobs import berth_count_job, south_tide_check_job, south_weekly_tally_job
from shifts.rota import south_crew


@op
def plan_south_shift():
    return south_crew()


@job
def south_shift_job():
    plan_south_shift()


# shifts.jobs is south/shifts/jobs.py, the module beside this one
defs = Definitions(jobs=[south_shift_job, berth_count_job, south_tide_check_job, south_weekly_tally_job])
