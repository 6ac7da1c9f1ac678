from dagster import Definitions

from .jobs.glaze import glaze_job

# the import above made `jobs` the subpackage; this list rebinds the name before Definitions reads it
jobs = [glaze_job]

defs = Definitions(jobs=jobs)
