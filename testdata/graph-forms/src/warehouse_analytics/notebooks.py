import dagstermill as dm

# notebook ops: dagstermill builds an op from each notebook
chart_stock = dm.define_dagstermill_op("chart_stock", notebook_path="chart_stock.ipynb")

forecast_stock = dm.define_dagstermill_op("forecast_stock", notebook_path="forecast_stock.ipynb")  # expect: DEF003
