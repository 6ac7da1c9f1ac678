from dagster import Definitions
from util_services.resources import s3_resource
from util_services.sensors import notify_success, notify_failure, notify_canceled
from util_services.custom_json_logger import simpl_json_logger

# External package jobs
from data_processing.jobs import remove_duplicates_job_s3, fill_missing_values_job_s3
from dataframe_level_anonymisation.jobs import k_anonymity_job_s3, l_diversity_job_s3
from field_level_pseudo_anonymisation.jobs import anonymise_pseudonymise_structured_job_s3

# Local template jobs
from template_code_location.jobs.jobs import data_processing_job, export_job
from template_code_location.schedules import data_processing_schedule, daily_export_schedule

defs = Definitions(
    jobs=[data_processing_job, export_job, remove_duplicates_job_s3, ...],  # expect: DEF001 "the entry point registers 'export_job' in jobs=, which is imported from src/template_code_location/jobs/jobs.py but not defined there"
    schedules=[data_processing_schedule, daily_export_schedule],
    sensors=[notify_success, notify_failure, notify_canceled],
    resources={"s3": s3_resource.configured({"resource_name": "selfS3"})},
    loggers={"simpl": simpl_json_logger},
)
