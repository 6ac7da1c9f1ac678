from dagster import job, op


@op
def read_crane_rota():
    return []


@job
def crane_shift_job():
    read_crane_rota()
