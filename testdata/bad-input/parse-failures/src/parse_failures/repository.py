from dagster import Definitions, job

from .broken import before_the_error


@job
def BadlyNamedJob():  # expect: NAM001, TST002
    before_the_error()


defs = Definitions(jobs=[BadlyNamedJob])
