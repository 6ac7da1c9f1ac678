from .repository import defs

__all__ = ["defs"]
