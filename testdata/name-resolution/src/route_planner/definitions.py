from dagster import Definitions

from route_planner import planning, sensors
from route_planner.jobs import route_planning_job
from route_planner.loading import load_sensors_from_package_module

defs = Definitions(
    jobs=[route_planning_job],
    schedules=[*planning.schedules],
    sensors=load_sensors_from_package_module(sensors),
)
