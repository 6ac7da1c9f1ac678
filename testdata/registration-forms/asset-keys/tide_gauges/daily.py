from dagster import AssetKey, asset

water_level_key = ["harbour", "daily", "water_level"]


@asset(key=water_level_key)
def water_level():
    return [1.3]


@asset(key_prefix="harbour")
def salinity():
    return [34]


# a second function under a key the hourly module already gives its asset
@asset(key=AssetKey(["harbour", "shared", "tide_table"]))
def daily_tide_table():
    return {}


@asset(key=f"harbour/{water_level_key[0]}")
def wave_height():
    return [0.2]
