# every module re-exports the others: star imports in a cycle
from .north import *
from .east import *
from .west import *
