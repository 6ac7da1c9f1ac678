from dagster import op


@op
def list_runs():
    return [{"id": "r1", "status": "failed"}]


def make_status_filter(status):
    """One op per status: Dagster sees each product as an op of its own name."""

    @op(name=f"keep_{status}_runs")
    def keep_runs(runs):
        return [run for run in runs if run["status"] == status]

    return keep_runs


def make_labeller(prefix):
    def label(runs):
        return [prefix + run["id"] for run in runs]

    return label
