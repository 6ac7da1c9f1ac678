def north_crew():
    return ["a", "b"]
