from dagster import graph, job, op


@op
def scan_parcels():
    return []


@op
def notify_senders(parcels):
    return len(parcels)


@graph
def tracking_graph():
    notify_senders(scan_parcels())


@job
def tracking_job():
    notify_senders(scan_parcels())


@job
def delivery_job():
    notify_senders(scan_parcels())
