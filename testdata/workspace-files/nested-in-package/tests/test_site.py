from acme.site.graphs import site_visits_job
from acme.site.ops import count_visits


def test_site_visits_job():
    assert site_visits_job.execute_in_process().success


def test_count_visits():
    assert count_visits([1, 2]) == 2
