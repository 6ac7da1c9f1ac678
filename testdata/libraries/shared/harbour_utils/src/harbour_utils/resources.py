from dagster import ConfigurableResource

from harbour_utils.tides import tide_height


class TideGauge(ConfigurableResource):
    station: str

    def height(self, hour):
        return tide_height(self.station, hour)
