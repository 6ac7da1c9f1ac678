from dagster import op


@op
def read_lock_gates():
    return []
