import dagster as dg


@dg.op
def fit_snow_chains():
    return True


@dg.job
def snow_chain_job():  # expect: TST002
    fit_snow_chains()


snow_chain_schedule = dg.ScheduleDefinition(job=snow_chain_job, cron_schedule="0 4 * 11 *")
