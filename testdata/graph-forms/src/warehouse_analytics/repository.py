from dagster import Definitions, load_assets_from_modules
from util_services.sensors import notify_failure
from util_services.schedules import nightly_cleanup_schedule

from . import assets
from .jobs import stock_job, assets_job, report_job_ver_1, report_job_ver_2, report_job_v3
from .jobs import report_job_four, report_job_ver_02
from .duplicates.first import nightly_job
from .duplicates.second import nightly_job_copy
from .schedules import old_report_schedule, report_schedule, stock_schedule, missing_name_schedule
from .schedules import after_stock_sensor

core_jobs = [stock_job, assets_job]
report_jobs = (
    report_job_ver_1,  # expect: VER002
    report_job_ver_2,
    report_job_v3,
)
report_jobs += (report_job_four, report_job_ver_02)
duplicate_jobs = [nightly_job, nightly_job_copy]  # expect: DEF004

defs = Definitions(
    assets=load_assets_from_modules([assets]),
    jobs=[*core_jobs, *report_jobs] + duplicate_jobs + [deleted_job],  # expect: DEF001
    schedules=[old_report_schedule, report_schedule, stock_schedule, missing_name_schedule, nightly_cleanup_schedule],
    sensors=[after_stock_sensor, notify_failure],
)
