from dagster import job

from route_planner.ops import *
from route_planner.reports import summary


@job
def route_planning_job():
    routes = plan_routes(fetch_stops())
    store_routes(routes)
    summary(routes)
