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
