from dagster import AssetSelection, ScheduleDefinition, define_asset_job

# a schedules module that pairs each job with the schedule running it hands the job over through that schedule
irrigation_job = define_asset_job("irrigation_job", selection=AssetSelection.assets("blossom_counts"))  # expect: TST002

irrigation_schedule = ScheduleDefinition(job=irrigation_job, cron_schedule="0 3 * * *")
