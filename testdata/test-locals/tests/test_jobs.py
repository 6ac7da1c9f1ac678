import pytest
from dagster import job

from parcel_tracking.jobs import delivery_job, notify_senders, tracking_graph, tracking_job
from parcel_tracking.resources import CarrierApi
from parcel_tracking.removed import archive_parcels_job  # expect: TST001 "module 'parcel_tracking.removed', which does not exist"


@pytest.mark.parametrize("job_def", [tracking_job, delivery_job])
def test_each_job(job_def):
    assert job_def.execute_in_process().success


def test_in_a_loop():
    for each in (tracking_job, delivery_job):
        assert each.execute_in_process().success


def test_graph_as_job():
    local_job = tracking_graph.to_job(name="tracking_graph_job")
    assert local_job.execute_in_process().success


def test_nested_job():
    @job
    def inline_job():
        notify_senders([])

    assert inline_job.execute_in_process().success


def test_fixture_job(replay_definitions):
    replay = replay_definitions.get_job_def("parcel_replay_job")
    assert replay.execute_in_process().success


def test_carrier():
    assert CarrierApi


def test_archive():
    assert archive_parcels_job.execute_in_process().success


def test_lost_import():
    assert returns_job.execute_in_process().success  # expect: TST001 "test runs 'returns_job'"


def test_with_target(replay_definitions):
    with replay_definitions.get_job_def("parcel_replay_job") as replayed:
        assert replayed.execute_in_process().success
