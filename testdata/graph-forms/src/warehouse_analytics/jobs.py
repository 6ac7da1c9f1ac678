import json

from dagster import job, define_asset_job

from .graphs import stock_graph, regions_graph
from .assets import stock_levels, stock_value
from .ops import build_report, send_report, long_report

stock_job = stock_graph.to_job(name="stock_job")
assets_job = define_asset_job("assets_job")
regions_job = regions_graph.to_job(name="regions_job")  # expect: DEF002


@job
def report_job_ver_1():
    send_report(build_report(stock_graph()))


@job
def report_job_ver_2():
    send_report(long_report(build_report(stock_graph())))


@job
def report_job_v3():  # expect: VER001
    send_report(build_report(stock_graph()))


@job(name="report_job_version_4")  # expect: VER001
def report_job_four():
    send_report(build_report(stock_graph()))


@job
def report_job_ver_02():  # expect: VER001
    send_report(build_report(stock_graph()))


@job
def busy_job():  # expect: DEF002
    for region in ["north", "south"]:  # expect: SOC001 "has a for statement"
        send_report(build_report(region))
    if total_regions:  # expect: SOC001 "has an if statement"
        send_report(build_report(stock_graph()))
    print("wired")  # expect: SOC001
    json.dumps({})  # expect: SOC001
    total = 1 + 2  # expect: SOC001
    send_report.tag({"team": "ops"})(build_report(total))


@job
def restock_job():  # expect: DEF002
    # assets called while the job is composed stand for their ops: wiring, not work
    stock_value(stock_levels())
