from setuptools import find_packages, setup

setup(name="oven", packages=find_packages(), install_requires=["dagster==1.9.6"])
