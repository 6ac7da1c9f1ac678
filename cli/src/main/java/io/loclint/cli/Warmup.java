package io.loclint.cli;

import io.loclint.engine.Linter;
import io.loclint.rules.Registry;

import java.util.Set;

/**
 * Start-up on two cores: while the main thread builds the command line (picocli's reflection takes about a third of
 * a one-location check), a second thread checks a small code location held in memory ({@link Linter#warmUp}), so
 * the front-ends, model builder and rules are loaded and initialised when the real check reaches them. Nothing
 * here reads the user's files or keeps state a check could see; class initialisation is thread-safe, so a check
 * that gets somewhere first just waits.
 */
final class Warmup {
    private static final Set<String> LINTING_COMMANDS = Set.of("check", "gitea", "baseline");

    private Warmup() {
    }

    /** Starts the warm-up when the arguments name a command that lints; returns at once. */
    static void startFor(String[] args) {
        String word = LoclintCommand.subcommandWord(args);
        if (word != null && LINTING_COMMANDS.contains(word)) {
            Thread thread = new Thread(Warmup::run, "loclint-warmup");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private static void run() {
        try {
            Linter.warmUp(Registry::rules);
            Registry.metas();
        } catch (RuntimeException | LinkageError e) {
            // a warm-up that fails costs nothing but time; the check itself reports real problems
        }
    }
}
