"""Literals bound where a line-by-line reading does not see the name: class bodies, multi-line dict displays,
tuple targets, walrus, lambda defaults and class headers."""
import os


class WarehouseSettings:
    password = "hunter2pass"  # expect: SEC001
    user = "warehouse"
    token = os.getenv("WAREHOUSE_TOKEN")

    class Replica:
        password = "Nested-Class-Pw-83"  # expect: SEC001


def warehouse_connection():
    return {
        "host": "warehouse.internal",
        "password": "Multi-Line-Return-Pw7",  # expect: SEC001
        "port": 5432,
    }


def warehouse_connection_variable():
    connection = {
        "host": "warehouse.internal",
        "password": "Multi-Line-Return-Pw7",  # expect: SEC001
        "port": 5432,
    }
    return connection


def staged_rows():
    yield {
        "api_key": "Yielded-Dict-Key-31",  # expect: SEC001
        "api_key_name": "warehouse-loader",
    }


loader_user, loader_password = "loader", "Tuple-Bound-Pw-52"  # expect: SEC001
if (session_token := "Walrus-Bound-Tok-6"):  # expect: SEC001
    pass
make_client = lambda secret="Lambda-Default-S3c": secret  # expect: SEC001


class SignedBase:
    def __init_subclass__(cls, signing_key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.signing_key = signing_key


class SignedExport(SignedBase, signing_key="Class-Header-Key-2"):  # expect: SEC001
    pass
