from dagster import Definitions, job, op


@op
def mix_dye():
    return "indigo"


@job
def indigo_job():  # expect: TST002
    mix_dye()


@job
def madder_job():  # expect: DEF002
    mix_dye()


defs = Definitions(**{"jobs": [indigo_job]})
