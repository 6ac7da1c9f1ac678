import pandas  # expect: DEP002
import requests
from dagster import Definitions

defs = Definitions()
