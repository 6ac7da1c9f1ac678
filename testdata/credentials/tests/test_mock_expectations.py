"""What a mock is asserted to have been called with is compared, not passed: the literals a test passes count."""
from unittest import mock
from unittest.mock import call

from vault_sync.resources import connect


def test_service_gets_the_credentials_object():
    with mock.patch("vault_sync.resources.build") as build, mock.patch("vault_sync.resources.load") as load:
        load.return_value = "creds"
        connect("drive", password="drive-pass")  # expect: SEC001
        build.assert_called_once_with("drive", credentials="creds", cache=False)
        build.assert_called_with("drive", credentials="creds", cache=False)
        build.assert_any_call("drive", options={"token": "tok-1"})


async def test_client_is_awaited_with_the_session_key():
    client = mock.AsyncMock()
    await client.open(access_key="AWS_KEY", secret_key="AWS_SECRET")
    client.open.assert_awaited_once_with(access_key="AWS_KEY", secret_key="AWS_SECRET")
    client.open.assert_awaited_with(api_key="sk-live-3")
    client.open(api_key="sk-live-3")  # expect: SEC001
    client.open.assert_has_calls([mock.call(api_key="sk-live-3"), call(api_key="sk-live-3")])


def test_an_rpc_named_call_is_a_call():
    rpc = mock.Mock()
    rpc.call("open", token="rpc-tok-9")  # expect: SEC001
