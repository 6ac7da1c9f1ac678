from dagster import define_asset_job, job, op


@op
def inspect_cranes():
    return None


@job
def crane_inspection_job():
    inspect_cranes()


crane_repair_job = define_asset_job("crane_repair_job", selection="*")  # expect: TST002 "no test of the code location imports, names or runs it"
berth_plan_job = define_asset_job("berth_plan_job", selection="*")
yard_sweep_job = define_asset_job("yard_sweep_job", selection="*")


def shift_job(shift):
    return define_asset_job(name=shift + "_shift_job", selection="*")


# built at run time: its name is only known then
night_shift_job = shift_job("night")
