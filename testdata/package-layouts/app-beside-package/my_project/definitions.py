from dagster import Definitions, job, op


@op
def book_slots():
    return 3


@job
def slot_job():
    book_slots()


defs = Definitions(jobs=[slot_job])
