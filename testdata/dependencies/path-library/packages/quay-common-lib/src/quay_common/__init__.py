"""Helpers the code locations share; no definitions of its own."""
from pydantic import BaseModel


class QuayConfig(BaseModel):
    berths: int = 4
