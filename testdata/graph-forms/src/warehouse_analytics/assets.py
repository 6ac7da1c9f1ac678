from dagster import asset, op


@op
def check_stock_levels(levels):
    return levels


@asset
def stock_levels():
    return {}


@asset
def stock_value(stock_levels):
    # the op runs here as a plain function: it is used, not dangling
    return check_stock_levels(stock_levels)
