from dagster import op


@op
def half_written(rows):  # expect: DEF003
    return [r for r in rows if r["v"  # expect: PAR001
