from quay_walls.jobs import quay_wall_survey_job


def test_quay_wall_survey_job():
    assert quay_wall_survey_job.execute_in_process().success
