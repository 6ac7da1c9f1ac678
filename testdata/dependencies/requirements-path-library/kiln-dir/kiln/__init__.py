from dagster import Definitions, asset
from glaze_tools import GLAZE_TEMPERATURE


@asset
def kiln_firing():
    return GLAZE_TEMPERATURE


defs = Definitions(assets=[kiln_firing])
