from warehouse_analytics.jobs import report_job_ver_1, report_job_ver_2  # expect: VER003
from warehouse_analytics.repository import defs


def test_reports():
    assert report_job_ver_1.execute_in_process().success
    assert report_job_ver_2.execute_in_process().success


def test_named_jobs():
    for name in ["stock_job", "assets_job", "report_job_v3", "report_job_version_4", "report_job_ver_02", "nightly_job"]:
        assert defs.get_job_def(name)
