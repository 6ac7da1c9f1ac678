from dagster import job, op

from harbour_utils.resources import TideGauge


@op
def book_tugs(gauge: TideGauge):
    return gauge.height(6)


@job
def tug_bookings_job():
    book_tugs()
