import boto3


def bucket(name):
    return boto3.resource("s3").Bucket(name)
