from template_code_location.jobs.jobs import export_job  # expect: TST001


def test_export_job():
    result = export_job.execute_in_process()
    assert result.success
