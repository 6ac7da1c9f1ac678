def slot_table():
    return [["slot", "ferry"]]
