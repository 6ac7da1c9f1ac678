from dagster import op


@op
def read_pilot_rosters():
    return []
