from dagster import Definitions

SIGNING_PASSPHRASE = "Corr3ct-Horse-Battery"  # expect: SEC001
DB_PASSWORD = "local-dev-only-password"
API_TOKEN = "Pr0d-T0ken-Value-77"  # expect: SEC001

defs = Definitions()
