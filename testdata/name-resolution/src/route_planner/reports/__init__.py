# the package attribute `summary` is the op, not the submodule of the same name
from .summary import summary
