from my_project.definitions import slot_job


def test_slot_job():
    assert slot_job.execute_in_process().success
