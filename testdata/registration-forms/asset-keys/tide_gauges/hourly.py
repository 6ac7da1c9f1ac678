import dagster as dg

water_level_key = ["harbour", "hourly", "water_level"]


@dg.asset(key=water_level_key)
def water_level():
    return [1.2, 1.4]


@dg.asset(key_prefix=["harbour", "hourly"])
def salinity():
    return [35]


@dg.asset(key=dg.AssetKey(["harbour", "shared", "tide_table"]))
def tide_table():
    return {}


@dg.asset(key=f"harbour/{water_level_key[0]}")
def wave_height():
    return [0.3]
