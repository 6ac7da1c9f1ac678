from template_code_location.jobs.jobs import data_processing_job


def test_data_processing_job():
    result = data_processing_job.execute_in_process()
    assert result.success
