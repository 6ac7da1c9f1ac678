"""The rota as the old scheduler kept it."""  # expect: NAM004 "'LegacyRota' is not snake_case"
