from tug_bookings.jobs import tug_bookings_job


def test_tug_bookings_job():
    assert tug_bookings_job.execute_in_process().success
