from requests import Session  # expect: DEP002
import pytest


def session():
    return Session(), pytest
