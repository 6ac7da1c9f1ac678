import pytest

from harbor_ops import defs


def test_defs():
    assert defs is not None
    pytest.importorskip("httpx")
