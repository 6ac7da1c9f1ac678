from harbour_lights.definitions import lamp_check_job


def test_lamp_check_job():
    assert lamp_check_job.execute_in_process().success
