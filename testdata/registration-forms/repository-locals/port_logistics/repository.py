from dagster import repository

from port_logistics.jobs import berth_job, crane_job, customs_job
from port_logistics.schedules import berth_schedule, drydock_schedule, pilot_sensor


@repository
def port_logistics():
    jobs = [berth_job]
    jobs += [crane_job]
    jobs.append(customs_job)
    schedules = [berth_schedule, drydock_schedule]
    sensors = []
    sensors.extend([pilot_sensor])
    return jobs + schedules + sensors
