from dagster import AssetSelection, Definitions, ScheduleDefinition, asset, define_asset_job, sensor

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


@sensor(job=define_asset_job(name="frost_job", selection=[blossom_counts]))  # expect: TST002
def frost_sensor():
    return None


defs = Definitions(
    assets=[blossom_counts],
    jobs=[harvest_job],
    schedules=[pruning_schedule, blossom_schedule],
    sensors=[frost_sensor],
)
