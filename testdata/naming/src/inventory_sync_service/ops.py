import dagster
import dagster as dg
from dagster import op, graph, asset, multi_asset, AssetOut
from dagster import op as dagster_op


@op
def fetch_rows():
    return []


@op(name="CleanRows")  # expect: NAM002
def clean_rows(rows):
    return rows


@dagster.op
def fetchStock():  # expect: NAM002, DEF003
    return []


@dg.op(name="normalise-stock")  # expect: NAM002
def normalise_stock(rows):
    return rows


@dagster_op()
def Publish_Stock(rows):  # expect: NAM002, DEF003
    return rows


@dg.op(name="publish_stock_v2")
def publish_stock_again(rows):
    return rows


@graph
def StockGraph():  # expect: NAM002 "graph 'StockGraph'"
    publish_stock_again(normalise_stock(fetch_rows()))


@asset
def stock_snapshot():
    return {}


@asset(name="StockLevels")  # expect: NAM002 "asset 'StockLevels'"
def stock_levels():
    return {}


@multi_asset(outs={"a": AssetOut(), "b": AssetOut()})
def split_stock():
    return 1, 2


def NotAnOp():
    """Plain functions are not Dagster definitions, whatever their name."""
    return None


@some_other_library.op
def AlsoNotAnOp():
    return None
