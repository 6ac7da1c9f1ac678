from dagster import job, op


@op
def read_temperature():
    return 1200


@job
def glaze_job():  # expect: TST002
    read_temperature()


@job
def bisque_job():  # expect: TST002
    read_temperature()


@job
def raku_job():  # expect: DEF002
    read_temperature()
