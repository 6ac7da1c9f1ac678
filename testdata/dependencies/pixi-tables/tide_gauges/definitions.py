import boto3  # expect: DEP002 "'boto3' is imported"
import gauge_schemas
import pandas as pd
import polars as pl
import psycopg2
import pydata_google_auth
import requests
from dagster import Definitions, job, op


@op
def read_gauges():
    credentials = pydata_google_auth.default(scopes=["https://www.googleapis.com/auth/bigquery"])
    rows = requests.get("https://gauges.example.org/latest", timeout=30).json()
    return pl.from_pandas(pd.DataFrame(rows)), credentials


@op
def store_gauges(readings):
    frame, _ = readings
    gauge_schemas.validate(frame)
    with psycopg2.connect("") as connection:
        connection.cursor().execute("select 1")
    boto3.client("s3").put_object(Bucket="gauges", Key="latest.csv", Body=frame.write_csv())


@job
def tide_gauges_job():
    store_gauges(read_gauges())


defs = Definitions(jobs=[tide_gauges_job])
