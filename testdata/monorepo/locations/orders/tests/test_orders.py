from orders_pipeline.repository import defs


def test_orders_sync_job():
    assert defs.get_job_def("orders_sync_job").execute_in_process().success
