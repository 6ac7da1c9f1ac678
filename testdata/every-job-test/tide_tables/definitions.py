from dagster import Definitions

from tide_tables.jobs import surge_alert_job, tide_report_job_ver_1, tide_report_job_ver_2

defs = Definitions(jobs=[tide_report_job_ver_1, tide_report_job_ver_2, surge_alert_job])  # expect: VER002
