from dagster import Definitions

from LegacyRota.assets import legacy_rota

defs = Definitions(assets=[legacy_rota])
