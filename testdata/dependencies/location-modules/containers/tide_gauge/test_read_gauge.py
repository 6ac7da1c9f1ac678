import xarray


def test_reads():
    assert xarray is not None
