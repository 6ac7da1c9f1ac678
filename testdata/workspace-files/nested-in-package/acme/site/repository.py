from dagster import Definitions

from acme.site.graphs import site_visits_job

defs = Definitions(jobs=[site_visits_job])
