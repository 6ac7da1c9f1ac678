from tide_pipeline.jobs import tide_table_job
from tide_pipeline.ops import publish_tide_table


def test_tide_table_job():
    assert tide_table_job.execute_in_process().success


def test_publish_tide_table():
    assert publish_tide_table([1]) == 1
