from dagster import job

from .ops import list_runs, make_labeller, make_status_filter

keep_failed_runs = make_status_filter("failed")
keep_cancelled_runs = make_status_filter("cancelled")
label_runs = make_labeller("ledger-")


@job
def cleanup_job():  # expect: TST002
    runs = list_runs()
    keep_failed_runs(runs)
    keep_cancelled_runs(runs)
    label_runs(runs)  # expect: SOC001 "calls 'label_runs', which is not an op or graph"
