def normalise(value):
    return value


def clean(value):
    return value
