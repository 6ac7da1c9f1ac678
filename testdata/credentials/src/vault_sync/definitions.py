from dagster import Definitions, EnvVar

from vault_sync.resources import VaultResource, warehouse

defs = Definitions(
    resources={
        "vault": VaultResource(api_token=EnvVar("VAULT_API_TOKEN")),
        "warehouse": warehouse,
    },
)
