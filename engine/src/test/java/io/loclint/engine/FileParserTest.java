package io.loclint.engine;

import io.loclint.engine.config.LoclintConfig;
import io.loclint.engine.files.FileKind;
import io.loclint.engine.files.ParsedFile;
import io.loclint.engine.files.SourceFile;
import io.loclint.engine.result.ToolNotification;
import io.loclint.grammar.ParseProblem;
import io.loclint.grammar.Span;
import io.loclint.grammar.yaml.YamlFrontEnd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What discovery saw is not what is read when the tree changes in between: the read itself refuses. */
class FileParserTest {
    @TempDir
    Path dir;

    @Test
    void aFileSwappedForALinkAfterDiscoveryIsNotRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("outside.py"), "PASSWORD = 'not-for-loclint-to-read'\n");
        Path checked = Files.createDirectory(dir.resolve("loc"));
        Path file = Files.writeString(checked.resolve("settings.py"), "DEBUG = True\n");
        SourceFile discovered = new SourceFile("settings.py", file, FileKind.PYTHON, Files.size(file));
        FileParser parser = new FileParser(1024);
        assertEquals("DEBUG = True\n", parser.parse(discovered).file().text(), "the regular file itself is read");

        Files.delete(file);
        Files.createSymbolicLink(file, secret);

        assertEquals(new FileParser.Outcome(null, new ToolNotification("symbolic-link", "warning",
                "skipped: a symbolic link is never followed", "settings.py")), parser.parse(discovered));
    }

    @Test
    void aFileThatGrewPastTheLimitAfterDiscoveryIsNotRead() throws IOException {
        Path file = Files.writeString(dir.resolve("grown.py"), "x = 1\n");
        SourceFile discovered = new SourceFile("grown.py", file, FileKind.PYTHON, Files.size(file));
        Files.writeString(file, "x = 1\n" + "y = 2\n".repeat(100));

        assertEquals(new FileParser.Outcome(null, new ToolNotification("file-too-large", "note",
                "skipped: larger than the 64-byte limit", "grown.py")), new FileParser(64).parse(discovered));
    }

    @Test
    void aFileIsReadWholeWhateverItsLength() throws IOException {
        for (int length : new int[] {0, 1, 8191, 8192, 8193, 100_000}) {
            byte[] content = new byte[length];
            Arrays.fill(content, (byte) 'x');
            Path file = Files.write(dir.resolve("f" + length), content);
            assertArrayEquals(content, FileParser.readBounded(file, 1_000_000), length + " bytes");
            assertEquals(Math.min(length, 5000), FileParser.readBounded(file, 5000).length, length + " bytes");
        }
    }

    /** A pipe reports no length: what it holds is read up to the limit all the same. */
    @Test
    void aSourceWithoutALengthIsReadUpToTheLimit() throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
        byte[] content = new byte[20_000];
        Arrays.fill(content, (byte) 'y');
        for (int limit : new int[] {100_000, 10_000}) {
            Thread writer = new Thread(() -> {
                try {
                    Files.write(fifo, content);
                } catch (IOException e) {
                    // the reader stopped at its limit and closed the pipe
                }
            });
            writer.start();
            assertArrayEquals(Arrays.copyOf(content, Math.min(limit, content.length)),
                    FileParser.readBounded(fifo, limit), "limit " + limit);
            writer.join();
        }
    }

    /** An editor hands over decoded text: a Latin-1 coding cookie must not decode it a second time. */
    @Test
    void unsavedTextIsReadAsTheEditorDecodedIt() throws IOException {
        String text = "# -*- coding: latin-1 -*-\nname = \"caf\u00e9\"\n";
        Path file = Files.write(dir.resolve("cafe.py"), text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        SourceFile source = new SourceFile("cafe.py", file, FileKind.PYTHON, Files.size(file));
        FileParser parser = new FileParser(LoclintConfig.DEFAULT_MAX_FILE_BYTES);
        assertEquals(text, parser.parse(source).file().text(), "the file on disk, by its cookie");
        assertEquals(text, parser.parseUnsaved(source, text).file().text(), "the editor's text, as it is");
    }

    private ParsedFile parse(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
        SourceFile source = new SourceFile(name, path, FileKind.of(name), Files.size(path));
        return new FileParser(LoclintConfig.DEFAULT_MAX_FILE_BYTES).parse(source).file();
    }

    /** A Jinja values file that does not parse as YAML is no error, but one too large to analyse is refused. */
    @Test
    void aJinjaValuesFileOverTheNodeCapIsRefusedLikeAnyYaml() throws IOException {
        assertEquals(List.of(), parse("values.yaml.j2", "name: {% if x %}a{% endif %}\n").problems());
        ParsedFile tooLarge = parse("values.yaml.j2", "- a\n".repeat(250_000));
        assertEquals(List.of(new ParseProblem(Span.point(200_000, 3), YamlFrontEnd.TOO_LARGE)), tooLarge.problems());
        assertEquals(null, tooLarge.yaml());
    }

    /** YAML that another tool renders first is no parse error; the same text elsewhere is. */
    @Test
    void templatesOfCookiecutterAndTerraformAreNoParseError() throws IOException {
        String compose = "services:\n  {{cookiecutter.project_name}}_db:\n    image: postgres:16.4\n";
        assertEquals(1, parse("docker-compose.yml", compose).problems().size());
        assertEquals(List.of(), parse("{{cookiecutter.project_name}}/docker-compose.yml", compose).problems());

        String directive = "auth:\n  %{ if external_db }\n  host: ${db_host}\n  %{ endif }\n";
        assertEquals(1, parse("plain.yaml", directive.replace("%{", "%")).problems().size());
        assertEquals(List.of(), parse("db.yaml", directive).problems());

        String splice = "emails:\n  list: |-\n${email_list}\n";
        assertEquals(1, parse("plain-list.yaml", splice.replace("${email_list}", "email_list")).problems().size());
        assertEquals(List.of(), parse("proxy.yaml", splice).problems());
    }
}
