from dagster import ModeDefinition, pipeline

from legacy_billing.solids import invoice_totals, load_invoices, send_reminders


@pipeline(mode_defs=[ModeDefinition(name="default")])
def invoice_pipeline():
    invoice_totals()


@pipeline
def reminder_pipeline():  # expect: DEF002
    send_reminders(load_invoices())
