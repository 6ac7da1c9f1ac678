"""Command-line helpers for the whole platform; no definitions."""
from rich.console import Console

console = Console()
