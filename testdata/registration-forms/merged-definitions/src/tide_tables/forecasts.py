from dagster import job, op


@op
def forecast_tides():
    return []


@job
def forecast_job():
    forecast_tides()
