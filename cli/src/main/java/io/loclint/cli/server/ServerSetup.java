package io.loclint.cli.server;

import io.loclint.engine.config.Configurations;
import io.loclint.engine.rule.Rule;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * What the server takes from the command line.
 *
 * @param rules          the rules to run
 * @param configurations the configurations of a workspace root, read again when one changes; throws with a
 *                       message the user can act on when one is broken
 * @param explain        {@code loclint explain}'s text (Markdown) for a rule code, or null for no such rule
 * @param baseline       the baseline file (relative to the workspace root unless absolute), or null for none
 * @param baselineGiven  whether the user named the baseline: a default one that does not exist is no baseline,
 *                       a named one is an error to report
 * @param debounceMillis how long typing must pause before a run starts
 */
public record ServerSetup(List<Rule> rules, Function<Path, Configurations> configurations,
                          Function<String, String> explain, Path baseline, boolean baselineGiven,
                          long debounceMillis) {
    public static final long DEFAULT_DEBOUNCE_MILLIS = 150;
}
