from dagster import job, op


@op
def load_kiln():
    return 12


@job
def glaze_job():  # expect: TST002
    load_kiln()


@job
def bisque_job():  # expect: DEF002
    load_kiln()
