from dagster import op


@op
def summary(routes):
    return {"routes": routes}
