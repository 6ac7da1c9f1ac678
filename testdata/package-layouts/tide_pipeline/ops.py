import requests  # expect: DEP002 "requests"
from dagster import op


@op
def read_tide_gauges():
    return []


@op
def publish_tide_table(readings):
    return len(readings)


@op
def archive_tide_table():  # expect: DEF003 "archive_tide_table"
    return None
