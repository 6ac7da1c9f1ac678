package io.loclint.cli;

import io.loclint.rules.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code check --fix}, {@code --diff} and {@code --add-suppressions}, run on copies of fixture trees. */
class SourceChangesTest {
    private static final String SUPPRESSIONS_DIFF = """
            --- a/deploy/values.yaml
            +++ b/deploy/values.yaml
            @@ -1,5 +1,5 @@
            -# loclint: ignore[PAR001]  # expect: SUP001
            +# expect: SUP001
             # loclint: ignore[]  # expect: SUP001
             image:
               repository: gitea.example.org/simpl/suppression-examples
            -  tag: "1.0.0"  # loclint: ignore[IMG001]  # expect: SUP001
            +  tag: "1.0.0"  # expect: SUP001
            --- a/suppression_examples/jobs.py
            +++ b/suppression_examples/jobs.py
            @@ -18,12 +18,12 @@
            \s
            \s
             @job
            -def rows_job():  # loclint: ignore[NAM001, TST002]  # expect: SUP001
            +def rows_job():  # loclint: ignore[TST002]  # expect: SUP001
                 fetch_rows()
                 LegacyStep()
            \s
            \s
            -@op  # loclint: ignore[DEF003, XYZ999]  # expect: SUP001, SUP001
            +@op  # expect: SUP001, SUP001
             def unused_step():  # expect: DEF003
                 return []
            \s
            """;

    @TempDir
    Path tmp;

    @Test
    void diffShowsTheSafeFixesWritesNothingAndExitsOne() {
        Path tree = copy("suppressions");
        assertEquals(new CliTest.Run(1, SUPPRESSIONS_DIFF, "loclint: would fix 5 findings in 2 files\n"),
                CliTest.run("check", "--diff", tree.toString()));
        assertEquals(contents(Path.of(CliTest.fixture("suppressions"))), contents(tree));
    }

    @Test
    void fixRemovesUnusedSuppressionsAndReportsWhatIsLeft() throws IOException {
        Path tree = copy("suppressions");
        Path fixture = Path.of(CliTest.fixture("suppressions"));
        assertEquals(new CliTest.Run(0, line(3, "SUP001") + line(1, "DEF003"),
                        "loclint: fixed 5 findings in 2 files\n"),
                CliTest.run("check", "--fix", "--statistics", tree.toString()));
        assertEquals("""
                # expect: SUP001
                # loclint: ignore[]  # expect: SUP001
                image:
                  repository: gitea.example.org/simpl/suppression-examples
                  tag: "1.0.0"  # expect: SUP001
                """, Files.readString(tree.resolve("deploy/values.yaml")));
        assertEquals(Files.readString(fixture.resolve("suppression_examples/jobs.py"))
                        .replace("# loclint: ignore[NAM001, TST002]", "# loclint: ignore[TST002]")
                        .replace("@op  # loclint: ignore[DEF003, XYZ999]  # expect", "@op  # expect"),
                Files.readString(tree.resolve("suppression_examples/jobs.py")));
        assertEquals(new CliTest.Run(0, "", "loclint: would fix 0 findings in 0 files\n"),
                CliTest.run("check", "--diff", tree.toString()));
    }

    @Test
    void fixChangesOnlyThePathsGiven() throws IOException {
        Path tree = copy("suppressions");
        Path fixture = Path.of(CliTest.fixture("suppressions"));
        assertEquals(new CliTest.Run(0, line(1, "DEF003") + line(1, "SUP001"),
                        "loclint: fixed 3 findings in 1 file\n"),
                CliTest.run("check", "--fix", "--statistics",
                        tree.resolve("suppression_examples/jobs.py").toString()));
        assertEquals(Files.readString(fixture.resolve("deploy/values.yaml")),
                Files.readString(tree.resolve("deploy/values.yaml")));
    }

    @Test
    void aFileThatIsNotUtf8IsLeftAsItIs() throws IOException {
        Path tree = copy("suppressions");
        byte[] latin1 = "# -*- coding: latin-1 -*-\nCAFE = \"caf\u00e9\"  # loclint: ignore[NAM001]\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(tree.resolve("suppression_examples/legacy.py"), latin1);
        assertEquals(new CliTest.Run(0, line(4, "SUP001") + line(1, "DEF003"),
                        "loclint: left as it is: suppression_examples/legacy.py is not a UTF-8 file loclint can"
                                + " edit\nloclint: fixed 5 findings in 2 files\n"),
                CliTest.run("check", "--fix", "--statistics", tree.toString()));
        assertEquals(new String(latin1, StandardCharsets.ISO_8859_1),
                Files.readString(tree.resolve("suppression_examples/legacy.py"), StandardCharsets.ISO_8859_1));
    }

