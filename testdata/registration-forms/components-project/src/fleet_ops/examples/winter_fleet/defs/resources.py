import dagster as dg


# part of a defs folder: a components loader loads it with the jobs and schedules beside it, or loads none of them
@dg.definitions
def resources():
    return dg.Definitions(resources={"snow_api": dg.ResourceDefinition.none_resource()})
