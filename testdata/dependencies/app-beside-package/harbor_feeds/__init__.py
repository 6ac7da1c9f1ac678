from dagster import Definitions

from harbor_feeds.assets import feeds

defs = Definitions(assets=[feeds])
