from dagster import ScheduleDefinition, SensorDefinition

from kiln_firing.jobs import bisque_job, glaze_job

KILNS = ["north", "south"]

nightly_schedule = ScheduleDefinition(job=glaze_job, cron_schedule="0 1 * * *")
weekly_schedule = ScheduleDefinition(job=bisque_job, cron_schedule="0 2 * * 0")
monthly_schedule = ScheduleDefinition(job=bisque_job, cron_schedule="0 3 1 * *")  # expect: SCH003

door_sensors = [
    SensorDefinition(name=f"{kiln}_door_sensor", evaluation_fn=lambda context: None, job=glaze_job)
    for kiln in KILNS
]

vent_sensors = [
    SensorDefinition(name=f"{kiln}_vent_sensor", evaluation_fn=lambda context: None, job=glaze_job)  # expect: SCH003
    for kiln in KILNS
]

cooling_schedules = []
for kiln in KILNS:
    cooling_schedules.append(
        ScheduleDefinition(name=f"{kiln}_cooling_schedule", job=glaze_job, cron_schedule="0 4 * * *")
    )
