import os
import a.b.c
import a.b as ab, json
from dagster import op, job as j
from ..ops.ops import fetch as f
from . import sibling
from .pkg import *
from typing import TYPE_CHECKING
if TYPE_CHECKING:
    from pandas import DataFrame
if typing.TYPE_CHECKING:
    import numpy as np
else:
    import runtime_only
try:
    import ujson
except ImportError:
    ujson = None
try:
    import orjson
except ValueError:
    pass
try:
    import yaml
except:
    pass
def load():
    import lazy
try:
    import tomllib
except ModuleNotFoundError:
    import tomli as tomllib
try:
    import msgpack
except ValueError:
    import simplejson
