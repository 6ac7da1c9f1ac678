from dagster import Definitions, job, op

from shifts.rota import south_crew


@op
def plan_south_shift():
    return south_crew()


@job
def south_shift_job():
    plan_south_shift()


defs = Definitions(jobs=[south_shift_job])
