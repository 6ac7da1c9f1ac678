from dagster import job, op

from harbour_utils.resources import TideGauge


@op
def probe_gauge():
    return TideGauge(station="north").height(1)


@job
def probe_job():
    probe_gauge()


def test_probe_job():
    assert probe_job.execute_in_process().success
