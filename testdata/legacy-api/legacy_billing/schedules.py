from dagster import schedule


@schedule(pipeline_name="invoice_pipeline", cron_schedule="0 1 * * *")
def nightly_invoices(_context):
    return {}


@schedule(pipeline_name="reminder_pipeline", cron_schedule="0 9 * * 1")  # expect: SCH001 "reminder_pipeline"
def weekly_reminders(_context):
    return {}
