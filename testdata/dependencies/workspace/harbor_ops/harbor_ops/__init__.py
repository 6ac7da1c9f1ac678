from dagster import Definitions
from port_toolkit import defs as port_defs
from tide_reader import defs as tide_defs
import httpx  # expect: DEP002

defs = Definitions()
