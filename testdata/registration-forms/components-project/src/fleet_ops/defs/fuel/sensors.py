import dagster as dg


@dg.asset
def fuel_levels():
    return {}


refuel_job = dg.define_asset_job("refuel_job", selection=[fuel_levels])  # expect: TST002


@dg.sensor(job=refuel_job)
def low_fuel_sensor():
    return None
