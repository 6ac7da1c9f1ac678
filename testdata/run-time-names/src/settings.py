PORT = "north"
LEDGER_JOB_NAME = "LedgerJob"
