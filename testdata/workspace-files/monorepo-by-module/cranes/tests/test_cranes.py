from crane_shifts.jobs import crane_shift_job


def test_crane_shift_job():
    assert crane_shift_job.execute_in_process().success
