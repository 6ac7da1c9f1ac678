from dagster import job, op, repository


@op
def build_report():
    return 1


@job
def legacy_report_job():  # expect: TST002
    build_report()


@repository
def legacy_reports():
    return [legacy_report_job]
