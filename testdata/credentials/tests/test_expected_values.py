"""A dict a value is compared with repeats what the test bound before; the binding is the finding."""
from vault_sync.resources import connect


def screen(obj):
    return dict(obj)


def test_screen_keeps_the_input():
    obj = {"token": "vault-tok-5", "keep": 1}  # expect: SEC001
    screen(obj)
    assert obj == {"token": "vault-tok-5", "keep": 1}
    assert {"token": "vault-tok-5", "keep": 1} == obj
    assert screen(obj) != {"auth": {"token": "nested-tok-6"}}  # expect: SEC001
    assert connect("vault", password="cmp-pass-7") == ("vault", "cmp-pass-7")  # expect: SEC001
    assert screen({"password": "arg-pass-8"}) == {}  # expect: SEC001
