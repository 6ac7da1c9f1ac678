#!/usr/bin/env python3
"""Deterministic generator of a Dagster monorepo for benchmarking loclint.

    python3 bench/generate.py --locations 200 --seed 1 --out bench/out/200

writes N code locations in the orchestration guide's layout under OUT/locations/:

    <location>/pyproject.toml            [project] + [tool.uv.sources] Git dependencies + [tool.dagster]
    <location>/Dockerfile
    <location>/README.md
    <location>/helm/Chart.yaml, values.yaml, templates/deployment.yaml
    <location>/src/<pkg>/__init__.py, repository.py (Definitions), resources.py, schedules.py, sensors.py
    <location>/src/<pkg>/jobs/*.py, ops/*.py, helpers/*.py (volume)
    <location>/tests/*.py

Sizes: about 1,000 Python lines and 28.5 files per location, so 200 locations are about 200k Python lines in
about 5.7k files and 1,000 locations about 1M lines. A small deterministic share of locations carries a real
problem (a job name that is not snake_case, an op no job uses, a job missing from Definitions, a `latest` image
tag, an import of an undeclared package, a Git dependency on a branch), so findings are not zero.

Only the standard library is used; the same --seed gives a byte-identical tree (files are written in sorted order
with fixed content; nothing depends on time, hashing order or the environment).
"""

import argparse
import os
import random
import sys

DOMAINS = [
    "orders", "invoices", "shipments", "customers", "suppliers", "stock", "pricing", "payments", "claims",
    "vessels", "containers", "berths", "tariffs", "customs", "routes", "carriers", "warehouses", "returns",
    "sensors", "meters", "tickets", "contracts", "ledgers", "budgets", "permits", "patients", "samples",
]
QUALIFIERS = [
    "daily", "raw", "clean", "regional", "monthly", "archive", "live", "core", "public", "partner", "batch",
    "legacy", "secure", "open", "shared", "edge",
]
VERBS = ["load", "clean", "merge", "score", "export", "validate", "enrich", "aggregate", "split", "publish",
         "index", "anonymise", "dedupe", "reconcile", "archive", "sample"]
NOUNS = ["records", "batch", "rows", "frames", "events", "summary", "report", "keys", "totals", "deltas",
         "snapshot", "profile", "schema", "partitions"]
STDLIB = ["json", "os", "re", "math", "itertools", "collections", "datetime", "hashlib", "statistics",
          "functools", "string", "textwrap"]
GIT_DEPS = [
    ("data-processing", "data_processing", "remove_duplicates_job_s3"),
    ("dataframe-level-anonymisation", "dataframe_level_anonymisation", "k_anonymity_job_s3"),
    ("field-level-pseudo-anonymisation", "field_level_pseudo_anonymisation", "anonymise_pseudonymise_structured_job_s3"),
]
UNDECLARED = ["requests", "pandas", "boto3", "sklearn"]

# Share of locations that carry each problem (deterministic per seed).
PROBLEM_SHARE = {
    "bad_job_name": 0.05,
    "dangling_op": 0.05,
    "unregistered_job": 0.05,
    "latest_tag": 0.04,
    "undeclared_import": 0.04,
    "branch_dep": 0.04,
}


def camel(name):
    return "".join(part.capitalize() for part in name.split("_"))


