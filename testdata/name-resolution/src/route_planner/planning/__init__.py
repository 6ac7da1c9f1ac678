# `planning.schedules` is this list, not the submodule it comes from
from .schedules import schedules

__all__ = ["schedules"]
