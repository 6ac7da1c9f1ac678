from shifts.definitions import defs


def test_north_shift_job():
    assert defs.get_job_def("north_shift_job").execute_in_process().success
