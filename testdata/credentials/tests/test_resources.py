from vault_sync.resources import connect

GITHUB_TOKEN = "ghp_L0c1intFixture0nlyNotARealToken00000"  # expect: SEC001
SESSION = "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAidmF1bHQtc3luYyIsICJpc3MiOiAibG9jbGludC1maXh0dXJlIn0.c2lnbmF0dXJlLW9mLWEtZml4dHVyZS1vbmx5"  # expect: SEC001
# expect: SEC001
SIGNING_PEM = """-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAl0c1intFixtureOnlyNotARealKeyAAAAAAAAAAAAAAAAAAA
-----END RSA PRIVATE KEY-----"""
HEADERS = {"Authorization": "Bearer Hdr-Bearer-Tok-62"}  # expect: SEC001
TEMPLATE_HEADERS = {"Authorization": f"Bearer {GITHUB_TOKEN}"}
CLONE_URL = "https://x-access-token:ghs_L0c1intFixture0nlyNotARealToken11111@github.com/vault/schemas.git"  # expect: SEC001


def test_connect_uses_the_given_password():
    assert connect("localhost", password="test-password") == ("localhost", "test-password")  # expect: SEC001
    assert connect("localhost", password="dummy")[1] == "dummy"
    assert connect("localhost", password="<password>")[1] == "<password>"
    assert connect("localhost", password="t")[1] == "t"
    assert connect("localhost", password="pw")[1] == "pw"  # expect: SEC001
