from buoy_watch.jobs import buoy_readings_job


def test_buoy_readings_job():
    assert buoy_readings_job.execute_in_process().success
