from pilot_rosters.jobs import pilot_roster_job


def test_pilot_roster_job():
    assert pilot_roster_job.execute_in_process().success
