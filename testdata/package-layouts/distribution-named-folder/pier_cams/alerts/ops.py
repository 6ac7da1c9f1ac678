from dagster import op

from pier_cams.alerts.slack import post_alert


@op
def check_cameras():
    post_alert("cameras checked")
