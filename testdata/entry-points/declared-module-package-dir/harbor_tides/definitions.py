from dagster import Definitions, asset


@asset
def tide_levels():
    return [1.2, 1.4]


defs = Definitions(assets=[tide_levels])
