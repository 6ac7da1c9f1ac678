from dagster import Definitions, job, op


@op
def route_orders():
    return []


@job
def order_routing_job():  # expect: TST002
    route_orders()


defs = Definitions(jobs=[order_routing_job])
