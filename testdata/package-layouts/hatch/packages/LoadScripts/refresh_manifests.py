"""Run by hand beside the package: hatch builds only the packages it lists, so this folder is none."""
import json

print(json.dumps({"refreshed": True}))
