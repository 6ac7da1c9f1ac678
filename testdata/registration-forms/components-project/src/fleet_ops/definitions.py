from pathlib import Path

import dagster as dg

from fleet_ops.legacy import legacy_fleet_job


@dg.definitions
def defs():
    return dg.Definitions.merge(
        dg.load_from_defs_folder(path_within_project=Path(__file__).parent),
        dg.Definitions(jobs=[legacy_fleet_job]),
    )
