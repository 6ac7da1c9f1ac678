from dagster import Definitions, load_definitions_from_modules

from tide_tables import archive, forecasts, readings

loaded = load_definitions_from_modules([readings, forecasts])

defs = Definitions.merge(loaded, Definitions(jobs=[archive.archive_job]))

definitions = defs
