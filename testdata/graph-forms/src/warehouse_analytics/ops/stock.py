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


@dg.op(config_schema={"warehouse": str})
def used_through_configured_decorator(context):
    return context.op_config["warehouse"]


# the decorator form of .configured(): the function returns the config, its name is the new op's
@dg.configured(used_through_configured_decorator, config_schema={"site": str})
def site_reader(config):
    return {"warehouse": "site-" + config["site"]}


@dg.op(out=dg.DynamicOut())
def list_regions():
    for region in ["north", "south"]:
        yield dg.DynamicOutput(region, mapping_key=region)


@dg.op
def process_region(region):
    return region
