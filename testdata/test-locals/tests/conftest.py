import pytest
from dagster import Definitions, define_asset_job


@pytest.fixture
def replay_definitions():
    replay_job = define_asset_job("parcel_replay_job", selection="*")
    return Definitions(jobs=[replay_job])
