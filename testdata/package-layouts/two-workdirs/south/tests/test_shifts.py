from shifts.definitions import defs


def test_south_shift_job():
    assert defs.get_job_def("south_shift_job").execute_in_process().success


def test_berth_count_job():
    assert defs.get_job_def("berth_count_job").execute_in_process().success


def test_tide_check_job():
    assert defs.get_job_def("tide_check_job").execute_in_process().success


def test_weekly_tally_job():
    assert defs.get_job_def("weekly_tally_job").execute_in_process().success
