"""Run from this folder with an environment of its own: a script is no module of the location, so nothing it
imports is the location's to declare."""
import plan_query
import plan_render

print(plan_query.QUERY, plan_render)
