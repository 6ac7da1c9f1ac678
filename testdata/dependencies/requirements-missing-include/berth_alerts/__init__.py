import requests
from dagster import Definitions

defs = Definitions()
