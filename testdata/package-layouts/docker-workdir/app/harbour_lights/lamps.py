def lamp_ids():
    return ["north", "south"]
