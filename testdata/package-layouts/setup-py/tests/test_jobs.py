from ferry_times.jobs import ferry_times_job


def test_ferry_times_job():
    assert ferry_times_job.execute_in_process().success
