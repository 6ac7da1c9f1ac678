from tide_tables.definitions import defs


def test_every_job_loads():
    # every registered job, whichever version: a test of each, and of none in particular
    for job in defs.get_all_job_defs():
        assert job.graph is not None


def test_old_tide_job_runs():
    assert defs.resolve_job_def("old_tide_job").execute_in_process().success  # expect: TST001
