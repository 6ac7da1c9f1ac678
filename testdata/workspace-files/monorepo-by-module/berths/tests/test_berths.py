from berth_plans.definitions import berth_plan_job


def test_berth_plan_job():
    assert berth_plan_job.execute_in_process().success