class Location:
    def __init__(self, index, seed):
        self.rng = random.Random(seed * 1_000_003 + index)
        rng = self.rng
        self.index = index
        self.pkg = "%s_%s_%04d" % (rng.choice(QUALIFIERS), rng.choice(DOMAINS), index)
        self.dist = self.pkg.replace("_", "-")
        self.problems = {p for p, share in sorted(PROBLEM_SHARE.items()) if rng.random() < share}
        self.n_ops_modules = 3
        self.n_jobs_modules = 3
        self.n_helpers = rng.choice([3, 4])
        self.git_deps = sorted(rng.sample(GIT_DEPS, rng.choice([1, 2, 3])))
        self.files = {}
        self.helper0_funcs = []

    # ---------------------------------------------------------------------------------------------- helpers (volume)
    def helper_module(self, h):
        rng = self.rng
        mods = sorted(rng.sample(STDLIB, 4))
        out = ['"""Helpers for %s, part %d: small pure functions the ops call."""' % (self.pkg, h), ""]
        out += ["import %s" % m for m in mods]
        out += ["from dataclasses import dataclass, field", "from typing import Any, Dict, Iterable, List, Optional", ""]
        if "undeclared_import" in self.problems and h == 0:
            out += ["import %s" % UNDECLARED[self.index % len(UNDECLARED)], ""]
        out += [""]
        out += [
            "@dataclass",
            "class %sRecord%d:" % (camel(self.pkg.rsplit("_", 1)[0]), h),
            '    """One record as the helpers see it."""',
            "",
            "    key: str",
            "    value: float = 0.0",
            "    tags: List[str] = field(default_factory=list)",
            "    meta: Dict[str, Any] = field(default_factory=dict)",
            "",
            "    def weight(self) -> float:",
            "        if not self.tags:",
            "            return self.value",
            "        return self.value * (1 + len(self.tags) / 10)",
            "",
            "    def as_dict(self) -> Dict[str, Any]:",
            '        return {"key": self.key, "value": self.value, "tags": list(self.tags), "meta": dict(self.meta)}',
            "",
            "",
        ]
        n_funcs = rng.choice([6, 7, 8])
        for f in range(n_funcs):
            verb, noun = rng.choice(VERBS), rng.choice(NOUNS)
            name = "%s_%s_%d" % (verb, noun, f)
            if h == 0:
                self.helper0_funcs.append(name)
            limit = rng.randint(3, 500)
            out += [
                "def %s(rows: Iterable[Dict[str, Any]], limit: Optional[int] = %d) -> List[Dict[str, Any]]:" % (name, limit),
                '    """%s the %s, keeping at most `limit` of them."""' % (verb.capitalize(), noun),
                "    result = []",
                "    seen = set()",
                "    for position, row in enumerate(rows):",
                "        if limit is not None and position >= limit:",
                "            break",
                '        key = str(row.get("id", position))',
                "        if key in seen:",
                "            continue",
                "        seen.add(key)",
                "        value = row.get(%r, %d)" % (noun, rng.randint(0, 99)),
                "        if isinstance(value, (int, float)):",
                "            value = value * %d + %d" % (rng.randint(1, 9), rng.randint(0, 9)),
                "        elif isinstance(value, str):",
                "            value = value.strip().lower()",
                "        else:",
                "            value = None",
                '        result.append({"id": key, %r: value, "step": %r})' % (noun, name),
                "    return result",
                "",
                "",
            ]
        out += [
            "REGISTRY = {",
        ]
        for f in range(min(n_funcs, 5)):
            out.append('    "%s_%d": %d,' % (rng.choice(NOUNS), f, rng.randint(0, 1000)))
        out += ["}", ""]
        return "\n".join(out)

    # ---------------------------------------------------------------------------------------------- ops
    def ops_module(self, m):
        rng = self.rng
        ops = []
        out = ["from dagster import op, OpExecutionContext", "",
               "from ..helpers import helpers_0", "", ""]
        for i in range(rng.choice([4, 5])):
            name = "%s_%s_m%d_%d" % (rng.choice(VERBS), rng.choice(NOUNS), m, i)
            ops.append(name)
            out += [
                "@op",
                "def %s(context: OpExecutionContext, data: list) -> list:" % name,
                '    """%s step %d of module %d."""' % (name.replace("_", " ").capitalize(), i, m),
                '    context.log.info("%s: %%d rows", len(data))' % name,
                "    rows = []",
                "    for row in data:",
                "        if row is None:",
                "            continue",
                "        rows.append(row)",
                "    return helpers_0.%s(rows)" % self.helper0_funcs[(m + i) % len(self.helper0_funcs)],
                "",
                "",
            ]
        out[-2:] = [""]
        return ops, "\n".join(out)

    # ---------------------------------------------------------------------------------------------- build
    def build(self):
        rng = self.rng
        p = self.pkg
        src = "src/%s" % p
        f = self.files

        f["README.md"] = "# %s\n\nGenerated code location for the loclint benchmark.\n" % p
        f["src/%s/__init__.py" % p] = ""

        # helpers
        f["%s/helpers/__init__.py" % src] = ""
        for h in range(self.n_helpers):
            f["%s/helpers/helpers_%d.py" % (src, h)] = self.helper_module(h)

        # ops
        ops_by_module = []
        f["%s/ops/__init__.py" % src] = ""
        for m in range(self.n_ops_modules):
            ops, text = self.ops_module(m)
            src_op = "fetch_%s_m%d" % (rng.choice(NOUNS), m)
            head, body = text.split("\n\n\n", 1)
            text = head + "\n\n\n" + "\n".join([
                "@op",
                "def %s() -> list:" % src_op,
                '    return [{"id": n, "value": n * %d} for n in range(%d)]' % (rng.randint(1, 9), rng.randint(5, 50)),
                "",
                "",
                "",
            ]) + body
            if "dangling_op" in self.problems and m == 0:
                text += "\n\n@op\ndef never_used_op(data: list) -> list:\n    return data\n"
            f["%s/ops/ops_%d.py" % (src, m)] = text
            ops_by_module.append((src_op, ops))

        # jobs
        jobs = []  # (module, name)
        f["%s/jobs/__init__.py" % src] = ""
        for j in range(self.n_jobs_modules):
            src_op, ops = ops_by_module[j % len(ops_by_module)]
            out = ["from dagster import job", "", "from ..ops.ops_%d import %s" % (j % len(ops_by_module), ", ".join([src_op] + ops)), "", ""]
            half = len(ops) // 2 + 1
            chains = [ops[:half], ops[half - 1:]]
            for k, chain in enumerate(chains):
                name = "%s_%s_job_%d" % (rng.choice(VERBS), rng.choice(NOUNS), j * 10 + k)
                if "bad_job_name" in self.problems and j == 0 and k == 0:
                    name = camel(name)
                out += ["@job", "def %s():" % name, '    """Runs %s in order."""' % ", ".join(chain), "    data = %s()" % src_op]
                out += ["    data = %s(data)" % op_ for op_ in chain]
                out += ["", ""]
                jobs.append(("jobs_%d" % j, name))
            out[-2:] = [""]
            f["%s/jobs/jobs_%d.py" % (src, j)] = "\n".join(out)
        registered = list(jobs)
        if "unregistered_job" in self.problems:
            registered = registered[:-1]

        # resources
        f["%s/resources.py" % src] = "\n".join([
            "from dagster import ConfigurableResource",
            "",
            "",
            "class StorageResource(ConfigurableResource):",
            '    """Where %s keeps its files."""' % p,
            "",
            '    bucket: str = "%s"' % self.dist,
            '    prefix: str = "runs"',
            "",
            "    def path(self, name: str) -> str:",
            '        return "s3://%s/%s/%s" % (self.bucket, self.prefix, name)',
            "",
        ])

        # schedules
        out = ["from dagster import ScheduleDefinition", ""]
        out += ["from .jobs.%s import %s" % (mod, name) for mod, name in registered[:2]]
        out += [""]
        schedules = []
        for s, (_, name) in enumerate(registered[:2]):
            sname = "%s_schedule_%d" % (p.rsplit("_", 1)[0], s)
            schedules.append(sname)
            out += ["%s = ScheduleDefinition(" % sname, '    name="%s",' % sname, "    job=%s," % name,
                    '    cron_schedule="%d %d * * *",' % (rng.randint(0, 59), rng.randint(0, 23)), ")", ""]
        f["%s/schedules.py" % src] = "\n".join(out)

        # sensors
        mod, name = registered[-1]
        sensor = "%s_success_sensor" % p.rsplit("_", 1)[0]
        f["%s/sensors.py" % src] = "\n".join([
            "from dagster import DagsterRunStatus, RunRequest, run_status_sensor",
            "",
            "from .jobs.%s import %s" % (mod, name),
            "",
            "",
            "@run_status_sensor(run_status=DagsterRunStatus.SUCCESS, request_job=%s)" % name,
            "def %s(context):" % sensor,
            '    """Asks for another run once one succeeds."""',
            '    return RunRequest(run_key=context.dagster_run.run_id)',
            "",
        ])

        # repository
        out = ["from dagster import Definitions", "from util_services.resources import s3_resource",
               "from util_services.sensors import notify_success, notify_failure", ""]
        ext_jobs = []
        for dist, mod_, job_ in self.git_deps:
            out.append("from %s.jobs import %s" % (mod_, job_))
            ext_jobs.append(job_)
        out.append("")
        by_mod = {}
        for mod, name in registered:
            by_mod.setdefault(mod, []).append(name)
        for mod in sorted(by_mod):
            out.append("from %s.jobs.%s import %s" % (p, mod, ", ".join(by_mod[mod])))
        out.append("from %s.schedules import %s" % (p, ", ".join(schedules)))
        out.append("from %s.sensors import %s" % (p, sensor))
        out.append("from %s.resources import StorageResource" % p)
        out += ["", "", "defs = Definitions(", "    jobs=["]
        out += ["        %s," % n for _, n in registered] + ["        %s," % j for j in ext_jobs]
        out += ["    ],", "    schedules=[%s]," % ", ".join(schedules),
                "    sensors=[%s, notify_success, notify_failure]," % sensor,
                '    resources={"s3": s3_resource.configured({"resource_name": "selfS3"}), "storage": StorageResource()},',
                ")", ""]
        f["%s/repository.py" % src] = "\n".join(out)

        # tests
        f["tests/__init__.py"] = ""
        f["tests/conftest.py"] = "\n".join([
            "import pytest", "", "", "@pytest.fixture", "def rows():",
            '    return [{"id": n, "value": n} for n in range(10)]', ""])
        for j in range(self.n_jobs_modules):
            names = [n for mod, n in jobs if mod == "jobs_%d" % j]
            out = ["from %s.jobs.jobs_%d import %s" % (p, j, ", ".join(names)), ""]
            for name in names:
                out += ["", "def test_%s_runs():" % name.lower(), "    result = %s.execute_in_process()" % name,
                        "    assert result.success", ""]
            f["tests/test_jobs_%d.py" % j] = "\n".join(out)

        # pyproject
        deps = ['    "dagster==1.8.13",', '    "util-services",'] + ['    "%s",' % d for d, _, _ in self.git_deps]
        sources = ['util-services = { git = "https://gitea.example.org/simpl/util-services.git", tag = "v0.5.0" }']
        for k, (dist, _, _) in enumerate(self.git_deps):
            ref = 'branch = "develop"' if ("branch_dep" in self.problems and k == 0) else 'tag = "v1.%d.%d"' % (rng.randint(0, 9), rng.randint(0, 9))
            sources.append('%s = { git = "https://gitea.example.org/simpl/%s.git", %s }' % (dist, dist, ref))
        f["pyproject.toml"] = "\n".join([
            "[project]", 'name = "%s"' % self.dist, 'version = "0.%d.0"' % rng.randint(1, 9),
            'description = "Code location %s"' % p, 'requires-python = ">=3.10"', "dependencies = [",
            *deps, "]", "", "[project.optional-dependencies]", 'dev = ["dagster-webserver==1.8.13", "pytest>=8.0"]', "",
            "[tool.uv.sources]", *sources, "", "[tool.dagster]", 'module_name = "%s.repository"' % p, "",
            "[build-system]", 'requires = ["hatchling"]', 'build-backend = "hatchling.build"', ""])

        # Dockerfile
        base = "python:latest" if ("latest_tag" in self.problems and self.index % 2 == 0) else "python:3.12-slim"
        f["Dockerfile"] = "\n".join([
            "FROM %s" % base, "", "WORKDIR /opt/dagster/app", "COPY pyproject.toml ./", "COPY src ./src",
            "RUN pip install --no-cache-dir uv && uv pip install --system .", "", "EXPOSE 4000",
            'CMD ["dagster", "api", "grpc", "-h", "0.0.0.0", "-p", "4000", "-m", "%s.repository"]' % p, ""])

        # Helm chart
        tag = "latest" if ("latest_tag" in self.problems and self.index % 2 == 1) else '"0.%d.0"' % rng.randint(1, 9)
        f["helm/Chart.yaml"] = "\n".join([
            "apiVersion: v2", "name: %s" % self.dist, "version: 0.1.0", 'appVersion: "0.1.0"', ""])
        f["helm/values.yaml"] = "\n".join([
            "replicaCount: 1", "image:", "  repository: gitea.example.org/simpl/%s" % self.dist, "  tag: %s" % tag,
            "  pullPolicy: IfNotPresent", "resources:", "  limits:", "    memory: 512Mi", ""])
        f["helm/templates/deployment.yaml"] = "\n".join([
            "apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: {{ .Chart.Name }}", "spec:",
            "  replicas: {{ .Values.replicaCount }}", "  template:", "    spec:", "      containers:",
            "        - name: user-code",
            '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"',
            "          imagePullPolicy: {{ .Values.image.pullPolicy }}",
            '          args: ["dagster", "api", "grpc", "-h", "0.0.0.0", "-p", "4000", "-m", "%s.repository"]' % p,
            ""])
        return self.files


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--locations", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    if args.locations < 1:
        ap.error("--locations must be at least 1")
    if os.path.exists(args.out) and os.listdir(args.out):
        ap.error("%s exists and is not empty" % args.out)

    files = py_lines = all_lines = 0
    problems = {}
    for i in range(args.locations):
        loc = Location(i, args.seed)
        tree = loc.build()
        base = os.path.join(args.out, "locations", loc.dist)
        for rel in sorted(tree):
            path = os.path.join(base, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(tree[rel])
            files += 1
            n = tree[rel].count("\n")
            all_lines += n
            if rel.endswith(".py"):
                py_lines += n
        for pr in loc.problems:
            problems[pr] = problems.get(pr, 0) + 1
    with open(os.path.join(args.out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# Generated monorepo: %d code locations (seed %d)\n" % (args.locations, args.seed))
    files += 1
    all_lines += 1
    summary = " ".join("%s=%d" % kv for kv in sorted(problems.items()))
    print("files=%d python_lines=%d lines=%d problems: %s" % (files, py_lines, all_lines, summary or "none"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
