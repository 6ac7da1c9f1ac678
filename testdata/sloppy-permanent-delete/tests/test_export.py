from template_code_location.jobs.jobs import export_job  # expect: TST001 "test imports 'export_job', which is imported from src/template_code_location/jobs/jobs.py but not defined there"


def test_export_job():
    result = export_job.execute_in_process()
    assert result.success
