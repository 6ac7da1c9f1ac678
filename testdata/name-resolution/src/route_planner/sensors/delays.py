from dagster import sensor

from route_planner.jobs import route_planning_job


@sensor(job=route_planning_job)
def delay_sensor():
    return None
