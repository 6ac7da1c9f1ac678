from dagster import Definitions, job, op

from harbour_lights.lamps import lamp_ids
import beacon_client  # expect: DEP002 "'beacon_client' is imported"


@op
def check_lamps():
    return beacon_client.ping(lamp_ids())


@job
def lamp_check_job():
    check_lamps()


defs = Definitions(jobs=[lamp_check_job])
