"""pytest puts exercises/, the first folder above this test's package, on the path."""
from answers.yard import plan
from solutions.yard import plan as solution  # expect: DEP002


def test_plan():
    assert plan() == solution()
