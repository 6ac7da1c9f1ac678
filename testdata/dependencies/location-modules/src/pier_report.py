# /// script
# requires-python = ">=3.12"
# dependencies = [
#   "httpx>=0.27",
# ]
# ///
"""Run with `uv run src/pier_report.py`: uv installs the block's dependencies, not the project's."""
import httpx

print(httpx.get("https://piers.example.org/report").status_code)
