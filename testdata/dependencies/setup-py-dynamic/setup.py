from pathlib import Path

from setuptools import find_packages, setup


def requirements():
    return Path("requirements.in").read_text().splitlines()


setup(
    name="dock_reports",
    packages=find_packages(),
    install_requires=requirements(),
)
