from dagster import Definitions, job, op


@op
def fetch_rows():
    return []  # loclint: ignore  # expect: SUP001


@op
def LegacyStep():  # loclint: ignore[NAM002]
    return []


# loclint: ignore[NAM001, DEF002]
@job(name="LegacyJob")
def legacy_job():
    fetch_rows()


@job
def rows_job():  # loclint: ignore[NAM001, TST002]  # expect: SUP001
    fetch_rows()
    LegacyStep()


@op  # loclint: ignore[DEF003, XYZ999]  # expect: SUP001, SUP001
def unused_step():  # expect: DEF003
    return []


defs = Definitions(jobs=[rows_job])
