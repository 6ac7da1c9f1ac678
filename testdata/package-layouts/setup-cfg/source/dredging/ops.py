from dagster import op


@op
def read_dredging():
    return []


@op
def survey_channel():  # expect: DEF003 "survey_channel"
    return None
