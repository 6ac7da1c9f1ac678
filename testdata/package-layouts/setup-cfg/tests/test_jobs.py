from dredging.jobs import dredging_job


def test_dredging_job():
    assert dredging_job.execute_in_process().success
