from tide_tables.archive import archive_job
from tide_tables.forecasts import forecast_job
from tide_tables.readings import gauge_job


def test_jobs():
    for each in (archive_job, forecast_job, gauge_job):
        assert each.execute_in_process().success
