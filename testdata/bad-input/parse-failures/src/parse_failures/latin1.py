GREETING = "café"  # expect: PAR001
