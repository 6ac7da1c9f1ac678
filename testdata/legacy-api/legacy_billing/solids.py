from dagster import composite_solid, lambda_solid, solid


@solid
def load_invoices(context):
    return []


@lambda_solid
def total(invoices):
    return sum(invoices)


@solid
def send_reminders(context, invoices):
    return len(invoices)


@solid
def print_ledger(context):  # expect: DEF003
    context.log.info("ledger")


@composite_solid
def invoice_totals():
    return total(load_invoices())
