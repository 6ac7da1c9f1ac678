package io.loclint.cli;

import io.loclint.grammar.docker.DockerfileFrontEnd;
import io.loclint.grammar.helm.HelmTemplateFrontEnd;
import io.loclint.grammar.python.PythonFrontEnd;
import io.loclint.grammar.toml.TomlFrontEnd;
import io.loclint.grammar.yaml.YamlFrontEnd;
import io.loclint.rules.Registry;

import java.util.Set;

/**
 * Start-up on two cores: while the main thread builds the command line (picocli's reflection takes about a third of
 * a one-location check), a second thread initialises what every check needs next: the front-ends (grammar tables,
 * the native parser library, YAML and TOML parsers) and the rule registry. Nothing here reads the user's files or
 * keeps state a check could see; class initialisation is thread-safe, so a check that gets there first just waits.
 */
final class Warmup {
    private static final Set<String> LINTING_COMMANDS = Set.of("check", "gitea", "baseline");

    private Warmup() {
    }

    /** Starts the warm-up when the arguments name a command that lints; returns at once. */
    static void startFor(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                if (LINTING_COMMANDS.contains(arg)) {
                    Thread thread = new Thread(Warmup::run, "loclint-warmup");
                    thread.setDaemon(true);
                    thread.start();
                }
                return;
            }
        }
    }

    private static void run() {
        try {
            Registry.rules();
            PythonFrontEnd.parse("from dagster import job, op\n\n@op\ndef a():\n    return 'x'\n");
            TomlFrontEnd.parse("[project]\nname = \"x\"\ndependencies = [\"dagster\"]\n");
            YamlFrontEnd.parse("image:\n  repository: r\n  tag: \"1.0\"\n");
            DockerfileFrontEnd.parse("FROM python:3.12-slim\nRUN pip install .\n");
            HelmTemplateFrontEnd.parse("image: {{ .Values.image.repository }}:{{ .Values.image.tag | default \"1\" }}\n");
        } catch (RuntimeException | LinkageError e) {
            // a warm-up that fails costs nothing but time; the check itself reports real problems
        }
    }
}
