from setuptools import find_packages, setup

setup(
    name="ferry-times",
    package_dir={"": "python"},
    packages=find_packages(where="python"),
    install_requires=["dagster==1.8.13"],
)
