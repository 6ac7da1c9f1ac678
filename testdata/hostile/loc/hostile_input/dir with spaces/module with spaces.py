VALUE = "spaces"
