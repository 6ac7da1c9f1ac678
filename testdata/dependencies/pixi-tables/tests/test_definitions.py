import pytest

from tide_gauges.definitions import tide_gauges_job


@pytest.mark.skip(reason="reaches the gauges")
def test_tide_gauges_job():
    assert tide_gauges_job.execute_in_process().success
