from kiln_sites._factory import build_site_defs

# each site is a code location of its own, its definitions built by one factory
defs = build_site_defs("north")
