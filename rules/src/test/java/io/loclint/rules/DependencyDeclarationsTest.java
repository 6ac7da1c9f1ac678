package io.loclint.rules;

import io.loclint.engine.result.ToolNotification;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * DEP002 stays silent for a location whose declaration it cannot read for sure, and says so once per location;
 * the findings of the same fixture are checked by {@link FixturesTest}.
 */
class DependencyDeclarationsTest {
    @Test
    void everyLocationLeftUncheckedGetsOneNoteSayingWhy() {
        List<String> notes = FixtureRun.run(FixtureRun.fixture("dependencies")).notifications().stream()
                .filter(n -> n.id().equals("dependencies-unread"))
                .map(DependencyDeclarationsTest::describe)
                .toList();
        assertEquals(List.of(
                "no-declaration/pyproject.toml: DEP002: imports of code location 'no-declaration' are not checked:"
                        + " it declares no dependencies in any file loclint reads",
                "requirements-missing-include/requirements.txt: DEP002: imports of code location"
                        + " 'requirements-missing-include' are not checked: it installs the requirements of"
                        + " '../common/requirements.txt', which is not a requirements file of the location",
                "setup-py-dynamic/setup.py: DEP002: imports of code location 'setup-py-dynamic' are not checked:"
                        + " setup.py computes install_requires",
                "unknown-backend/pyproject.toml: DEP002: imports of code location 'unknown-backend' are not"
                        + " checked: its build backend 'in_house_build.api' is not one whose dependency list"
                        + " loclint reads"), notes);
    }

    private static String describe(ToolNotification note) {
        assertEquals("note", note.level());
        return note.path() + ": " + note.message();
    }
}
