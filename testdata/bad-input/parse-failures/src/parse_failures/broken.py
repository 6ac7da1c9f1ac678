from dagster import job, op


@op
def before_the_error():
    return 1


def half_written(:  # expect: PAR001
    return


@op
def AfterTheError():  # expect: NAM002, DEF003
    return 2
