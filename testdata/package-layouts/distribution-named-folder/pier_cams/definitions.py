from dagster import Definitions, job

from pier_cams.alerts.ops import check_cameras


@job
def camera_check_job():
    check_cameras()


defs = Definitions(jobs=[camera_check_job])
