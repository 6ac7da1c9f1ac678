package io.loclint.cli;

import io.loclint.cli.server.ServerSetup;
import io.loclint.engine.files.FileKind;
import io.loclint.engine.result.RuleMeta;
import io.loclint.engine.rule.Rule;
import io.loclint.engine.testing.Expectations;
import io.loclint.rules.Registry;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code loclint server} through lsp4j's own client side: each step asserts the exact diagnostics published. */
class LanguageServerTest {
    @TempDir
    Path workspace;

    private static final String JOBS_PY = "harbour_ops/jobs.py";
    private static final String SCHEDULES_PY = "harbour_ops/schedules.py";
    private static final String BERTH_JOB_UNTESTED =
            "TST002 Information 9:4-9:13 job 'berth_job' is registered but the code location has no tests";
    private static final String SCHEDULE_TARGET_MISSING = "SCH001 Error 4:40-4:49 schedule 'berth_schedule' targets"
            + " job 'berth_job', which is imported from harbour_ops/jobs.py but not defined there";
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

    private static Range range(int startLine, int startCharacter, int endLine, int endCharacter) {
        return new Range(new Position(startLine, startCharacter), new Position(endLine, endCharacter));
    }

    private LanguageClientSession start() throws Exception {
        return new LanguageClientSession(workspace, new ServerCommand().setup());
    }

    /** Opens jobs.py and schedules.py and renames the job in jobs.py, unsaved, until schedules.py shows SCH001. */
    private static void openBothAndRenameTheJob(LanguageClientSession client) throws Exception {
        client.open(JOBS_PY, null);
        client.open(SCHEDULES_PY, null);
        client.awaitPublished(SCHEDULES_PY, 0);
        int seen = client.publishCount(SCHEDULES_PY);
        client.replaceLines(JOBS_PY, 9, 10, "def berth_jobs():\n");
        assertEquals(List.of(SCHEDULE_TARGET_MISSING), client.awaitPublished(SCHEDULES_PY, seen));
    }

