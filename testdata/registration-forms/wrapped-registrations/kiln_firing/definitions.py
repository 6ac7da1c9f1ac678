import os

from dagster import Definitions

from kiln_firing.jobs import bisque_job, glaze_job
from kiln_firing.schedules import cooling_schedules, door_sensors, nightly_schedule, weekly_schedule


def for_environment(named_schedules):
    """Keeps the schedules this deployment runs: a filter over what it is handed."""
    skipped = os.environ.get("SKIPPED_SCHEDULES", "").split(",")
    return [schedule for name, schedule in named_schedules if name not in skipped]


def with_alerts(jobs):
    return list(jobs)


defs = Definitions(
    jobs=with_alerts([glaze_job, bisque_job]),
    schedules=for_environment(
        [
            ("nightly", nightly_schedule),
            ("weekly", weekly_schedule),
            # a comprehension registers at most what it iterates over
            *(("cooling", schedule) for schedule in cooling_schedules),
        ]
    ),
    sensors=door_sensors,
)
