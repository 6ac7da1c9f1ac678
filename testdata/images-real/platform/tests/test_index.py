from image_policy.repository import index_job


def test_index_job():
    assert index_job.execute_in_process().success
