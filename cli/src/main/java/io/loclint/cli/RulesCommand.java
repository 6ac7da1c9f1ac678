package io.loclint.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.loclint.engine.config.Configurations;
import io.loclint.engine.config.LoclintConfig;
import io.loclint.engine.result.RuleMeta;
import io.loclint.reports.JsonOutput;
import io.loclint.rules.Registry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every rule: code, severity and whether it runs as the configuration of the current"
                + " folder (or --config) and the selection flags say, name, summary.")
final class RulesCommand implements Callable<Integer> {
    enum Format { text, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES} (default: text).")
    Format format = Format.text;

    @CommandLine.Mixin
    RuleSelection selection = new RuleSelection();

    @Override
    public Integer call() {
        Path here = Path.of("").toAbsolutePath();
        LoclintConfig config = selection.configurations(List.of(Configurations.climbLimit(here)), here).run();
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? json(config) : text(config));
        out.flush();
        return ExitCodes.CLEAN;
    }

    /** A rule the configuration does not run shows as {@code off} rather than at a severity it never reports. */
    private static String text(LoclintConfig config) {
        StringBuilder text = new StringBuilder(String.format("%-7s %-8s %-32s %s%n", "CODE", "SEVERITY", "NAME",
                "SUMMARY"));
        for (RuleMeta meta : Registry.metas()) {
            String severity = config.enabled(meta.code())
                    ? config.severityOf(meta.code(), meta.severity()).label() : "off";
            text.append(String.format("%-7s %-8s %-32s %s%n", meta.code(), severity, meta.name(), meta.summary()));
        }
        return text.toString();
    }

    private static String json(LoclintConfig config) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            JsonGenerator gen = JsonOutput.open(bytes);
            gen.writeStartObject();
            gen.writeArrayFieldStart("rules");
            for (RuleMeta meta : Registry.metas()) {
                gen.writeStartObject();
                gen.writeStringField("code", meta.code());
                gen.writeStringField("name", meta.name());
                gen.writeStringField("severity", config.severityOf(meta.code(), meta.severity()).label());
                gen.writeStringField("defaultSeverity", meta.severity().label());
                gen.writeBooleanField("enabled", config.enabled(meta.code()));
                gen.writeStringField("summary", meta.summary());
                gen.writeStringField("helpUri", meta.helpUri());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
            JsonOutput.finish(gen);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
