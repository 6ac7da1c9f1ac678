package io.loclint.engine.model.images;

import io.loclint.engine.files.ParsedFile;
import io.loclint.grammar.docker.ArgInstruction;
import io.loclint.grammar.docker.DockerFile;
import io.loclint.grammar.docker.DockerInstruction;
import io.loclint.grammar.docker.DockerVariables;
import io.loclint.grammar.docker.DockerWord;
import io.loclint.grammar.docker.FromInstruction;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Base images of a Dockerfile: every FROM (ARG defaults resolved) and every {@code COPY --from=image}. */
final class DockerfileImages {
    private DockerfileImages() {
    }

    static void collect(ParsedFile file, List<ImageReference> out) {
        DockerFile docker = file.facts(DockerFile.class);
        if (docker == null) {
            return;
        }
        Map<String, ArgInstruction> globals = DockerVariables.globalArgs(docker);
        Map<String, String> values = new HashMap<>();
        globals.forEach((name, arg) -> {
            if (arg.defaultValue() != null) {
                values.put(name, arg.defaultValue());
            }
        });
        Set<String> stages = new HashSet<>();
        for (DockerInstruction instruction : docker.instructions()) {
            if (instruction.keyword().equals("FROM")) {
                FromInstruction from = FromInstruction.of(instruction);
                if (from.image() != null) {
                    add(file, from.image(), "FROM", globals, values, stages, out);
                }
                if (from.stageName() != null) {
                    stages.add(from.stageName().toLowerCase(Locale.ROOT));
                }
            } else if (instruction.keyword().equals("COPY") || instruction.keyword().equals("ADD")) {
                for (DockerWord flag : instruction.flags()) {
                    if (flag.value().startsWith("--from=")) {
                        String source = flag.value().substring("--from=".length());
                        if (!source.matches("[0-9]+")) {
                            DockerWord word = new DockerWord(source, flag.raw(), flag.span());
                            add(file, word, "COPY --from", globals, values, stages, out);
                        }
                    }
                }
            }
        }
    }

    private static void add(ParsedFile file, DockerWord word, String how, Map<String, ArgInstruction> globals,
                            Map<String, String> values, Set<String> stages, List<ImageReference> out) {
        String raw = word.value();
        if (stages.contains(raw.toLowerCase(Locale.ROOT)) || raw.equals("scratch")) {
            return;
        }
        for (String name : DockerVariables.references(raw)) {
            ArgInstruction arg = globals.get(name);
            if (arg == null || arg.defaultValue() == null) {
                // set only at build time: nothing to say about it here
                return;
            }
        }
        String resolved = DockerVariables.substitute(raw, values);
        if (resolved.isBlank() || ImageName.unresolved(resolved) || stages.contains(resolved.toLowerCase(Locale.ROOT))) {
            return;
        }
        ImageName name = ImageName.parse(resolved);
        ArgInstruction source = argThatSetsTheTag(raw, name, globals);
        if (source != null) {
            out.add(new ImageReference(file.path(), source.valueSpan() != null ? source.valueSpan() : source.nameSpan(),
                    resolved, name.tag(), name.digest(), false, how + " " + raw + " (ARG " + source.name() + ")"));
        } else {
            out.add(new ImageReference(file.path(), word.span(), resolved, name.tag(), name.digest(), false, how));
        }
    }

    /**
     * The ARG to change to fix the tag, or null when the FROM line itself is the place: {@code FROM ${IMAGE}} and
     * {@code FROM python:${TAG}} take their tag from an ARG, {@code FROM app-${FLAVOUR}:latest} writes it.
     */
    private static ArgInstruction argThatSetsTheTag(String raw, ImageName resolved,
                                                    Map<String, ArgInstruction> globals) {
        String pin = resolved.digest() != null ? "@" + resolved.digest()
                : resolved.tag() != null ? ":" + resolved.tag() : null;
        if (pin != null && raw.endsWith(pin) && !pin.contains("$")) {
            return null;
        }
        String lastSegment = raw.substring(raw.lastIndexOf('/') + 1);
        List<String> names = DockerVariables.references(lastSegment);
        return names.isEmpty() ? null : globals.get(names.get(0));
    }
}
