from dagster import Definitions

from src.jobs import lock_gate_job

defs = Definitions(jobs=[lock_gate_job])
