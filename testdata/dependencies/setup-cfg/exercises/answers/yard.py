def plan():
    return []
