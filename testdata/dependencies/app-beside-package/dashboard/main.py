"""Run from this folder: streamlit run main.py"""
import streamlit

from panels.charts import draw

streamlit.title("Harbor feeds")
draw()
