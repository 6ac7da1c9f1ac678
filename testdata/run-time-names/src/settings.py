PORT = "north"
LEDGER_JOB_NAME = "LedgerJob"
LEDGER_KEY = ["ledger", "Totals"]
