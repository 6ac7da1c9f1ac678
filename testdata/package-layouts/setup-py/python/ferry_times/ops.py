from dagster import op


@op
def read_ferry_times():
    return []
