from dagster import op

@op
def fetch_data() -> list:
    """Fetches raw data from a source."""
    return [{"id": 1, "value": "A"}, {"id": 2, "value": "B"}]

@op
def process_data(data: list) -> dict:
    """Processes raw data and returns a summary."""
    return {"count": len(data), "status": "success"}

@op
def export_rows(data: list) -> list:
    """Used by export_job, which is only unregistered, so not dangling."""
    return [row for row in data if row["value"]]
