from dagster import op


@op
def store_routes(routes):
    return len(routes)


@op
def plan_routes(stops):
    return sorted(stops)
