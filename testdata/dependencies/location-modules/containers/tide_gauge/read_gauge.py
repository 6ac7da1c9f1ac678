"""Runs in its own image (containers/tide_gauge/Containerfile installs xarray), launched by the location."""
import xarray

print(xarray.__version__)
