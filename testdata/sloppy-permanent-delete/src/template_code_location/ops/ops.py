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
def export_rows(data: list) -> list:  # expect: DEF003
    """Left behind: export_job was deleted, its ops were not."""
    return [row for row in data if row["value"]]

@op
def upload_rows(rows: list) -> None:  # expect: DEF003
    """Left behind as well."""
    return None
