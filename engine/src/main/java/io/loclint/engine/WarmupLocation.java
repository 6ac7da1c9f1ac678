package io.loclint.engine;

import io.loclint.engine.files.FileKind;
import io.loclint.engine.files.SourceFile;
import io.loclint.engine.files.ParsedFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small code location held in memory, in the guide's layout with one of each kind of file, for
 * {@link Linter#warmUp}: parsing and checking it loads and initialises the code every check runs. It holds an
 * element of every kind a rule asks for, a suppression that suppresses nothing among them, so every rule runs.
 */
final class WarmupLocation {
    private static final String DIRECTORY = "warmup_location";
    static final String MARKER = DIRECTORY + "/pyproject.toml";

    private WarmupLocation() {
    }

    static List<ParsedFile> parsed(Path root) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("pyproject.toml", """
                [project]
                name = "warmup-location"
                dependencies = ["dagster", "pandas>=2"]

                [tool.dagster]
                module_name = "warmup_location.repository"

                [tool.uv.sources]
                shared = { git = "https://example.com/shared.git", tag = "v1.0.0" }
                """);
        files.put("src/warmup_location/__init__.py", "");
        files.put("src/warmup_location/ops.py", """
                import os

                import pandas as pd
                from dagster import OpExecutionContext, op


                @op
                def load_rows(context: OpExecutionContext) -> list:
                    \"\"\"Reads the rows.\"\"\"
                    token = os.getenv("API_TOKEN", "")
                    context.log.info(f"loading {len(token)}")
                    return [{"id": 1, "name": "a"}]  # loclint: ignore[NAM002]


                @op(config_schema={"limit": int})
                def clean_rows(context, rows: list) -> pd.DataFrame:
                    return pd.DataFrame(rows[: context.op_config["limit"]])
                """);
        files.put("src/warmup_location/jobs.py", """
                from dagster import graph, job

                from .ops import clean_rows, load_rows


                @graph
                def rows_graph():
                    clean_rows(load_rows())


                @job(tags={"team": "data"})
                def rows_job_ver_1():
                    clean_rows(load_rows())


                rows_graph_job = rows_graph.to_job(name="rows_graph_job")
                """);
        files.put("src/warmup_location/repository.py", """
                from dagster import Definitions, RunRequest, ScheduleDefinition, sensor

                from .jobs import rows_graph_job, rows_job_ver_1

                rows_schedule = ScheduleDefinition(job=rows_job_ver_1, cron_schedule="0 * * * *")


                @sensor(job=rows_graph_job)
                def rows_sensor(context):
                    yield RunRequest(run_key=None)


                defs = Definitions(jobs=[rows_job_ver_1, rows_graph_job], schedules=[rows_schedule],
                                   sensors=[rows_sensor])
                """);
        files.put("tests/test_jobs.py", """
                from warmup_location.jobs import rows_job_ver_1


                def test_rows_job():
                    assert rows_job_ver_1.execute_in_process().success
                """);
        files.put("Dockerfile", """
                FROM python:3.12-slim AS build
                ARG VERSION=1.0.0
                ENV APP_HOME=/app
                COPY . /app
                RUN pip install --no-cache-dir /app
                """);
        files.put("helm/Chart.yaml", "apiVersion: v2\nname: warmup-location\nversion: 1.0.0\nappVersion: \"1.0.0\"\n");
        files.put("helm/values.yaml", "image:\n  repository: registry.example.com/warmup\n  tag: \"1.0.0\"\n"
                + "env:\n  - name: LOG_LEVEL\n    value: info\n");
        files.put("helm/templates/deployment.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: {{ .Release.Name }}
                spec:
                  template:
                    spec:
                      containers:
                        - name: app
                          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
                """);
        List<ParsedFile> parsed = new ArrayList<>();
        files.forEach((relative, text) -> {
            String path = DIRECTORY + "/" + relative;
            FileKind kind = FileKind.of(path);
            SourceFile source = new SourceFile(path, root.resolve(path), kind, text.length());
            parsed.add(FileParser.frontEnd(source, text));
        });
        return parsed;
    }
}
