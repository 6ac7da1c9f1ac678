from dagster import Definitions, job, op


@op
def read_toll_gates():
    return []


@job
def toll_gates_job():
    read_toll_gates()


defs = Definitions(jobs=[toll_gates_job])
