import dagster as dg


@dg.op
def read_stock():
    return []


@dg.op
def count_stock(rows):
    return len(rows)


@dg.op(name="summarise_stock")
def summarise_stock(count):
    return {"count": count}


@dg.op
def used_only_by_nested_graph(rows):
    return rows


@dg.op
def used_through_alias(rows):
    return rows


@dg.op
def used_through_configured(rows):
    return rows


@dg.op
def never_used():  # expect: DEF003
    return None


configured_reader = used_through_configured.configured({"limit": 10}, name="configured_reader")


@dg.op(out=dg.DynamicOut())
def list_regions():
    for region in ["north", "south"]:
        yield dg.DynamicOutput(region, mapping_key=region)


@dg.op
def process_region(region):
    return region
