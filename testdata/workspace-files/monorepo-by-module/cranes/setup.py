from setuptools import find_packages, setup

setup(name="crane-shifts", packages=find_packages(exclude=["tests"]), install_requires=["dagster==1.8.13"])
