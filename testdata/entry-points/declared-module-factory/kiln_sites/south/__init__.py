from .._factory import build_site_defs

defs = build_site_defs("south")
