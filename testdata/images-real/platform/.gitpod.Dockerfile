ARG PY_VERSION=3.12
# expect: IMG001 "FROM ${BASE} (ARG BASE)"
ARG BASE=python:latest
# expect: IMG001 "gitpod/workspace-python-3.12:latest"
FROM gitpod/workspace-python-${PY_VERSION}:latest
FROM ${BASE}
