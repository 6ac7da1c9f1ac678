from dagster import define_asset_job

tide_report_job_ver_1 = define_asset_job("tide_report_job_ver_1", selection="*")
tide_report_job_ver_2 = define_asset_job("tide_report_job_ver_2", selection="*")
surge_alert_job = define_asset_job("surge_alert_job", selection="*")
