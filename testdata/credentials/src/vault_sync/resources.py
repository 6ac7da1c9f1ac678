"""Resources of the vault sync code location; connect with https://admin:Doc-Example-Pw@db.vault.internal.

AWS documents its example key pair, which is no secret: AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY.
"""
import os

from dagster import ConfigurableResource, EnvVar
from dagster_aws.s3 import s3_resource

DB_PASSWORD = "Tr0ub4dor&3-vault"  # expect: SEC001
DB_PASSWORD_FROM_ENV = os.environ["DB_PASSWORD"]
DB_USER = "vault_sync"
API_TOKEN = os.getenv("API_TOKEN")
api_key: str = "k3y-Ann0tated-991"  # expect: SEC001
EMPTY_SECRET = ""
PLACEHOLDER_PASSWORD = "changeme"
TEMPLATE_TOKEN = "${API_TOKEN}"
MASKED_SECRET = "********"
password_file = "/run/secrets/db_password"
token_url = "https://auth.vault.internal/oauth/token"
secret_name = "vault-sync-secrets"
__author__ = "Data Platform Team"
primary_key = "id"
tokenizer = "wordpiece"
GITHUB_TOKEN_ENV = "GITHUB_TOKEN"
AWS_ACCESS_KEY_ID = "AKIA2LOCLINT7FIXTURE"  # expect: SEC001
SLACK_WEBHOOK = "https://hooks.slack.com/services/T0LCLNT01/B0LCLNT01/L0c1intFixtureModule0"  # expect: SEC001

warehouse = s3_resource.configured(
    {
        "aws_access_key_id": {"env": "AWS_ACCESS_KEY_ID"},
        "aws_secret_access_key": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYq9Lint0Sec",  # expect: SEC001
        "region_name": "eu-west-1",
    }
)

os.environ["VAULT_TOKEN"] = "Environ-Set-Tok-44"  # expect: SEC001


class WarehouseClient:
    def __init__(self, host):
        self.host = host
        self.api_key = "Attr-Api-Key-5521"  # expect: SEC001
        self.token = os.environ.get("WAREHOUSE_TOKEN")


class VaultResource(ConfigurableResource):
    api_token: str = "Class-Field-Tok-77"  # expect: SEC001
    region: str = "eu-west-1"


def connect(host, password="Param-Default-Pw1"):  # expect: SEC001
    return host, password


def open_session():
    client = connect("db.vault.internal", password="Kw-Arg-Passw0rd")  # expect: SEC001
    other = connect("db.vault.internal", password=os.getenv("DB_PASSWORD"))
    config = connect("db.vault.internal", password=EnvVar("DB_PASSWORD"))
    suffixed = connect("db.vault.internal", password=f"{DB_USER}-Fstr-Literal-8")  # expect: SEC001
    fallback = os.getenv("DB_PASSWORD", "Env-Fallback-Pw3")  # expect: SEC001
    safe_fallback = os.getenv("DB_PASSWORD", "")
    header = f"Bearer {os.getenv('API_TOKEN')}"
    redash_headers = {"Authorization": f"Key {os.getenv('REDASH_API_KEY')}"}
    auth = f"{DB_USER}:{os.getenv('DB_PASSWORD')}"
    if fallback == "not-a-binding-1":
        return None
    return client, other, config, suffixed, fallback, safe_fallback, header, redash_headers, auth


def build_config():
    return {"client_secret": "Return-Dict-Secret9", "client_id": "vault-sync"}  # expect: SEC001


def reused_client(client_id):
    # a sentinel telling the setup tool to keep the secret it already stored
    return {"clientId": client_id, "clientSecret": "[USE_EXISTING]"}


def media_catalog(media_db_path):
    # a SQLite file is opened, not logged in to: the URL names where the database lives
    return {"credentials": f"sqlite:///{media_db_path}", "memory_credentials": "sqlite://"}


# how often a caller holding an API key may call, not the key
RATE_LIMIT_API_KEY = "600/minute"
