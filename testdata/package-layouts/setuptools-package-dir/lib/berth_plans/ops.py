from dagster import op


@op
def read_berth_plans():
    return []
