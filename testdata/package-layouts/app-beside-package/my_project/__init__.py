"""Ferry slot bookings."""  # expect: NAM004 "'my_project' is a placeholder"
