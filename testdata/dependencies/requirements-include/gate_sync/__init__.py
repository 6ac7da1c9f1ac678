from dateutil import parser
from dagster import Definitions
import toolz  # expect: DEP002

defs = Definitions()
