# every module re-exports the others: star imports in a cycle
from .north import *
from .south import *
from .east import *
