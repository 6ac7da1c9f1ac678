import boto3
import chromadb
import pandas as pd
import requests  # expect: DEP002 "'requests' is imported"
from dagster import Definitions, job, op
from dagster_utils.contrib.google import parse_gs_path


@op
def read_buoys():
    return pd.DataFrame(requests.get("https://buoys.example.org").json())


@op
def archive_buoys(frame):
    bucket, key = parse_gs_path("gs://buoys/latest")
    boto3.client("s3").put_object(Bucket=bucket, Key=key, Body=frame.to_csv())
    chromadb.HttpClient(host="vectors").get_or_create_collection("buoys").add(ids=[key], documents=[key])


@job
def buoy_readings_job():
    archive_buoys(read_buoys())


defs = Definitions(jobs=[buoy_readings_job])
