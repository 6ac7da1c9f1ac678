from setuptools import find_packages, setup

# A cookiecutter template: the generated project carries the name the user types in.
setup(
    name="{{cookiecutter.project_name}}",
    packages=find_packages(),
    install_requires=["dagster==1.8.13"],
)
