from __future__ import annotations

import json
import os.path
from typing import TYPE_CHECKING

import yaml
from dateutil import parser as date_parser
from bs4 import BeautifulSoup
import requests  # expect: DEP002
from sklearn.linear_model import LinearRegression  # expect: DEP002

from data_processing.jobs import remove_duplicates_job_s3
from rate_tables import load_table
from rate_fixtures import sample
from . import helpers
from .helpers import normalise
from carrier_rates.helpers import clean

if TYPE_CHECKING:
    import pandas

try:
    import ujson as fast_json
except ImportError:
    fast_json = json


def fetch(url):
    import boto3  # expect: DEP002
    return boto3, requests.get(url), yaml, date_parser, BeautifulSoup, LinearRegression
