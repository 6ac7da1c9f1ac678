package io.loclint.cli;

import io.loclint.reports.TextReporter;
import picocli.CommandLine.Option;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * {@code --color}: how the text report on stdout looks. A picocli mixin; tests replace {@link #terminal} and
 * {@link #env} to see what a terminal would get.
 */
final class ColorOption {
    enum When { auto, always, never }

    @Option(names = "--color", paramLabel = "WHEN",
            description = "The text report on stdout with colour, each finding's source line and fix hint: auto (when"
                    + " stdout is a terminal; without colour when NO_COLOR is set), always or never (one plain line"
                    + " per finding) (default: ${DEFAULT-VALUE}).")
    When when = When.auto;

    /** Whether stdout is a terminal. */
    BooleanSupplier terminal = ColorOption::stdoutIsTerminal;

    /** The environment, for NO_COLOR and TERM. */
    Map<String, String> env = System.getenv();

    /** The style of a text report written to stdout; a report written to a file is always plain. */
    TextReporter.Style style() {
        return switch (when) {
            case never -> TextReporter.Style.PLAIN;
            case always -> TextReporter.Style.COLOUR;
            case auto -> !terminal.getAsBoolean() ? TextReporter.Style.PLAIN
                    : noColour() ? TextReporter.Style.FULL : TextReporter.Style.COLOUR;
        };
    }

    /** NO_COLOR set and not empty (no-color.org), or a terminal that declares it has no features. */
    private boolean noColour() {
        String noColor = env.get("NO_COLOR");
        return (noColor != null && !noColor.isEmpty()) || "dumb".equals(env.get("TERM"));
    }

    /**
     * Java 17 to 21 give a console only when stdin and stdout are both a terminal; from Java 22 there is a console
     * for pipes too, and only its {@code isTerminal()} tells (called reflectively: the build targets Java 17).
     */
    static boolean stdoutIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
