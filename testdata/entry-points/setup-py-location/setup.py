from setuptools import find_packages, setup  # expect: LOC001

setup(name="warehouse_moves", packages=find_packages(), install_requires=["dagster==1.8.13"])
