import os

VALUE = 1
