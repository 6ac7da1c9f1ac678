from dagster import AssetSelection, Definitions, ScheduleDefinition, asset, define_asset_job, sensor

from orchard_yields import schedules
from orchard_yields.jobs import harvest_job, pruning_job


@asset
def blossom_counts():
    return [3, 5]


# the entry point lists its jobs and pruning_job is not among them: a temporary delete, the schedule still runs it
pruning_schedule = ScheduleDefinition(job=pruning_job, cron_schedule="0 4 * * 1")  # expect: SCH001 "pruning_job"

# a job built inside the schedule's own call was never in the list, so Dagster loads it with the schedule
blossom_schedule = ScheduleDefinition(
    job=define_asset_job("blossom_job", selection=AssetSelection.assets(blossom_counts)),  # expect: TST002
    cron_schedule="0 5 * * *",
)


# beside the entry point's own list, a job left out of it is a temporary delete even when its schedule is here too
spraying_job = define_asset_job("spraying_job", selection=[blossom_counts])  # expect: DEF002
spraying_schedule = ScheduleDefinition(job=spraying_job, cron_schedule="0 2 * * *")  # expect: SCH001 "spraying_job"


@sensor(job=define_asset_job(name="frost_job", selection=[blossom_counts]))  # expect: TST002
def frost_sensor():
    return None


defs = Definitions(
    assets=[blossom_counts],
    jobs=[harvest_job],
    schedules=[pruning_schedule, blossom_schedule, schedules.irrigation_schedule, spraying_schedule],
    sensors=[frost_sensor],
)
