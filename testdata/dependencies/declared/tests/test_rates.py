import pytest

from carrier_rates.helpers import clean


def test_clean():
    assert clean(1) == 1
