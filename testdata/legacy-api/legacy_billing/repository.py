from dagster import repository

from legacy_billing.pipelines import invoice_pipeline
from legacy_billing.schedules import nightly_invoices, weekly_reminders


@repository
def legacy_billing():
    return {
        "pipelines": {"invoice_pipeline": invoice_pipeline},
        "schedules": {"nightly_invoices": nightly_invoices, "weekly_reminders": weekly_reminders},
    }
