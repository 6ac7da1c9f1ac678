from dagster import Definitions

from route_planner.jobs import route_planning_job

defs = Definitions(jobs=[route_planning_job])
