# the loader finds the entry point under the name this package gives it
from .definitions import definitions as defs
