from dagster import Definitions, asset
from glaze_tools import GLAZE_TEMPERATURE


@asset
def oven_firing():
    return GLAZE_TEMPERATURE


defs = Definitions(assets=[oven_firing])
