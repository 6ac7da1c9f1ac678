def south_crew():
    return ["a", "b"]
