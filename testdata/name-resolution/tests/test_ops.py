from route_planner import fetch_stops, store_routes
from route_planner.jobs import route_planning_job
from route_planner.ops import dump_stops_for_debugging  # expect: TST001 "not defined there"


def test_fetch_stops():
    assert fetch_stops() == []


def test_store_routes():
    assert store_routes(["a"]) == 1


def test_route_planning_job():
    assert route_planning_job.execute_in_process().success


def test_tangled_imports():
    from route_planner.tangled.north import compass_op  # expect: TST001 "compass_op"

    assert compass_op
