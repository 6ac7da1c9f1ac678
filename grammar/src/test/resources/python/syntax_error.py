def before():
    return 1


def broken(:
    x = = 2


def after():
    return call(2)
