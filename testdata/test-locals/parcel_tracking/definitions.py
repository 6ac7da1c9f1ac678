from dagster import Definitions

from parcel_tracking.jobs import delivery_job, tracking_job

defs = Definitions(jobs=[tracking_job, delivery_job])
