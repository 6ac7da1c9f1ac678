"""Run from this folder: python export_plan.py"""
import plan_query
import plan_render  # expect: DEP002

print(plan_query.QUERY, plan_render)
