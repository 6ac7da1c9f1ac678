import boto3
import pandas as pd
import requests  # expect: DEP002 "'requests' is imported"
from dagster import Definitions, job, op


@op
def read_buoys():
    return pd.DataFrame(requests.get("https://buoys.example.org").json())


@op
def archive_buoys(frame):
    boto3.client("s3").put_object(Bucket="buoys", Key="latest", Body=frame.to_csv())


@job
def buoy_readings_job():
    archive_buoys(read_buoys())


defs = Definitions(jobs=[buoy_readings_job])
