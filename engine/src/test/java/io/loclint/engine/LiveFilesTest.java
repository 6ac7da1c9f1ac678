package io.loclint.engine;

import io.loclint.engine.files.FileKind;
import io.loclint.engine.files.ParsedFile;
import io.loclint.engine.result.Severity;
import io.loclint.engine.rule.ElementRule;
import io.loclint.engine.rule.RuleContext;
import io.loclint.engine.rule.RuleInfo;
import io.loclint.grammar.Span;
import io.loclint.engine.files.SourceFile;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.ToolNotification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A parse is reused until its file's text changes; an editor's unsaved text is read in place of the disk. */
class LiveFilesTest {
    @TempDir
    Path dir;

    private final FileParser parser = new FileParser(1024);

    private SourceFile source(Path file) throws IOException {
        return new SourceFile(dir.relativize(file).toString(), file, FileKind.PYTHON, Files.size(file));
    }

    @Test
    void aParseIsReusedUntilTheFileChangesOnDiskOrIsForgotten() throws IOException {
        Path file = Files.writeString(dir.resolve("jobs.py"), "x = 1\n");
        LiveFiles live = new LiveFiles();
        FileParser.Outcome first = live.parse(source(file), parser);
        assertSame(first, live.parse(source(file), parser));

        Files.writeString(file, "x = 22\n");
        FileParser.Outcome changed = live.parse(source(file), parser);
        assertEquals("x = 22\n", changed.file().text());
        assertSame(changed, live.parse(source(file), parser));

        // the same size at the same time (a clock too coarse to tell): only the watcher's word makes it read again
        FileTime time = Files.getLastModifiedTime(file);
        Files.writeString(file, "x = 33\n");
        Files.setLastModifiedTime(file, time);
        assertSame(changed, live.parse(source(file), parser));
        live.forget(file);
        assertEquals("x = 33\n", live.parse(source(file), parser).file().text());
        assertEquals(1, live.size(), "one parse kept per file");
    }

    @Test
    void unsavedTextIsReadInPlaceOfTheDiskUntilDropped() throws IOException {
        Path file = Files.writeString(dir.resolve("jobs.py"), "x = 1\n");
        LiveFiles live = new LiveFiles();
        live.setUnsaved(file, "y = 2\n");
        FileParser.Outcome unsaved = live.parse(source(file), parser);
        assertEquals("y = 2\n", unsaved.file().text());
        assertSame(unsaved, live.parse(source(file), parser));
        live.setUnsaved(file, "y = 3\n");
        assertEquals("y = 3\n", live.parse(source(file), parser).file().text());
        live.dropUnsaved(file);
        assertEquals("x = 1\n", live.parse(source(file), parser).file().text());
    }

    @Test
    void unsavedTextGoesThroughTheSameChecksAsTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("jobs.py"), "x = 1\n");
        LiveFiles live = new LiveFiles();
        live.setUnsaved(file, "x = 1\n".repeat(200));
        assertEquals(new FileParser.Outcome(null, new ToolNotification("file-too-large", "note",
                "skipped: larger than the 1024-byte limit", "jobs.py")), live.parse(source(file), parser));
        live.setUnsaved(file, "x = '\u0000'\n");
        assertEquals(List.of("its content is binary (a NUL byte in the first 8 KB)"),
                live.parse(source(file), parser).file().problems().stream().map(p -> p.message()).toList());
    }

    @RuleInfo(code = "TST901", name = "echo-text", severity = Severity.NOTE, guide = "0",
            summary = "Reports each file's text.", tags = "test")
    static final class EchoText implements ElementRule<ParsedFile> {
        @Override
        public Class<ParsedFile> elementType() {
            return ParsedFile.class;
        }

        @Override
        public void check(ParsedFile file, RuleContext context) {
            context.report(file.path(), Span.point(1, 1), file.text(), file.path(), null);
        }
    }

    @Test
    void aLinterReadsTheUnsavedTextAndRecordsWhichFilesARunRead() throws IOException {
        Path file = Files.writeString(dir.resolve("settings.py"), "x = 1\n");
        LiveFiles live = new LiveFiles();
        live.setUnsaved(file, "x = 2\n");
        Linter linter = new Linter(List.of(new EchoText()), List.of(), "test").withLiveFiles(live);
        live.mark();
        List<Finding> findings = linter.run(dir, List.of(dir)).findings();
        assertEquals(List.of("settings.py: x = 2\n"), findings.stream().map(f -> f.path() + ": " + f.message())
                .toList());
        assertEquals(Set.of("settings.py"), live.readSinceMark());
    }
}
