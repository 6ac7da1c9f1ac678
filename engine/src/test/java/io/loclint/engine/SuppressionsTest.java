package io.loclint.engine;

import io.loclint.engine.files.FileKind;
import io.loclint.engine.files.ParsedFile;
import io.loclint.engine.files.SourceFile;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.Severity;
import io.loclint.engine.result.Suppression;
import io.loclint.engine.result.UnusedSuppression;
import io.loclint.grammar.Span;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The suppression comment in every kind of file, and one that names no code. */
class SuppressionsTest {
    @Test
    void aCommentEndingALineOrAloneAboveItSuppressesInEveryKind() {
        assertEquals(List.of(
                        new Suppression("jobs.py", 1, List.of("NAM001"), new Span(1, 8, 1, 33)),
                        new Suppression("jobs.py", 3, List.of("DEF003", "NAM002"), new Span(2, 1, 2, 33))),
                suppressions("jobs.py", FileKind.PYTHON,
                        "x = 1  # loclint: ignore[nam001]  # why\n# loclint: ignore[DEF003,NAM002]\ndef f(): pass\n"));
        assertEquals(List.of(
                        new Suppression("Dockerfile", 2, List.of("IMG001"), new Span(1, 1, 1, 26)),
                        new Suppression("Dockerfile", 3, List.of("SEC002"), new Span(3, 18, 3, 43))),
                suppressions("Dockerfile", FileKind.DOCKERFILE,
                        "# loclint: ignore[IMG001]\nFROM python:latest\nRUN echo secret  # loclint: ignore[SEC002]\n"));
        assertEquals(List.of(new Suppression(".env", 2, List.of("SEC002"), new Span(1, 1, 1, 26))),
                suppressions(".env", FileKind.DOTENV, "# loclint: ignore[SEC002]\nPASSWORD=hunter22\n"));
        assertEquals(List.of(new Suppression("pyproject.toml", 2, List.of("DEP001"), new Span(2, 13, 2, 38))),
                suppressions("pyproject.toml", FileKind.PYPROJECT,
                        "[project]\nname = \"x\"  # loclint: ignore[DEP001]\n"));
        assertEquals(List.of(new Suppression("values.yaml", 1, List.of("IMG001"), new Span(1, 14, 1, 39))),
                suppressions("values.yaml", FileKind.YAML, "tag: latest  # loclint: ignore[IMG001]\n"));
    }

    @Test
    void aCommentNamingNoCodeSuppressesNothingAndIsUnusedWithoutAFix() {
        String text = "x = 1  # loclint: ignore\ny = 2  # loclint: ignore[]\nz = 3  # loclint:ignore[NAM001\n"
                + "w = 4  # loclint: ignored\n";
        Suppressions suppressions = new Suppressions(List.of(parsed("a.py", FileKind.PYTHON, text)));
        assertEquals(List.of(
                new Suppression("a.py", 1, List.of(), new Span(1, 8, 1, 25)),
                new Suppression("a.py", 2, List.of(), new Span(2, 8, 2, 27)),
                new Suppression("a.py", 3, List.of(), new Span(3, 8, 3, 24))), suppressions.all());
        Finding onFirstLine = new Finding("NAM001", Severity.WARNING, "m", "a.py", Span.point(1, 1), "s", "h");
        Suppressions.Applied applied = suppressions.apply(List.of(onFirstLine), (path, code) -> true,
                Set.of("NAM001"));
        assertEquals(List.of(onFirstLine), applied.kept());
        assertEquals(suppressions.all().stream().map(s -> new UnusedSuppression(s, null, null)).toList(),
                applied.unused());
    }

    private static List<Suppression> suppressions(String path, FileKind kind, String text) {
        return new Suppressions(List.of(parsed(path, kind, text))).all();
    }

    private static ParsedFile parsed(String path, FileKind kind, String text) {
        return FileParser.frontEnd(new SourceFile(path, Path.of(path), kind, text.length()), text);
    }
}
