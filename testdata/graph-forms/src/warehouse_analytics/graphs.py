from dagster import graph

from .ops import read_stock, count_stock, summarise_stock
from .ops.stock import used_only_by_nested_graph, used_through_alias, configured_reader, site_reader
from .ops.stock import list_regions, process_region
from .notebooks import chart_stock


@graph
def inner_graph(rows):
    return used_only_by_nested_graph(rows)


@graph
def stock_graph():
    rows = read_stock()
    rows = inner_graph(rows)
    rows = used_through_alias.alias("aliased_step")(rows)
    rows = configured_reader(rows)
    site_reader()
    chart_stock(rows)
    return summarise_stock(count_stock(rows))


@graph
def regions_graph():
    # an op passed to .map() is used, not dangling
    return list_regions().map(process_region).collect()
