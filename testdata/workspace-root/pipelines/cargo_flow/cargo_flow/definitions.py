from botocore.exceptions import ClientError  # expect: DEP002 "'botocore'"
from dagster import Definitions, asset
from dock_kit_core import bucket


@asset
def cargo_manifest():
    try:
        return bucket("cargo").name
    except ClientError:
        return None


defs = Definitions(assets=[cargo_manifest])
