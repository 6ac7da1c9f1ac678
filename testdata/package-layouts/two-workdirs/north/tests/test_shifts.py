from shifts.definitions import defs
from shifts.jobs import crew_swap_job


def test_north_shift_job():
    assert defs.get_job_def("north_shift_job").execute_in_process().success


def test_crew_swap_job():
    # pytest runs this test from north/, where shifts.jobs is north/shifts/jobs.py
    assert crew_swap_job.execute_in_process().success


def test_tide_check_job():
    assert defs.get_job_def("tide_check_job").execute_in_process().success
