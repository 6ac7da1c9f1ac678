from dagster import job

from src.ops import read_lock_gates


@job
def lock_gate_job():
    read_lock_gates()
