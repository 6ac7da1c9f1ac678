from dagster import Definitions, job, op


@op
def survey_quay_walls():
    return []


@job
def quay_wall_survey_job():
    survey_quay_walls()


defs = Definitions(jobs=[quay_wall_survey_job])