    /** The standard set-up with typing's pause set to {@code millis}. */
    private static ServerSetup withDebounce(long millis) {
        ServerSetup standard = new ServerCommand().setup();
        return new ServerSetup(standard.rules(), standard.configurations(), standard.explain(), null, false, millis);
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
            assertEquals(List.of(SCHEDULE_TARGET_MISSING), client.awaitPublished(SCHEDULES_PY, seen));
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

    @Test
    void aSavedEditStaysAfterTheFileClosesAndAnUnsavedOneGoesWithIt() throws Exception {
        location();
        try (LanguageClientSession client = start()) {
            openBothAndRenameTheJob(client);

            // closed unsaved: the file on disk counts again, and the closed file's diagnostics are cleared
            int jobsSeen = client.publishCount(JOBS_PY);
            int seen = client.publishCount(SCHEDULES_PY);
            client.close(JOBS_PY);
            assertEquals(List.of(), client.awaitPublished(JOBS_PY, jobsSeen));
            assertEquals(List.of(), client.awaitPublished(SCHEDULES_PY, seen));

            // the editor writes the file, then says so: the saved text stays after closing
            client.open(JOBS_PY, null);
            client.awaitPublished(SCHEDULES_PY, seen + 1);
            seen = client.publishCount(SCHEDULES_PY);
            client.replaceLines(JOBS_PY, 9, 10, "def berth_jobs():\n");
            assertEquals(List.of(SCHEDULE_TARGET_MISSING), client.awaitPublished(SCHEDULES_PY, seen));
            write(JOBS_PY, JOBS.replace("def berth_job():", "def berth_jobs():"));
            seen = client.publishCount(SCHEDULES_PY);
            client.save(JOBS_PY);
            client.close(JOBS_PY);
            assertEquals(List.of(SCHEDULE_TARGET_MISSING), client.awaitPublished(SCHEDULES_PY, seen));
        }
    }

    @Test
    void suppressingAFindingWritesTheCommentAndRemovingTheUnusedSuppressionTakesItOut() throws Exception {
        location();
        try (LanguageClientSession client = start()) {
            openBothAndRenameTheJob(client);

            List<CodeAction> actions = client.codeActions(SCHEDULES_PY, client.latest(SCHEDULES_PY).get(0));
            assertEquals(List.of("Suppress SCH001 on this line"), actions.stream().map(CodeAction::getTitle).toList());
            assertEquals("quickfix", actions.get(0).getKind());
            List<TextEdit> edits = actions.get(0).getEdit().getChanges().get(client.uri(SCHEDULES_PY));
            assertEquals(List.of(new TextEdit(range(4, 77, 4, 77), "  # loclint: ignore[SCH001]")), edits);
            int seen = client.publishCount(SCHEDULES_PY);
            client.apply(SCHEDULES_PY, edits);
            assertEquals(List.of(), client.awaitPublished(SCHEDULES_PY, seen));

            // the job back: the suppression now suppresses nothing
            seen = client.publishCount(SCHEDULES_PY);
            client.replaceLines(JOBS_PY, 9, 10, "def berth_job():\n");
            assertEquals(List.of("SUP001 Information 4:79-4:104 'loclint: ignore[SCH001]' suppresses nothing: no"
                    + " SCH001 finding on line 5"), client.awaitPublished(SCHEDULES_PY, seen));
            actions = client.codeActions(SCHEDULES_PY, client.latest(SCHEDULES_PY).get(0));
            assertEquals(List.of("Remove the unused suppression"),
                    actions.stream().map(CodeAction::getTitle).toList());
            edits = actions.get(0).getEdit().getChanges().get(client.uri(SCHEDULES_PY));
            assertEquals(List.of(new TextEdit(range(4, 77, 4, 104), "")), edits);
            seen = client.publishCount(SCHEDULES_PY);
            client.apply(SCHEDULES_PY, edits);
            assertEquals(List.of(), client.awaitPublished(SCHEDULES_PY, seen));
            assertEquals(SCHEDULES, Files.readString(workspace.resolve(SCHEDULES_PY)), "nothing written to disk");
        }
    }

    @Test
    void hoverOnADiagnosticShowsWhatExplainPrints() throws Exception {
        location();
        try (LanguageClientSession client = start()) {
            client.open(JOBS_PY, null);
            assertEquals(List.of(BERTH_JOB_UNTESTED), client.awaitPublished(JOBS_PY, 0));
            Hover hover = client.hover(JOBS_PY, 9, 6);
            assertEquals("markdown", hover.getContents().getRight().getKind());
            assertEquals(ExplainCommand.text(Registry.byCode("TST002")), hover.getContents().getRight().getValue());
            assertNull(client.hover(JOBS_PY, 4, 2), "no diagnostic there, no hover");
        }
    }

    @Test
    void aConfigurationChangeAndACreatedOrDeletedFileArePickedUpWithoutARestart() throws Exception {
        location();
        try (LanguageClientSession client = start()) {
            client.open(JOBS_PY, null);
            assertEquals(List.of(BERTH_JOB_UNTESTED), client.awaitPublished(JOBS_PY, 0));
            assertEquals(List.of("workspace/didChangeWatchedFiles"), client.registrations.stream()
                    .flatMap(r -> r.getRegistrations().stream()).map(r -> r.getMethod()).toList());

            int seen = client.publishCount(JOBS_PY);
            write("tests/test_jobs.py", """
                    from harbour_ops.jobs import berth_job


                    def test_berth_job():
                        assert berth_job.execute_in_process().success
                    """);
            client.watched("tests/test_jobs.py", FileChangeType.Created);
            assertEquals(List.of(), client.awaitPublished(JOBS_PY, seen));

            seen = client.publishCount(JOBS_PY);
            Files.delete(workspace.resolve("tests/test_jobs.py"));
            client.watched("tests/test_jobs.py", FileChangeType.Deleted);
            assertEquals(List.of(BERTH_JOB_UNTESTED), client.awaitPublished(JOBS_PY, seen));

            seen = client.publishCount(JOBS_PY);
            write("loclint.toml", "ignore = [\"TST002\"]\n");
            client.watched("loclint.toml", FileChangeType.Created);
            assertEquals(List.of(), client.awaitPublished(JOBS_PY, seen));

            seen = client.publishCount(JOBS_PY);
            write("loclint.toml", "[severity]\nTST002 = \"error\"\n");
            client.watched("loclint.toml", FileChangeType.Changed);
            assertEquals(List.of(BERTH_JOB_UNTESTED.replace("Information", "Error")),
                    client.awaitPublished(JOBS_PY, seen));
        }
    }

    @Test
    void aBaselinedFindingIsNotShown() throws Exception {
        location();
        write("harbour_ops/jobs.py", JOBS + "\n\n@job\ndef crane_job():\n    count_containers()\n");
        assertEquals(0, Main.run("baseline", "write", workspace.resolve("loclint-baseline.json").toString(),
                workspace.toString()));
        try (LanguageClientSession client = start()) {
            client.open(JOBS_PY, null);
            assertEquals(List.of(), client.awaitPublished(JOBS_PY, 0));
            int seen = client.publishCount(JOBS_PY);
            client.replaceLines(JOBS_PY, 9, 10, "def berth_jobs():\n");
            assertEquals(List.of("DEF002 Information 9:4-9:14 job 'berth_jobs' is defined in harbour_ops/jobs.py but"
                    + " not registered in harbour_ops/definitions.py"), client.awaitPublished(JOBS_PY, seen));
        }
    }

    /**
     * Python, TOML, YAML, a Helm template, a Dockerfile, requirements and env files: each fixture file is opened
     * with its text while the file on disk is empty, so every diagnostic comes from unsaved text; the diagnostics
     * of each are the findings its {@code # expect:} markers list, at their lines.
     */
    @Test
    void everyKindOfFileIsCheckedFromItsUnsavedText() throws Exception {
        Path fixture = Path.of(System.getProperty("loclint.root.dir"), "testdata/credentials");
        GitRepos.copyTree(fixture, workspace);
        Set<String> codes = Registry.metas().stream().map(RuleMeta::code).collect(Collectors.toSet());
        Map<String, List<String>> expected = new TreeMap<>();
        for (Expectations.Expected e : Expectations.read(fixture, codes).expected()) {
            expected.computeIfAbsent(e.path(), p -> new ArrayList<>()).add(e.line() + " " + e.code());
        }
        assertEquals(EnumSet.of(FileKind.PYTHON, FileKind.PYPROJECT, FileKind.TOML, FileKind.YAML,
                FileKind.HELM_TEMPLATE, FileKind.DOCKERFILE, FileKind.REQUIREMENTS, FileKind.DOTENV),
                expected.keySet().stream().map(FileKind::of).collect(Collectors.toCollection(
                        () -> EnumSet.noneOf(FileKind.class))), "the fixture has every kind");
        Map<String, String> texts = new TreeMap<>();
        for (String path : expected.keySet()) {
            texts.put(path, Files.readString(workspace.resolve(path), StandardCharsets.ISO_8859_1));
            write(path, "");
        }
        try (LanguageClientSession client = start()) {
            for (Map.Entry<String, String> file : texts.entrySet()) {
                client.open(file.getKey(), file.getValue());
            }
            Map<String, List<String>> published = new TreeMap<>();
            for (String path : expected.keySet()) {
                List<String> lines = new ArrayList<>();
                client.awaitPublished(path, 0);
                for (Diagnostic d : client.latest(path)) {
                    lines.add((d.getRange().getStart().getLine() + 1) + " " + d.getCode().getLeft());
                }
                Collections.sort(lines);
                published.put(path, lines);
            }
            expected.values().forEach(Collections::sort);
            assertEquals(expected, published);
        }
    }

    @Test
    void aMalformedMessageABrokenBinaryOrHugeFileAndARuleThatThrowsLeaveTheServerRunning() throws Exception {
        location();
        write("loclint.toml", "max-file-size = 2000\n");
        ServerSetup standard = new ServerCommand().setup();
        List<Rule> rules = new ArrayList<>(Registry.rules());
        rules.add(new DebugTest.AlwaysThrows());
        ServerSetup setup = new ServerSetup(rules, standard.configurations(), standard.explain(), null, false,
                standard.debounceMillis());
        try (LanguageClientSession client = new LanguageClientSession(workspace, setup)) {
            client.open(JOBS_PY, null);
            assertEquals(List.of(BERTH_JOB_UNTESTED), client.awaitPublished(JOBS_PY, 0));

            client.sendRaw("Content-Length: 9\r\n\r\n{not json".getBytes(StandardCharsets.UTF_8));
            client.sendRaw(("Content-Length: 2\r\n\r\n[]").getBytes(StandardCharsets.UTF_8));
            String wrongParams = "{\"jsonrpc\":\"2.0\",\"id\":77,\"method\":\"textDocument/hover\","
                    + "\"params\":{\"textDocument\":42}}";
            client.sendRaw(("Content-Length: " + wrongParams.length() + "\r\n\r\n" + wrongParams)
                    .getBytes(StandardCharsets.UTF_8));

            // the editor's text, not the files on disk, is what is checked
            for (String name : List.of("broken", "blob", "huge")) {
                write("harbour_ops/" + name + ".py", "");
            }
            client.open("harbour_ops/broken.py", "def broken(:\n    return\n");
            client.open("harbour_ops/blob.py", "x = 1\u0000\n");
            client.open("harbour_ops/huge.py", "x = 1\n".repeat(400));
            assertEquals(List.of("PAR001 Error 0:11-0:12 Python file could not be parsed: missing ')'"),
                    client.awaitPublished("harbour_ops/broken.py", 0));
            assertEquals(List.of("PAR001 Error 0:0-0:6 Python file could not be parsed: its content is binary"
                    + " (a NUL byte in the first 8 KB)"), client.awaitPublished("harbour_ops/blob.py", 0));
            assertEquals(List.of(), client.awaitPublished("harbour_ops/huge.py", 0));
            // still answering, with the same findings
            assertEquals(List.of(BERTH_JOB_UNTESTED), client.describeLatest(JOBS_PY));
            assertEquals(ExplainCommand.text(Registry.byCode("TST002")),
                    client.hover(JOBS_PY, 9, 6).getContents().getRight().getValue());
            List<String> log = client.log();
            assertTrue(log.contains("Error loclint: rule TST900 failed: IllegalStateException"), log.toString());
            assertTrue(log.contains("Info loclint: harbour_ops/huge.py: skipped: larger than the 2000-byte limit"),
                    log.toString());
            assertEquals(1, log.stream().filter(l -> l.contains("TST900")).count(), "logged once: " + log);
            assertTrue(log.contains("Error loclint: protocol: com.google.gson.stream.MalformedJsonException:"
                    + " Expected ':' at line 1 column 7 path $.not"), log.toString());
        }
    }

    /** Columns are UTF-16 code units on both sides: a ship emoji before the job is two of them, not one. */
    @Test
    void rangesCountUtf16CodeUnits() throws Exception {
        location();
        try (LanguageClientSession client = start()) {
            client.open(JOBS_PY, JOBS.replace("def berth_job():", "def berth_jobs():"));
            client.open(SCHEDULES_PY, SCHEDULES.replace("ScheduleDefinition(job=",
                    "ScheduleDefinition(description=\"\uD83D\uDEA2\", job="));
            assertEquals(List.of("SCH001 Error 4:58-4:67 schedule 'berth_schedule' targets job 'berth_job', which is"
                    + " imported from harbour_ops/jobs.py but not defined there"),
                    client.awaitPublished(SCHEDULES_PY, 0));
        }
    }

    /**
     * A file only the editor holds, never saved, takes part in its location's model from its unsaved text, as a
     * saved one would; closed without saving, it goes, and nothing was ever written.
     */
    @Test
    void aNewFileNeverSavedIsCheckedAndTakesPartInItsLocation() throws Exception {
        location();
        String newJobs = "harbour_ops/jobs2.py";
        String newSchedules = "harbour_ops/schedules2.py";
        String jobs = "from dagster import job\n\n\n@job\ndef crane_job():\n    pass\n";
        String schedules = "from dagster import ScheduleDefinition\n\nfrom harbour_ops.jobs2 import crane_job\n\n"
                + "crane_schedule = ScheduleDefinition(job=crane_job, cron_schedule=\"0 6 * * *\")\n";
        String definitions = "harbour_ops/definitions.py";
        try (LanguageClientSession client = start()) {
            client.open(newJobs, jobs);
            assertEquals(List.of("DEF002 Information 4:4-4:13 job 'crane_job' is defined in harbour_ops/jobs2.py but"
                    + " not registered in harbour_ops/definitions.py"), client.awaitPublished(newJobs, 0));
            client.open(newSchedules, schedules);
            assertEquals(List.of("SCH003 Warning 4:0-4:14 schedule 'crane_job_schedule' is defined in"
                    + " harbour_ops/schedules2.py but not registered in harbour_ops/definitions.py, so it never runs"),
                    client.awaitPublished(newSchedules, 0));

            // registered, unsaved too: both new files are part of the model the registration is checked against
            int seen = client.publishCount(newSchedules);
            int jobsSeen = client.publishCount(newJobs);
            client.open(definitions, """
                    from dagster import Definitions

                    from harbour_ops.jobs import berth_job
                    from harbour_ops.jobs2 import crane_job
                    from harbour_ops.schedules import berth_schedule
                    from harbour_ops.schedules2 import crane_schedule

                    defs = Definitions(jobs=[berth_job, crane_job], schedules=[berth_schedule, crane_schedule])
                    """);
            assertEquals(List.of(), client.awaitPublished(newSchedules, seen));
            assertEquals(List.of("TST002 Information 4:4-4:13 job 'crane_job' is registered but the code location has"
                    + " no tests"), client.awaitPublished(newJobs, jobsSeen));
            assertEquals(List.of(), client.awaitPublished(definitions, 0));

            seen = client.publishCount(newSchedules);
            client.replaceLines(newJobs, 4, 5, "def crane_jobs():\n");
            assertEquals(List.of("SCH001 Error 4:40-4:49 schedule 'crane_schedule' targets job 'crane_job', which is"
                    + " imported from harbour_ops/jobs2.py but not defined there"),
                    client.awaitPublished(newSchedules, seen));
            seen = client.publishCount(newSchedules);
            client.replaceLines(newJobs, 4, 5, "def crane_job():\n");
            assertEquals(List.of(), client.awaitPublished(newSchedules, seen));

            // closed without saving: its diagnostics are cleared and the module is gone for the files beside it
            seen = client.publishCount(newSchedules);
            jobsSeen = client.publishCount(newJobs);
            int definitionsSeen = client.publishCount(definitions);
            client.close(newJobs);
            assertEquals(List.of(), client.awaitPublished(newJobs, jobsSeen));
            assertEquals(List.of("SCH001 Error 4:40-4:49 schedule 'crane_schedule' targets job 'crane_job', which is"
                    + " imported from harbour_ops/__init__.py but not defined there"),
                    client.awaitPublished(newSchedules, seen));
            assertEquals(List.of("DEF001 Error 7:36-7:45 the entry point registers 'crane_job' in jobs=, which is"
                    + " imported from harbour_ops/__init__.py but not defined there"),
                    client.awaitPublished(definitions, definitionsSeen));
            assertEquals(List.of(false, false), List.of(Files.exists(workspace.resolve(newJobs)),
                    Files.exists(workspace.resolve(newSchedules))), "nothing written");
        }
    }

    /**
     * Each workspace folder is checked as its own root, with its own configuration; a document goes to the innermost
     * folder holding it, also after folders are added or removed.
     */
    @Test
    void everyWorkspaceFolderIsCheckedAsItsOwnRootWithItsOwnConfiguration() throws Exception {
        location();
        for (String file : List.of("pyproject.toml", "harbour_ops/__init__.py", JOBS_PY, SCHEDULES_PY,
                "harbour_ops/definitions.py")) {
            write("b/" + file, Files.readString(workspace.resolve(file)));
        }
        write("loclint.toml", "[severity]\nTST002 = \"error\"\n");
        write("b/loclint.toml", "ignore = [\"TST002\"]\n");
        ServerSetup setup = new ServerCommand().setup();
        try (LanguageClientSession client = new LanguageClientSession(workspace, setup, List.of(".", "b"))) {
            client.open(JOBS_PY, null);
            client.open("b/" + JOBS_PY, null);
            client.open("b/" + SCHEDULES_PY, null);
            // the outer folder's configuration makes TST002 an error; the inner folder's own ignores it
            assertEquals(List.of(BERTH_JOB_UNTESTED.replace("Information", "Error")),
                    client.awaitPublished(JOBS_PY, 0));
            assertEquals(List.of(), client.awaitPublished("b/" + JOBS_PY, 0));
            assertEquals(List.of(), client.awaitPublished("b/" + SCHEDULES_PY, 0));

            // the inner folder's own model, its paths relative to it
            int seen = client.publishCount("b/" + SCHEDULES_PY);
            client.replaceLines("b/" + JOBS_PY, 9, 10, "def berth_jobs():\n");
            assertEquals(List.of(SCHEDULE_TARGET_MISSING), client.awaitPublished("b/" + SCHEDULES_PY, seen));
            assertEquals(List.of("DEF002 Information 9:4-9:14 job 'berth_jobs' is defined in harbour_ops/jobs.py but"
                    + " not registered in harbour_ops/definitions.py"), client.describeLatest("b/" + JOBS_PY));
            assertEquals(List.of(), client.log());

            // folder b removed: its files are the outer folder's, their paths relative to it; added back, its own
            int jobsSeen = client.publishCount("b/" + JOBS_PY);
            client.changeFolders(List.of(), List.of("b"));
            assertEquals(List.of("DEF002 Information 9:4-9:14 job 'berth_jobs' is defined in b/harbour_ops/jobs.py but"
                    + " not registered in b/harbour_ops/definitions.py"),
                    client.awaitPublished("b/" + JOBS_PY, jobsSeen));
            jobsSeen = client.publishCount("b/" + JOBS_PY);
            client.changeFolders(List.of("b"), List.of());
            assertEquals(List.of("DEF002 Information 9:4-9:14 job 'berth_jobs' is defined in harbour_ops/jobs.py but"
                    + " not registered in harbour_ops/definitions.py"),
                    client.awaitPublished("b/" + JOBS_PY, jobsSeen));
            // in no folder: no longer checked, its diagnostics cleared
            jobsSeen = client.publishCount("b/" + JOBS_PY);
            client.changeFolders(List.of(), List.of(".", "b"));
            assertEquals(List.of(), client.awaitPublished("b/" + JOBS_PY, jobsSeen));
        }
    }

    /** Edits in a burst make one check, of the last text; a long pause keeps the burst together on a loaded machine. */
    @Test
    void aBurstOfEditsMakesOneCheckOfTheLastText() throws Exception {
        location();
        ServerSetup slow = withDebounce(2_000);
        try (LanguageClientSession client = new LanguageClientSession(workspace, slow)) {
            client.open(JOBS_PY, null);
            assertEquals(List.of(BERTH_JOB_UNTESTED), client.awaitPublished(JOBS_PY, 0));
            int seen = client.publishCount(JOBS_PY);
            for (String name : List.of("b", "be", "ber", "bert", "berth_jobs")) {
                client.replaceLines(JOBS_PY, 9, 10, "def " + name + "():\n");
            }
            assertEquals(List.of("DEF002 Information 9:4-9:14 job 'berth_jobs' is defined in harbour_ops/jobs.py but"
                    + " not registered in harbour_ops/definitions.py"), client.awaitPublished(JOBS_PY, seen));
            Thread.sleep(3_000);
            assertEquals(seen + 1, client.publishCount(JOBS_PY), "one check for the burst");
        }
    }

    /**
     * A finding's quick fix edits the text it was found in: once the editor's text has changed, the findings shown
     * offer nothing until the run of the new text publishes findings that fit it. A long pause keeps that run back
     * while the editor asks.
     */
    @Test
    void aDiagnosticOfATextChangedSinceOffersNoQuickFix() throws Exception {
        location();
        ServerSetup slow = withDebounce(3_000);
        try (LanguageClientSession client = new LanguageClientSession(workspace, slow)) {
            client.open(JOBS_PY, null);
            assertEquals(List.of(BERTH_JOB_UNTESTED), client.awaitPublished(JOBS_PY, 0));
            Diagnostic untested = client.latest(JOBS_PY).get(0);
            assertEquals(List.of("Suppress TST002 on this line"),
                    client.codeActions(JOBS_PY, untested).stream().map(CodeAction::getTitle).toList());

            int seen = client.publishCount(JOBS_PY);
            client.replaceLines(JOBS_PY, 0, 0, "\n");
            assertEquals(List.of(), client.codeActions(JOBS_PY, untested), "the finding's line has moved");

            assertEquals(List.of(BERTH_JOB_UNTESTED.replace("9:4-9:13", "10:4-10:13")),
                    client.awaitPublished(JOBS_PY, seen));
            List<CodeAction> actions = client.codeActions(JOBS_PY, client.latest(JOBS_PY).get(0));
            assertEquals(List.of(new TextEdit(range(10, 16, 10, 16), "  # loclint: ignore[TST002]")),
                    actions.get(0).getEdit().getChanges().get(client.uri(JOBS_PY)));
        }
    }

    @Test
    void aBrokenConfigurationIsLoggedAndTheLastGoodOneStaysInUse() throws Exception {
        location();
        write("loclint.toml", "ignore = [\"TST002\"]\n");
        try (LanguageClientSession client = start()) {
            client.open(JOBS_PY, null);
            assertEquals(List.of(), client.awaitPublished(JOBS_PY, 0));
            int seen = client.publishCount(JOBS_PY);
            write("loclint.toml", "ignore = [\"NOPE999\"]\n");
            client.watched("loclint.toml", FileChangeType.Changed);
            assertEquals(List.of(), client.awaitPublished(JOBS_PY, seen));
            assertEquals(List.of("Error loclint: " + workspace.resolve("loclint.toml") + ": ignore has 'NOPE999', which is"
                    + " not a rule code or prefix (e.g. \"DEF\", \"NAM001\", \"ALL\")"), client.log());
        }
    }

    @Test
    void aDebounceOutOfRangeIsAUsageError() {
        assertEquals(2, Main.run("server", "--debounce", "-1"));
    }
}
