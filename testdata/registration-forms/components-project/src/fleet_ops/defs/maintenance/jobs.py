import dagster as dg


@dg.op
def inspect_brakes():
    return True


@dg.job
def inspection_job():  # expect: TST002
    inspect_brakes()


inspection_schedule = dg.ScheduleDefinition(job=inspection_job, cron_schedule="0 5 * * 1")
