from dagster import job, op


@op
def file_declarations():
    return []


@job
def customs_filings_job():
    file_declarations()
