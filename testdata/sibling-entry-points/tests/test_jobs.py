from school_data.code_locations.north.jobs import enrolment_job
from school_data.code_locations.south.jobs import attendance_job
from school_data.libraries.jobs import calendar_job


def test_enrolment():
    assert enrolment_job.execute_in_process().success


def test_attendance():
    assert attendance_job.execute_in_process().success


def test_calendar():
    assert calendar_job.execute_in_process().success


def test_transfers():
    from school_data.code_locations.south.jobs import transfers_job

    assert transfers_job.execute_in_process().success


def test_east():
    from school_data.code_locations.east.busing import busing_job
    from school_data.code_locations.east.lunch import lunch_job

    assert busing_job.execute_in_process().success
    assert lunch_job.execute_in_process().success


def test_report_cards():
    from school_data.code_locations.north.reports.jobs import report_card_job

    assert report_card_job.execute_in_process().success
