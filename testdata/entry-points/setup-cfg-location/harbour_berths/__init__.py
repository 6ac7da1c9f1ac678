from dagster import job, op


@op
def assign_berths():
    return []


@job
def harbour_berths_job():
    assign_berths()
