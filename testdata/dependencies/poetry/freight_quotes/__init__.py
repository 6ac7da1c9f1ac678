import requests  # expect: DEP002 "'requests' is imported but code location 'poetry' declares no distribution that provides it"
import yaml
from bson import ObjectId
from dagster import Definitions, asset
from google.cloud import storage
from quote_tables import tables
from quote_models import models
from quote_rules import rules
from quote_helpers import helpers
import requests.adapters


@asset
def quotes():
    import requests
    return requests, yaml, ObjectId, storage, tables, models, rules, helpers


defs = Definitions(assets=[quotes])
