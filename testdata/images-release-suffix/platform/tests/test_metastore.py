from release_suffix.repository import metastore_job


def test_metastore_job():
    assert metastore_job.execute_in_process().success
