from dagster import DynamicOut, DynamicOutput, job, op


@op(out=DynamicOut())
def pick_shelves():
    for shelf in ["a1", "a2"]:
        yield DynamicOutput(shelf, mapping_key=shelf)


@op
def count_shelves(labels):
    return {label: 0 for label in labels}


@op
def order_restock(counts):
    return sorted(counts)


@op
def audit_counts(counts):
    return counts


@op
def label_shelf(shelf):
    return shelf.upper()


@op
def forgotten_count(counts):  # expect: DEF003
    return counts


# plain functions that only wire ops split a long job into named parts; they run while the job is composed
def count_aisle():
    # an op handed to .map() in a helper is wired as it is in a job body
    return count_shelves(pick_shelves().map(label_shelf).collect())


def restock_aisle():
    return order_restock(count_aisle())


def noisy_audit(counts):
    print("auditing")
    return audit_counts(counts)


def never_composed(counts):
    return forgotten_count(counts)


@job
def restock_by_aisle_job():  # expect: DEF002
    restock_aisle()
    restock_aisle()
    noisy_audit(count_aisle())  # expect: SOC001 "calls 'noisy_audit'"
