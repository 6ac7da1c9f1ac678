from dagster import DagsterRunStatus, Definitions, ScheduleDefinition, run_status_sensor, sensor

from hive_counts.jobs import inspection_job, queen_job, swarm_job, wintering_job

# the entry point registers no jobs itself: Dagster loads the jobs its schedules and sensors are handed
inspection_schedule = ScheduleDefinition(job=inspection_job, cron_schedule="0 9 * * 6")


@sensor(jobs=[swarm_job])
def swarm_sensor():
    return None


# a name is not a job object: nothing loads honey_job for it
honey_schedule = ScheduleDefinition(job_name="honey_job", cron_schedule="0 8 * * *")  # expect: SCH001 "honey_job"


# a run status sensor only watches the jobs it monitors; it loads none of them
@run_status_sensor(monitored_jobs=[queen_job], run_status=DagsterRunStatus.FAILURE)  # expect: SCH002 "queen_job"
def queen_watch():
    return None


# a schedule the entry point does not register brings in nothing
wintering_schedule = ScheduleDefinition(job=wintering_job, cron_schedule="0 6 1 11 *")  # expect: SCH003

defs = Definitions(
    schedules=[inspection_schedule, honey_schedule],
    sensors=[swarm_sensor, queen_watch],
)
