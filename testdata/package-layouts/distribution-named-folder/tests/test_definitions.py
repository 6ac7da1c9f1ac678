from pier_cams.definitions import camera_check_job


def test_camera_check_job():
    assert camera_check_job.execute_in_process().success
