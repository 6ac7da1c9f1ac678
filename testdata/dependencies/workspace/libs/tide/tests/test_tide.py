import pytest  # expect: DEP002

from tide_reader import defs


def test_defs():
    assert defs is not None
    pytest.importorskip("dagster")
