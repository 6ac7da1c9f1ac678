from dagster import Definitions, asset
from pydantic import Field  # expect: DEP002 "'pydantic'"
from quay_common import QuayConfig


@asset
def berth_plan():
    return QuayConfig(berths=Field(default=4).default)


defs = Definitions(assets=[berth_plan])
