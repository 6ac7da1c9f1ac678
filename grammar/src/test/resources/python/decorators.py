import dagster
import dagster as dg
from dagster import op as my_op


@op
def plain():
    pass


@op()
def empty_call():
    pass


@dagster.op
def dotted():
    pass


@dg.op(name="x", tags={"k": "v"})
def with_keywords():
    pass


@my_op(**common)
@retry
async def aliased():
    pass
