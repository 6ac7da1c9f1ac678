from dagster import job, define_asset_job, JobDefinition
import dagster as dg

from .ops import fetch_rows, clean_rows, StockGraph


@job
def sync_inventory_job():  # expect: TST002
    clean_rows(fetch_rows())


@job(name="SyncInventoryNightly")  # expect: NAM001 "'SyncInventoryNightly'", TST002
def sync_inventory_nightly():
    clean_rows(fetch_rows())


@dg.job
def SyncInventoryHourly():  # expect: NAM001, TST002
    clean_rows(fetch_rows())


stock_assets_job = define_asset_job("stock_assets_job")  # expect: DEF002
StockAssetsJob = define_asset_job("StockAssets")  # expect: NAM001, DEF002
named_assets_job = define_asset_job(name="Named-Assets")  # expect: NAM001, DEF002
stock_graph_job = StockGraph.to_job(name="stock_graph_job")  # expect: DEF002
StockGraph_job = StockGraph.to_job(name="StockGraphJob")  # expect: NAM001, DEF002
default_named_graph_job = StockGraph.to_job()  # expect: NAM001 "'StockGraph'", DEF002 "'StockGraph'"
