from dagster import job, op


@op
def book_carrier():
    return []


@job
def shipping_job():
    book_carrier()
