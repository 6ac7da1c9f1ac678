package io.loclint.engine;

import io.loclint.engine.result.ToolNotification;

import io.loclint.engine.config.LoclintConfig;
import io.loclint.engine.files.FileKind;
import io.loclint.engine.files.SourceFile;
import io.loclint.engine.files.ParsedFile;
import io.loclint.grammar.ParseProblem;
import io.loclint.grammar.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ParallelParserTest {
    @TempDir
    Path dir;

    private SourceFile file(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, text);
        return new SourceFile(name, path, FileKind.of(name), Files.size(path));
    }

    /** The budget is generous so that a loaded machine parsing the other files never trips it. */
    @Test
    void aFileOverItsBudgetIsSkippedWithANoteAndTheRestStillParse() throws IOException {
        List<SourceFile> files = List.of(file("a.py", "x = 1\n"), file("slow.py", "y = 2\n"),
                file("c.yaml", "k: v\n"), file("d.py", "z = 3\n"));
        FileParser parser = new FileParser(LoclintConfig.DEFAULT_MAX_FILE_BYTES);
        java.util.function.Function<SourceFile, FileParser.Outcome> slowOnOne = source -> {
            if (source.path().equals("slow.py")) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return parser.parse(source);
        };
        List<ToolNotification> notes = new ArrayList<>();
        ParallelParser.Session session = new ParallelParser(slowOnOne, 3_000).open();
        files.forEach(session::submit);
        List<ParsedFile> parsed = session.finish(files, notes);
        // a file over its budget could not be analysed: a parse problem (PAR001), not a note the run passes with
        assertEquals(List.of("a.py", "slow.py", "c.yaml", "d.py"), parsed.stream().map(ParsedFile::path).toList());
        assertEquals(List.of(new ParseProblem(Span.point(1, 1), "parsing took longer than 3000 ms")),
                parsed.get(1).problems());
        assertEquals(List.of(), notes);
    }

    /** finish takes the files the walk found but did not hand over, as when discovery throws part way. */
    @Test
    void filesOverTheSizeLimitAreSkippedWithANote() throws IOException {
        List<ToolNotification> notes = new ArrayList<>();
        List<ParsedFile> parsed = new ParallelParser(new FileParser(10)::parse, 10_000).open()
                .finish(List.of(file("big.py", "x = 'more than ten bytes'\n"), file("ok.py", "x=1\n")), notes);
        assertEquals(List.of("ok.py"), parsed.stream().map(ParsedFile::path).toList());
        assertEquals("file-too-large", notes.get(0).id());
    }

    /** Out of memory fails the run: as a file's PAR001 the run would read as a wrong file, or pass. */
    @Test
    void runningOutOfMemoryOnAFileIsNotThatFilesProblem() throws IOException {
        List<SourceFile> files = List.of(file("a.py", "x = 1\n"), file("b.py", "y = 2\n"));
        FileParser parser = new FileParser(LoclintConfig.DEFAULT_MAX_FILE_BYTES);
        OutOfMemoryError exhausted = new OutOfMemoryError("Java heap space");
        ParallelParser.Session session = new ParallelParser(source -> {
            if (source.path().equals("b.py")) {
                throw exhausted;
            }
            return parser.parse(source);
        }, 10_000).open();
        assertEquals(exhausted, assertThrows(OutOfMemoryError.class, () -> session.finish(files, new ArrayList<>())));
    }

    /** A stack overflow is one file's nesting on one thread: that file could not be analysed, the run goes on. */
    @Test
    void aStackOverflowStaysTheFilesProblem() throws IOException {
        List<SourceFile> files = List.of(file("a.py", "x = 1\n"));
        List<ParsedFile> parsed = new ParallelParser(source -> {
            throw new StackOverflowError();
        }, 10_000).open().finish(files, new ArrayList<>());
        assertEquals(List.of(new ParseProblem(Span.point(1, 1), "the parser failed (StackOverflowError)")),
                parsed.get(0).problems());
    }

    /**
     * The thread of a parse over its budget is interrupted and must come free, not parse on for nobody. The parse
     * here never ends by itself (the YAML front-end, over and over), so only the interrupt can stop it.
     */
    @Test
    void theThreadOfAParseOverItsBudgetStops() throws Exception {
        List<SourceFile> files = List.of(file("endless.yaml", "- {name: a, value: 1}\n".repeat(10_000)));
        AtomicReference<Thread> worker = new AtomicReference<>();
        String text = Files.readString(dir.resolve("endless.yaml"));
        List<ParsedFile> parsed = new ParallelParser(source -> {
            worker.set(Thread.currentThread());
            while (true) {
                FileParser.frontEnd(source, text);
            }
        }, 200).open().finish(files, new ArrayList<>());
        assertEquals(List.of(new ParseProblem(Span.point(1, 1), "parsing took longer than 200 ms")),
                parsed.get(0).problems());
        worker.get().join(10_000);
        assertFalse(worker.get().isAlive(), "the timed-out parse still runs");
    }
}
