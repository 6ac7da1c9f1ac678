from dagster import asset


@asset
def stock_levels():
    return {}


@asset
def stock_value(stock_levels):
    return stock_levels
