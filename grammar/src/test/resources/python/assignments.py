a = b = 1
x, y = pair()
cfg: dict = {"a": 1, **extra}
jobs = [job_a, job_b] + more_jobs
jobs += [job_c]
all_jobs = [*jobs, other]
self.password = "secret"
t = (1, 2.5, True, None)
s = {1, 2}
v = data["key"]
def f():
    local = -1
