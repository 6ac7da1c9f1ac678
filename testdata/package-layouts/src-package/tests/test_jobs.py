from src.jobs import lock_gate_job


def test_lock_gate_job():
    assert lock_gate_job.execute_in_process().success
