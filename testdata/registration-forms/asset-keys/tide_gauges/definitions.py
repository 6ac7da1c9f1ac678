from dagster import Definitions

from tide_gauges import daily, hourly

defs = Definitions(
    assets=[
        hourly.water_level,
        hourly.salinity,
        hourly.tide_table,
        hourly.wave_height,
        daily.water_level,
        daily.salinity,
        daily.daily_tide_table,  # expect: DEF004 "asset key 'harbour/shared/tide_table'"
        daily.wave_height,
    ],
)
