from dagster import job
from ..ops.ops import fetch_data, process_data, export_rows

@job
def data_processing_job():
    """A simple job that fetches and processes data."""
    raw = fetch_data()
    process_data(raw)

@job
def export_job():  # expect: DEF002
    """Temporarily deleted: its registration in repository.py is commented out."""
    export_rows(fetch_data())
