"""A function of the test's own named call is not unittest.mock's: its arguments are passed."""


def call(service, token):
    return service, token


def test_call_passes_the_token():
    assert call("vault", token="local-tok-7") == ("vault", "local-tok-7")  # expect: SEC001
