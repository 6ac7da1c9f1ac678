NAME = "ünïcödé 🎉"
