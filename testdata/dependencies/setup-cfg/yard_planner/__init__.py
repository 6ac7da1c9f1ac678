from bs4 import BeautifulSoup
from dagster import Definitions
from yard_maps import maps
from yard_grid import grid
import numpy  # expect: DEP002

defs = Definitions()
