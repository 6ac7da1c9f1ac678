from dagster import job

from tide_pipeline.ops import publish_tide_table, read_tide_gauges


@job
def tide_table_job():
    publish_tide_table(read_tide_gauges())
