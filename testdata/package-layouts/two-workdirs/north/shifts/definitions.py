from dagster import Definitions, job, op

from shifts.jobs import crew_swap_job, tide_check_job, weekly_tally_job
from shifts.rota import north_crew


@op
def plan_north_shift():
    return north_crew()


@job
def north_shift_job():
    plan_north_shift()


defs = Definitions(jobs=[north_shift_job, crew_swap_job, tide_check_job, weekly_tally_job])
