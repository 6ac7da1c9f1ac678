"""The harbour's register of physical assets (cranes, tugs, berths): nothing to do with Dagster's assets."""

REGISTER = []


def asset(function):
    REGISTER.append(function.__name__)
    return function


def job(name):
    return {"work_order": name}
