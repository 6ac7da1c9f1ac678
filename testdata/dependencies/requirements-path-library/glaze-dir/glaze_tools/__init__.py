"""Helpers both locations install from this folder by a path line of their requirements.txt."""
GLAZE_TEMPERATURE = 1220
