from dagster import Definitions, JobDefinition, ScheduleDefinition, job, op


@op
def count_threads():
    return 800


@job
def weave_job():
    count_threads()


weave_schedule = ScheduleDefinition(job=weave_job, cron_schedule="0 7 * * *")


def collect(namespace):
    """Sorts the module's definitions into Definitions' keyword arguments at run time."""
    jobs = [value for value in namespace.values() if isinstance(value, JobDefinition)]
    schedules = [value for value in namespace.values() if isinstance(value, ScheduleDefinition)]
    return {"jobs": jobs, "schedules": schedules}


# what is registered is only known at run time: nothing here is reported as unregistered
defs = Definitions(**collect(globals()))
