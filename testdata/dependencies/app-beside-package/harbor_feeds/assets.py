from dagster import asset
from pydantic import BaseModel  # expect: DEP002 "'pydantic'"


class Feed(BaseModel):
    url: str


@asset
def feeds():
    return [Feed(url="https://feeds.example.org/harbor")]
