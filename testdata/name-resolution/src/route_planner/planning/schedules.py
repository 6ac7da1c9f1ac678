from dagster import ScheduleDefinition

from route_planner.jobs import route_planning_job

nightly_planning_schedule = ScheduleDefinition(job=route_planning_job, cron_schedule="0 2 * * *")

schedules = [nightly_planning_schedule]
