from dagster import op


@op
def build_report(summary):
    return summary


@op
def send_report(report):
    return report


@op
def long_report(report):  # expect: SOC002
    a = 1
    b = 2
    c = 3
    d = 4
    e = 5
    f = 6
    g = 7
    h = 8
    i = 9
    j = 10
    k = 11
    m = 12
    n = 13
    o = 14
    p = 15
    q = 16
    r = 17
    s = 18
    t = 19
    u = 20
    v = 21
    w = 22
    x = 23
    y = 24
    z = 25
    aa = 26
    bb = 27
    cc = 28
    dd = 29
    ee = 30
    ff = 31
    gg = 32
    hh = 33
    ii = 34
    jj = 35
    kk = 36
    mm = 37
    nn = 38
    oo = 39
    pp = 40
    return report
