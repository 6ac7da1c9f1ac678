import requests  # expect: DEP002 "'requests' is imported but code location 'location-modules' declares no distribution that provides it"
from dagster import Definitions, asset

try:
    import tomllib
except ModuleNotFoundError:
    import tomli as tomllib


@asset
def pier_slots():
    return requests, tomllib


defs = Definitions(assets=[pier_slots])
