from dagster import ScheduleDefinition, define_asset_job


def refresh_job_for(port):
    return define_asset_job(name=port + "_refresh_job", selection="*")


# built at run time: the variable's name is not the job's, nor the schedule's
SouthRefresh = refresh_job_for("south")
south_refresh_schedule = ScheduleDefinition(job=SouthRefresh, cron_schedule="0 2 * * *")
