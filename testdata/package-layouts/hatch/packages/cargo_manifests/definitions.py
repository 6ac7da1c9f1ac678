from dagster import Definitions

from cargo_manifests.jobs import cargo_manifest_job

defs = Definitions(jobs=[cargo_manifest_job])
