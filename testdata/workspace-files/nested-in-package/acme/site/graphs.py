from dagster import graph

from acme.site.ops import count_visits, read_gate_log


@graph
def site_visits():
    count_visits(read_gate_log())


site_visits_job = site_visits.to_job(name="site_visits_job")
