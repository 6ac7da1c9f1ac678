from dagster import AssetKey, ScheduleDefinition, asset, define_asset_job, job, op, sensor

from src.settings import LEDGER_JOB_NAME, LEDGER_KEY, PORT


@asset
def ledger__raw_entries():  # expect: NAM002 "'ledger__raw_entries'"
    return []


@asset(name=f"{PORT}__balances")
def balances():
    return []


# an asset with a key is named by the key's last part
@asset(key=["ledger", "PostedEntries"])  # expect: NAM002 "'PostedEntries'"
def posted_entries():
    return []


@asset(key=AssetKey(["ledger", "open_items"]))
def OpenItems():
    return []


@asset(key=LEDGER_KEY)
def LedgerTotals():
    return []


@op
def post_entries():
    return None


# the name Dagster uses is the constant's value, not the function's
@job(name=LEDGER_JOB_NAME)
def PostLedgerJob():
    post_entries()


ledger__refresh_job = define_asset_job(
    name="ledger__refresh_job",  # expect: NAM001 "'ledger__refresh_job'", TST002 "the code location has no tests"
    selection="ledger__raw_entries",
)

port_refresh_job = define_asset_job(name=f"{PORT}__refresh_job", selection="*")

# derived from a known job name: Dagster calls it ledger__refresh_job_schedule
ledger_refresh_schedule = ScheduleDefinition(  # expect: NAM003 "'ledger__refresh_job_schedule' is not snake_case (the name Dagster derives"
    job=ledger__refresh_job,
    cron_schedule="0 * * * *",
)

# derived from a name only known at run time
port_refresh_schedule = ScheduleDefinition(job=port_refresh_job, cron_schedule="0 0 * * *")
by_name_schedule = ScheduleDefinition(job_name=f"{PORT}__refresh_job", cron_schedule="0 1 * * *")


@sensor(job=ledger__refresh_job, name="ledger__late_entries_sensor")  # expect: NAM003
def late_entries(context):
    return None
