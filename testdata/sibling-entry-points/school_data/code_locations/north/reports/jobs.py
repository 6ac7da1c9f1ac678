from dagster import job

from school_data.libraries.ops import extract_rows, load_rows


@job
def report_card_job():
    load_rows(extract_rows())
