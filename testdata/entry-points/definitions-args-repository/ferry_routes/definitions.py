from dagster import job, op
from dagster._core.definitions.definitions_class import create_repository_using_definitions_args


@op
def count_crossings():
    return 40


@job
def crossing_job():  # expect: TST002
    count_crossings()


@job
def winter_timetable_job():  # expect: DEF002
    count_crossings()


# a repository built from Definitions' keyword arguments, which the loader finds at module level
ferry_routes = create_repository_using_definitions_args(name="ferry_routes", jobs=[crossing_job])