    @Test
    void addSuppressionsWritesOneCommentPerLineAndSaysWhereNoneCanGo() throws IOException {
        Path tree = copy("credentials");
        Path fixture = Path.of(CliTest.fixture("credentials"));
        assertEquals(new CliTest.Run(0, "", """
                        loclint: not suppressed: config/warehouse.toml:14 SEC002: a comment at the end of line 14 would\
                         change what the file says (it would be inside a string, a value or a continued line)
                        loclint: not suppressed: tests/test_resources.py:6 SEC001: a comment at the end of line 6 would\
                         change what the file says (it would be inside a string, a value or a continued line)
                        loclint: added 89 suppressions in 22 files
                        """),
                CliTest.run("check", "--add-suppressions", tree.toString()));
        assertEquals(Files.readString(fixture.resolve(".env"))
                        .replace("DB_PASSWORD=", "# loclint: ignore[SEC002]\nDB_PASSWORD=")
                        .replace("export SLACK", "# loclint: ignore[SEC002]\nexport SLACK")
                        .replace("WAREHOUSE_URL=", "# loclint: ignore[SEC002]\nWAREHOUSE_URL="),
                Files.readString(tree.resolve(".env")));
        assertEquals(new CliTest.Run(1, line(1, "SEC001") + line(1, "SEC002"), ""),
                CliTest.run("check", "--statistics", tree.toString()));
    }

    @Test
    void addSuppressionsGoAboveDockerfileInstructionsAndAtTheEndOfYamlAndTemplateLines() throws IOException {
        Path tree = copy("images");
        Path fixture = Path.of(CliTest.fixture("images"));
        assertEquals(new CliTest.Run(0, "", "loclint: added 18 suppressions in 8 files\n"),
                CliTest.run("check", "--add-suppressions", tree.toString()));
        assertEquals(Files.readString(fixture.resolve("image-policy/Dockerfile"))
                        .replace("ARG PY_IMAGE", "# loclint: ignore[IMG001]\nARG PY_IMAGE")
                        .replace("FROM python:latest", "# loclint: ignore[IMG001]\nFROM python:latest")
                        .replace("FROM python AS", "# loclint: ignore[IMG002]\nFROM python AS")
                        .replace("COPY --from=nginx", "# loclint: ignore[IMG001]\nCOPY --from=nginx"),
                Files.readString(tree.resolve("image-policy/Dockerfile")));
        assertEquals(Files.readString(fixture.resolve("image-policy/deploy/chart/templates/deployment.yaml"))
                        // a marker may quote the message: the suppression goes after it, naming the marker's code
                        .replaceAll("(# expect: (IMG00[13])[^\n]*)\n", "$1  # loclint: ignore[$2]\n"),
                Files.readString(tree.resolve("image-policy/deploy/chart/templates/deployment.yaml")));
        assertEquals(new CliTest.Run(0, "", ""), CliTest.run("check", "--statistics", tree.toString()));
    }

    @Test
    void addSuppressionsChangesOnlyThePathsGiven() throws IOException {
        Path tree = copy("images");
        Path fixture = Path.of(CliTest.fixture("images"));
        assertEquals(new CliTest.Run(0, "", "loclint: added 8 suppressions in 4 files\n"),
                CliTest.run("check", "--add-suppressions", tree.resolve("image-policy/deploy/chart").toString()));
        assertEquals(Files.readString(fixture.resolve("image-policy/Dockerfile")),
                Files.readString(tree.resolve("image-policy/Dockerfile")));
        assertEquals(Files.readString(fixture.resolve("image-policy/deploy/k8s/manifests.yaml")),
                Files.readString(tree.resolve("image-policy/deploy/k8s/manifests.yaml")));
    }

    @Test
    void changingTheTreeIsRefusedWithRevAndOneChangeAtATime() {
        assertEquals(new CliTest.Run(2, "", "loclint: --rev checks a commit's tree, which cannot be changed; --fix,"
                        + " --diff and --add-suppressions change the work tree: leave out --rev\n"),
                CliTest.run("check", "--fix", "--rev", "HEAD", CliTest.fixture("suppressions")));
        assertEquals(new CliTest.Run(2, "", "loclint: --add-suppressions cannot be combined with --fix or --diff;"
                        + " run them one after the other\n"),
                CliTest.run("check", "--add-suppressions", "--diff", CliTest.fixture("suppressions")));
    }

    private Path copy(String fixture) {
        Path to = tmp.resolve(fixture);
        GitRepos.copyTree(Path.of(CliTest.fixture(fixture)), to);
        return to;
    }

    /** Every file under the folder by relative path, with its text. */
    private static Map<String, String> contents(Path folder) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.put(folder.relativize(file).toString(), Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String line(int count, String code) {
        return count + "  " + String.format("%-7s", code) + " " + Registry.byCode(code).info().name() + "\n";
    }
}
