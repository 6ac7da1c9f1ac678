from dagster import op

__all__ = ["fetch_stops"]


@op
def fetch_stops():
    return []


@op
def dump_stops_for_debugging(stops):  # expect: DEF003
    print(stops)
