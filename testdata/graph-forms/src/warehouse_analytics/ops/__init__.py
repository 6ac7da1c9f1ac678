from .stock import read_stock, count_stock, summarise_stock
from .reports import build_report, send_report, long_report
