from dagster_harbour.register import asset, job


@asset
def MobileCrane():
    return "crane"


WeeklyGreasing = job("weekly greasing")
