from route_planner.ops import *
