package io.loclint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code loclint server} through lsp4j's own client side: each step asserts the exact diagnostics published. */
class LanguageServerTest {
    @TempDir
    Path workspace;

    private static final String JOBS_PY = "harbour_ops/jobs.py";
    private static final String SCHEDULES_PY = "harbour_ops/schedules.py";
    private static final String BERTH_JOB_UNTESTED =
            "TST002 Information 9:4-9:13 job 'berth_job' is registered but the code location has no tests";
    private static final String JOBS = """
            from dagster import job, op


            @op
            def count_containers():
                return 3


            @job
            def berth_job():
                count_containers()
            """;
    private static final String SCHEDULES = """
            from dagster import ScheduleDefinition

            from harbour_ops.jobs import berth_job

            berth_schedule = ScheduleDefinition(job=berth_job, cron_schedule="0 6 * * *")
            """;

    private void location() throws IOException {
        write("pyproject.toml", """
                [project]
                name = "harbour-ops"
                version = "0.1.0"
                dependencies = ["dagster==1.9.6"]
                """);
        write("harbour_ops/__init__.py", "");
        write("harbour_ops/jobs.py", JOBS);
        write("harbour_ops/schedules.py", SCHEDULES);
        write("harbour_ops/definitions.py", """
                from dagster import Definitions

                from harbour_ops.jobs import berth_job
                from harbour_ops.schedules import berth_schedule

                defs = Definitions(jobs=[berth_job], schedules=[berth_schedule])
                """);
    }

    private void write(String relative, String text) throws IOException {
        Path file = workspace.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private LanguageClientSession start() throws Exception {
        return new LanguageClientSession(workspace, new ServerCommand().setup());
    }

    @Test
    void anUnsavedEditInJobsMakesTheScheduleInSchedulesShowSch001AndUndoingItClearsIt() throws Exception {
        location();
        try (LanguageClientSession client = start()) {
            client.open(JOBS_PY, null);
            client.open(SCHEDULES_PY, null);
            assertEquals(List.of(BERTH_JOB_UNTESTED), client.awaitPublished(JOBS_PY, 0));
            assertEquals(List.of(), client.awaitPublished(SCHEDULES_PY, 0));

            int seen = client.publishCount(SCHEDULES_PY);
            client.replaceLines(JOBS_PY, 9, 10, "def berth_jobs():\n");
            assertEquals(List.of("SCH001 Error 4:40-4:49 schedule 'berth_schedule' targets job 'berth_job', which is"
                    + " imported from harbour_ops/jobs.py but not defined there"),
                    client.awaitPublished(SCHEDULES_PY, seen));
            assertEquals(List.of("DEF002 Information 9:4-9:14 job 'berth_jobs' is defined in harbour_ops/jobs.py but"
                    + " not registered in harbour_ops/definitions.py"), client.describeLatest(JOBS_PY));
            assertEquals("https://github.com/loclint/loclint/blob/main/docs/rules/SCH001.md",
                    client.latest(SCHEDULES_PY).get(0).getCodeDescription().getHref());
            assertEquals("loclint", client.latest(SCHEDULES_PY).get(0).getSource());
            // nothing was written: the file on disk still defines the job
            assertEquals(JOBS, Files.readString(workspace.resolve(JOBS_PY)));

            seen = client.publishCount(SCHEDULES_PY);
            client.replaceLines(JOBS_PY, 9, 10, "def berth_job():\n");
            assertEquals(List.of(), client.awaitPublished(SCHEDULES_PY, seen));
            assertEquals(List.of(BERTH_JOB_UNTESTED), client.describeLatest(JOBS_PY));
        }
    }
}
