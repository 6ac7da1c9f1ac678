def outer(context, n: int = 2, *args, key=None, **kwargs) -> int:
    """Outer docstring."""
    total = n * 3 + 1
    for i in range(n):
        if i % 2:
            total += i
    items = [x for x in args]
    with open("f") as fh:
        fh.read()

    def inner(y):
        return helper(y) - 1

    class Local:
        def method(self):
            self.value = compute()
            return self.value

    return inner(total)


class Resource(Base, metaclass=Meta):
    def setup(self):
        pass
