from setuptools import find_packages, setup

setup(
    name="dock_sensors",
    packages=find_packages(),
    install_requires=["dagster==1.8.13", "requests>=2.31"],
)
