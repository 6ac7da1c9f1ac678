from dagster import Definitions, asset


@asset
def greeting():
    return "hello"


defs = Definitions(assets=[greeting])
