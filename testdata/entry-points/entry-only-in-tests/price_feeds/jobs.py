from dagster import job, op


@op
def load_prices():
    return []


@job
def price_feed_job():
    load_prices()
