from setuptools import find_packages, setup

setup(name="kiln", packages=find_packages(), install_requires=["dagster==1.9.6"])
