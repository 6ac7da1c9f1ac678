from dagster import execute_pipeline

from legacy_billing.pipelines import invoice_pipeline


def test_invoice_pipeline():
    assert execute_pipeline(invoice_pipeline).success


def test_archived_pipeline():
    assert execute_pipeline(archive_pipeline).success  # expect: TST001 "test runs 'archive_pipeline'"
