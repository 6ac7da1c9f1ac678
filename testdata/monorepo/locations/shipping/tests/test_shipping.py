from shipping_pipeline.repository import defs


def test_shipping_job():
    assert defs.get_job_def("shipping_job").execute_in_process().success


def test_orders_job_from_the_wrong_location():
    assert defs.get_job_def("orders_sync_job")  # expect: TST001
