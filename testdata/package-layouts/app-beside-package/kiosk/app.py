"""A Streamlit app run from this folder (streamlit run app.py): port_widgets is importable from here, which
moves no package of the project: my_project stays one."""
import streamlit as st

from port_widgets.table import slot_table

st.write(slot_table())
