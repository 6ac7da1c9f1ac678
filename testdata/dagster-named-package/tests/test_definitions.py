from dagster_harbour.definitions import tug_positions_job


def test_tug_positions_job():
    assert tug_positions_job.execute_in_process().success
