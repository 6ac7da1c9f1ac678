# every module re-exports the others: star imports in a cycle
from .south import *
from .east import *
from .west import *
