def tide_height(station, hour):
    return len(station) + hour
