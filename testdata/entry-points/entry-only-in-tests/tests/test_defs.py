from dagster import Definitions

from price_feeds.jobs import price_feed_job

defs = Definitions(jobs=[price_feed_job])


def test_loads():
    assert defs.get_job_def("price_feed_job")
