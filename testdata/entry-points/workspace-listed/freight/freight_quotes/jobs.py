from dagster import job, op


@op
def price_quotes():
    return []


@job
def freight_quotes_job():
    price_quotes()
