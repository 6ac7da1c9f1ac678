# each submodule contributes its ops; the second star import counts as much as the first
from .extract import *
from .load import *
