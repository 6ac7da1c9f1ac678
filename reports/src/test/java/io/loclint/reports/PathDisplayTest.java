package io.loclint.reports;

import io.loclint.engine.result.BaselineResult;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.RunResult;
import io.loclint.engine.result.Severity;
import io.loclint.engine.result.ToolNotification;
import io.loclint.grammar.Span;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class PathDisplayTest {

    private static final Path HERE = Path.of("/home/ana/repo");
    private final PathDisplay display = PathDisplay.from(HERE);

    @Test
    void insideTheWorkingFolderRelativeToItOutsideAbsolute() {
        assertEquals("locations/orders/Dockerfile", display.show(Path.of("/home/ana/repo/locations/orders"),
                "Dockerfile"));
        assertEquals("src/jobs.py", display.show(HERE, "src/jobs.py"));
        // standing in src/ of a location: the location's own files are outside the working folder
        PathDisplay inSrc = PathDisplay.from(Path.of("/home/ana/repo/src"));
        assertEquals("pkg/jobs.py", inSrc.show(HERE, "src/pkg/jobs.py"));
        assertEquals("/home/ana/repo/pyproject.toml", inSrc.show(HERE, "pyproject.toml"));
        assertEquals("/srv/other/Dockerfile", display.show(Path.of("/srv/other"), "Dockerfile"));
        assertEquals("/home/ana/repository/a.py", display.show(Path.of("/home/ana/repository"), "a.py"));
        assertEquals(".", display.show(Path.of("/home/ana"), "repo"));
        assertEquals("my jobs/ü.py", display.show(HERE, "my jobs/ü.py"));
    }

    @Test
    void noPathStaysNoPath() {
        assertEquals(null, display.show(HERE, null));
        assertEquals("", display.show(HERE, ""));
    }

    @Test
    void appliedToARunItShowsEveryPathAndTheRootBecomesTheWorkingFolder() {
        Path root = Path.of("/srv/other");
        Finding finding = new Finding("IMG001", Severity.ERROR, "m", "Dockerfile", new Span(1, 6, 1, 18), "s", "h");
        Finding suppressed = new Finding("NAM001", Severity.ERROR, "m", "a.py", new Span(2, 1, 2, 3), "A", null);
        Finding absent = new Finding("DEF003", Severity.WARNING, "gone", "b.py", new Span(0, 0, 0, 0), null, null);
        RunResult result = new RunResult(root, List.of(finding), Samples.RULES,
                List.of(new ToolNotification("file-too-large", "warning", "skipped", "big.json"),
                        new ToolNotification("config-default", "note", "defaults", null)),
                "0.1.0", true, 3, List.of(suppressed), new BaselineResult(List.of(), List.of(absent)));
        RunResult shown = display.apply(result);
        assertEquals(HERE, shown.root());
        assertEquals(List.of(new Finding("IMG001", Severity.ERROR, "m", "/srv/other/Dockerfile",
                new Span(1, 6, 1, 18), "s", "h")), shown.findings());
        assertEquals("/srv/other/a.py", shown.suppressed().get(0).path());
        assertEquals("/srv/other/b.py", shown.baseline().absent().get(0).path());
        assertEquals(List.of(new ToolNotification("file-too-large", "warning", "skipped", "/srv/other/big.json"),
                new ToolNotification("config-default", "note", "defaults", null)), shown.notifications());
        assertEquals(List.of(true, 3L, "0.1.0"), List.of(shown.successful(), shown.filesChecked(),
                shown.toolVersion()));
    }

    @Test
    void peoplesFormatsShowPathsFromTheWorkingFolderSarifAndJsonKeepTheirs() {
        RunResult run = new RunResult(Path.of("/srv/other"),
                List.of(new Finding("NAM001", Severity.ERROR, "m", "a.py", new Span(2, 1, 2, 3), "A", null)),
                Samples.RULES, List.of(), "0.1.0", true, 1);
        assertEquals("/srv/other/a.py:2:1: error NAM001 m\nFound 1 problem (1 error, 0 warnings, 0 notes) in 1 file.\n",
                Samples.render(Reporters.withPathsShown(new TextReporter(), display), run));
        assertEquals("::error file=/srv/other/a.py,line=2,col=1,endLine=2,endColumn=3,title=NAM001::m\n",
                Samples.render(Reporters.withPathsShown(new GithubReporter(), display), run));
        for (String name : List.of("text", "checkstyle", "junit", "github", "markdown")) {
            Reporter shown = Reporters.withPathsShown(Reporters.forFormat(name), display);
            assertEquals(name, shown.name());
            assertEquals(Samples.render(Reporters.forFormat(name), display.apply(run)), Samples.render(shown, run));
        }
        for (String name : List.of("sarif", "json")) {
            Reporter reporter = Reporters.forFormat(name);
            assertSame(reporter, Reporters.withPathsShown(reporter, display));
        }
    }
}
