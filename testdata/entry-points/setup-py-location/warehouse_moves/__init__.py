from dagster import job, op


@op
def move_stock():
    return []


@job
def warehouse_moves_job():
    move_stock()
