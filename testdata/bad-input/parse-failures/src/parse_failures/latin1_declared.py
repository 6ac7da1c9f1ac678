# -*- coding: latin-1 -*-
GREETING = "café"
DB_PASSWORD = "héllo-prod-2026"  # expect: SEC001
