from dagster import Definitions, asset, define_asset_job


@asset
def tug_positions():
    return []


tug_positions_job = define_asset_job("tug_positions_job", selection=[tug_positions])

defs = Definitions(assets=[tug_positions], jobs=[tug_positions_job])
