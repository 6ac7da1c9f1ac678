"""Weak passwords work wherever the service under test runs: they are credentials. Placeholders are not."""
import os

PASSWORD = "pass"  # expect: SEC001
DB = {"user": "postgres", "password": "postgres"}  # expect: SEC001
ADMIN_PASSWORD = "admin"  # expect: SEC001
SHARED_SECRET = "secret"  # expect: SEC001
TEST_DB_PASSWORD = "test_password"  # expect: SEC001
ROOT_PASSWORD = "password"  # expect: SEC001
FAKE_TOKEN = "fake-token"  # expect: SEC001

EMPTY_PASSWORD = ""
CHANGE_ME_PASSWORD = "change-me"
MASKED_PASSWORD = "********"
EXAMPLE_TOKEN = "example"
PLACEHOLDER_TOKEN = "<placeholder>"
TEMPLATE_TOKEN = "{{ vault_token }}"
SHELL_TOKEN = "${VAULT_TOKEN}"
NULL_PASSWORD = "null"
NONE_PASSWORD = "None"
REDACTED_SECRET = "REDACTED"
DUMMY_SECRET = "dummy"
YOUR_API_KEY = "your-api-key"
MARKED_TOKEN = "xxxxxxxx"
ENV_PASSWORD = os.getenv("DB_PASSWORD", "")
OP_TOKEN = "op://Platform/vault-sync/token"
TOOL_PASSWORD = "secret.DB_PASS"
NEXT_PAGE = {"nextPageToken": "tok-2", "next_token": "p2"}
PEM_STUB = {"private_key": "-----BEGIN PRIVATE KEY-----\ntest\n-----END PRIVATE KEY-----"}


def sftp_variables(name, env):
    return {"password": f"{name}_SFTP_PASSWORD_{env}", "token": f"{name}-Fstr-Token-31"}  # expect: SEC001
