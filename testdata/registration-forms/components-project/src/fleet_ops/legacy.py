import dagster as dg


@dg.op
def list_vehicles():
    return []


@dg.job
def legacy_fleet_job():  # expect: TST002
    list_vehicles()


@dg.job
def retired_fleet_job():  # expect: DEF002
    list_vehicles()
