from setuptools import find_packages, setup

setup(name="glaze-tools", packages=find_packages(), install_requires=[])
