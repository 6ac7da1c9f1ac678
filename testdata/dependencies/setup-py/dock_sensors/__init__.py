import dummy_threading
import pandas  # expect: DEP002
import pandas.api
import requests
from dagster import Definitions
from dock_geometry import shapes
from dock_tides import tides
from dock_cranes import cranes
from berth_maps import maps
import pyproj
import pytest

defs = Definitions()
