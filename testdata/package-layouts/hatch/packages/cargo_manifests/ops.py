from dagster import op


@op
def read_cargo_manifests():
    return []
