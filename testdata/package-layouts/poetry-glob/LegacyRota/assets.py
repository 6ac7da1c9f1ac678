from dagster import asset


@asset
def legacy_rota():
    return ["early", "late"]
