from dagster import job

from ..ops import send_report, build_report


@job(name="nightly_job")
def nightly_job():
    send_report(build_report(None))
