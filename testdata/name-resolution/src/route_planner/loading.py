import importlib
import pkgutil

from dagster import SensorDefinition


def load_sensors_from_package_module(package_module):
    """Every sensor of the package's modules, found when the location loads."""
    found = []
    for info in pkgutil.iter_modules(package_module.__path__):
        module = importlib.import_module(f"{package_module.__name__}.{info.name}")
        found += [v for v in vars(module).values() if isinstance(v, SensorDefinition)]
    return found
