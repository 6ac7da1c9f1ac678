package io.loclint.engine.files;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class GitIgnoreTest {
    private final GitIgnore ignore = GitIgnore.parse("""
            # build output
            *.pyc
            /generated/
            docs/_build
            logs/
            !logs/keep.yaml
            **/fixtures/*.yaml
            """);

    @Test
    void unanchoredPatternsMatchAtAnyDepth() {
        assertEquals(true, ignore.matches("a/b/c.pyc", false));
        assertNull(ignore.matches("a/b/c.py", false));
    }

    @Test
    void anchoredPatternsMatchOnlyAtTheTop() {
        assertEquals(true, ignore.matches("generated", true));
        assertNull(ignore.matches("src/generated", true));
        assertEquals(true, ignore.matches("docs/_build", true));
        assertNull(ignore.matches("x/docs/_build", true));
    }

    @Test
    void directoryOnlyPatternsSkipFilesOfThatName() {
        assertEquals(true, ignore.matches("logs", true));
        assertNull(ignore.matches("logs", false));
        assertEquals(true, ignore.matches("logs/run.yaml", false));
    }

    @Test
    void lastMatchingPatternWins() {
        assertEquals(false, ignore.matches("logs/keep.yaml", false));
    }

    @Test
    void doubleStar() {
        assertEquals(true, ignore.matches("fixtures/a.yaml", false));
        assertEquals(true, ignore.matches("x/y/fixtures/a.yaml", false));
        assertNull(ignore.matches("x/y/fixtures/a.toml", false));
    }
}
