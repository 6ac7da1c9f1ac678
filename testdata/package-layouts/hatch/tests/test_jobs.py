from cargo_manifests.jobs import cargo_manifest_job


def test_cargo_manifest_job():
    assert cargo_manifest_job.execute_in_process().success
