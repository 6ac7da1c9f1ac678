from dagster import ScheduleDefinition, sensor

from port_logistics.jobs import berth_job, crane_job, drydock_job

berth_schedule = ScheduleDefinition(job=berth_job, cron_schedule="0 6 * * *")

drydock_schedule = ScheduleDefinition(job=drydock_job, cron_schedule="0 7 * * *")  # expect: SCH001 "drydock_job"


@sensor(job_name="pilot_job")  # expect: SCH002 "pilot_job"
def pilot_sensor():
    return None


@sensor(job=crane_job)
def unregistered_sensor():  # expect: SCH003
    return None
