import pytest
import yaml  # expect: DEP002

from pier_scheduler import defs


def test_defs():
    assert defs is not None
    assert yaml is not None
    pytest.importorskip("dagster")
