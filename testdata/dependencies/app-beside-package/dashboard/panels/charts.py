import boto3  # expect: DEP002


def draw():
    return boto3.client("s3")
