from setuptools import find_packages, setup

TEST_REQUIRES = ["pytest>=8"]

setup(
    name="dock_sensors",
    python_requires=">=3.8",
    packages=find_packages(),
    install_requires=[
        "dagster==1.8.13",
        "requests>=2.31",
        "dock-geometry @ git+https://gitea.example.org/simpl/dock-geometry.git@main",  # expect: DEP001
        "dock-tides @ git+https://gitea.example.org/simpl/dock-tides.git@4b8e1f2a9c",
    ],
    extras_require={
        "test": TEST_REQUIRES,
        "maps": ["pyproj", "berth-maps @ git+https://gitea.example.org/simpl/berth-maps.git"],  # expect: DEP001
    },
    dependency_links=[
        "git+https://gitea.example.org/simpl/dock-cranes.git@develop#egg=dock-cranes",  # expect: DEP001
    ],
)
