import dagster as dg


@dg.op
def read_telemetry():
    return []


@dg.job
def telemetry_job():  # expect: TST002
    read_telemetry()


@dg.definitions
def defs():
    return dg.Definitions(jobs=[telemetry_job])
