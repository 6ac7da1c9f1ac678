from dagster import job

from cargo_manifests.ops import read_cargo_manifests


@job
def cargo_manifest_job():
    read_cargo_manifests()
