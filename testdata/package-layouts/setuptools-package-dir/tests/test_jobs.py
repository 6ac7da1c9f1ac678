from berth_plans.jobs import berth_plan_job


def test_berth_plan_job():
    assert berth_plan_job.execute_in_process().success
