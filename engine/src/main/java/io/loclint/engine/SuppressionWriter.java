package io.loclint.engine;

import io.loclint.engine.files.FileKind;
import io.loclint.engine.files.ParsedFile;
import io.loclint.engine.files.SourceFile;
import io.loclint.engine.fix.TextEdits;
import io.loclint.engine.result.Edit;
import io.loclint.engine.result.Finding;
import io.loclint.engine.result.Suppression;
import io.loclint.grammar.ParseProblem;
import io.loclint.grammar.Span;
import io.loclint.grammar.docker.DockerFile;
import io.loclint.grammar.helm.HelmTemplate;
import io.loclint.grammar.python.PyComment;
import io.loclint.grammar.yaml.YamlNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import com.google.re2j.Pattern;

/**
 * Works out the {@code # loclint: ignore[CODE]} comments that suppress a file's findings ({@code check
 * --add-suppressions}): one per line, at the end of the finding's line, or merged into a suppression already there.
 * Dockerfiles, {@code .env} files and {@code setup.cfg} get the comment alone on the line above instead, since a
 * {@code #} after an instruction or value there is not a comment to every tool that reads them.
 *
 * <p>A comment never goes where it would change the file: the file is parsed again with the comments in, and a line
 * whose comment changes what the front-end reads (a multi-line string, a YAML block scalar, a continued line) or is
 * not found as a suppression of that line is left out and reported as skipped.
 */
public final class SuppressionWriter {
    /** A line ending a YAML block scalar's header ({@code key: |}, {@code - >-}): the lines below are its text. */
    private static final Pattern BLOCK_SCALAR_HEADER = Pattern.compile("(^|[\\s:])[|>][-+0-9]*\\s*$");

    /** A finding no comment was written for, and why. */
    public record Skipped(Finding finding, String why) {}

    /**
     * @param edits the edits to make to the file's text
     * @param added how many codes they add
     */
    public record Planned(List<Edit> edits, int added, List<Skipped> skipped) {}

    /** One line's comment: the edit and what it must achieve. */
    private record Candidate(int line, List<String> codes, List<Finding> findings, Edit edit, boolean above) {}

    private SuppressionWriter() {
    }

    /** @param findings the file's findings, all with {@code source.path()} as their path */
    public static Planned plan(SourceFile source, String text, List<Finding> findings) {
        ParsedFile parsed;
        try {
            parsed = FileParser.frontEnd(source, text);
        } catch (RuntimeException | StackOverflowError e) {
            return new Planned(List.of(), 0, findings.stream()
                    .map(f -> new Skipped(f, "the file could not be parsed again")).toList());
        }
        TextEdits lines = new TextEdits(text);
        Suppressions existing = new Suppressions(List.of(parsed));
        List<Skipped> skipped = new ArrayList<>();
        Map<Integer, List<Finding>> byLine = new TreeMap<>();
        List<Finding> namingNoCode = new ArrayList<>();
        for (Finding f : findings) {
            int line = f.span().startLine();
            if (f.code().equals("SUP001") && f.fix() == null) {
                namingNoCode.add(f);
            } else if (f.code().equals("SUP001")) {
                skipped.add(new Skipped(f, "an unused suppression is removed (--fix), not suppressed"));
            } else if (line < 1 || line > lines.lineCount()) {
                skipped.add(new Skipped(f, "its line is not in the file"));
            } else {
                byLine.computeIfAbsent(line, l -> new ArrayList<>()).add(f);
            }
        }
        // a comment that names no code gets the codes of its line's findings written into it; on a line without
        // findings only its author knows what it was for
        for (Finding f : namingNoCode) {
            Suppression s = existing.all().stream().filter(c -> c.span().equals(f.span())).findFirst().orElse(null);
            if (s == null || !byLine.containsKey(s.targetLine())) {
                skipped.add(new Skipped(f, "a suppression that names no code needs its codes written in by hand"));
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<Integer, List<Finding>> entry : byLine.entrySet()) {
            int line = entry.getKey();
            Set<String> codes = new LinkedHashSet<>();
            entry.getValue().stream().map(Finding::code).sorted().forEach(codes::add);
            String blocked = blocked(parsed, lines, line);
            if (blocked != null) {
                entry.getValue().forEach(f -> skipped.add(new Skipped(f, blocked)));
            } else {
                candidates.add(candidate(parsed, lines, existing, line, List.copyOf(codes), entry.getValue()));
            }
        }
        List<Candidate> failed = new ArrayList<>();
        List<Candidate> kept = working(source, text, parsed, candidates, failed);
        for (Candidate c : failed) {
            c.findings().forEach(f -> skipped.add(new Skipped(f, "a comment " + (c.above() ? "above" : "at the end of")
                    + " line " + c.line() + " would change what the file says (it would be inside a string, a value"
                    + " or a continued line)")));
        }
        skipped.sort(Comparator.comparing(Skipped::finding, Finding.ORDER));
        int added = kept.stream().mapToInt(c -> c.codes().size()).sum();
        return new Planned(kept.stream().map(Candidate::edit).toList(), added, skipped);
    }

    /**
     * The candidates that work, found by halving a set that does not: a file with a thousand findings and one
     * comment that cannot go in is parsed again a few dozen times, not a thousand.
     */
    private static List<Candidate> working(SourceFile source, String text, ParsedFile parsed,
                                           List<Candidate> candidates, List<Candidate> failed) {
        if (works(source, text, parsed, candidates)) {
            return candidates;
        }
        if (candidates.size() == 1) {
            failed.add(candidates.get(0));
            return List.of();
        }
        int half = candidates.size() / 2;
        List<Candidate> out = new ArrayList<>(working(source, text, parsed, candidates.subList(0, half), failed));
        out.addAll(working(source, text, parsed, candidates.subList(half, candidates.size()), failed));
        return out;
    }

    /** Where a comment has no place on this kind of file's line, known before trying: why, or null. */
    private static String blocked(ParsedFile parsed, TextEdits lines, int line) {
        String previous = line > 1 ? lines.line(line - 1) : "";
        switch (parsed.kind()) {
            case DOCKERFILE: {
                DockerFile docker = parsed.facts(DockerFile.class);
                String escape = docker == null ? "\\" : docker.directives().getOrDefault("escape", "\\");
                return previous.stripTrailing().endsWith(escape)
                        ? "line " + line + " continues the instruction above it, so no comment can go above it" : null;
            }
            case REQUIREMENTS:
                return lines.line(line).stripTrailing().endsWith("\\")
                        ? "line " + line + " is continued on the next line, so no comment can end it" : null;
            case SETUP_CFG:
                return !lines.line(line).isEmpty() && Character.isWhitespace(lines.line(line).charAt(0))
                        ? "line " + line + " continues a value, so no comment can go above it" : null;
            case HELM_TEMPLATE: {
                HelmTemplate template = parsed.facts(HelmTemplate.class);
                if (template != null && template.actions().stream()
                        .anyMatch(a -> a.span().startLine() <= line && a.span().endLine() > line)) {
                    return "line " + line + " ends inside a template action, where a comment cannot go";
                }
                return inBlockScalar(lines, line)
                        ? "line " + line + " is inside a YAML block scalar, where a comment would be text" : null;
            }
            case YAML:
                return parsed.yaml() == null && inBlockScalar(lines, line)
                        ? "line " + line + " is inside a YAML block scalar, where a comment would be text" : null;
            default:
                return null;
        }
    }

    /** Whether the nearest less-indented line above ends a block scalar's header, making this line its text. */
    private static boolean inBlockScalar(TextEdits lines, int line) {
        int indent = indentOf(lines.line(line));
        for (int l = line - 1; l >= 1; l--) {
            String text = lines.line(l);
            if (!text.isBlank() && indentOf(text) < indent) {
                return BLOCK_SCALAR_HEADER.matcher(text).find();
            }
        }
        return false;
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static Candidate candidate(ParsedFile parsed, TextEdits lines, Suppressions existing, int line,
                                       List<String> codes, List<Finding> findings) {
        Suppression already = existing.targeting(parsed.path(), line);
        if (already != null) {
            return new Candidate(line, codes, findings, existing.adding(already, codes), false);
        }
        String comment = Suppressions.directive(codes);
        String text = lines.line(line);
        if (parsed.kind() == FileKind.DOCKERFILE || parsed.kind() == FileKind.DOTENV
                || parsed.kind() == FileKind.SETUP_CFG) {
            String indent = parsed.kind() == FileKind.DOCKERFILE ? text.substring(0, indentOf(text)) : "";
            return new Candidate(line, codes, findings, Edit.insertion(line, 1, indent + comment + lines.lineBreak()),
                    true);
        }
        if (parsed.python() != null) {
            // a Python comment is a suppression only when it starts with one, so it goes before a comment there
            for (PyComment c : parsed.python().comments()) {
                if (c.trailing() && c.span().startLine() == line) {
                    return new Candidate(line, codes, findings,
                            Edit.insertion(line, c.span().startColumn(), comment + "  "), false);
                }
            }
        }
        int end = text.stripTrailing().length();
        return new Candidate(line, codes, findings, new Edit(new Span(line, end + 1, line,
                text.length() + 1), (end == 0 ? "" : "  ") + comment), false);
    }

    /**
     * Whether the file with these comments in reads as it did, and each comment suppresses its line's codes there.
     */
    private static boolean works(SourceFile source, String text, ParsedFile parsed, List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return true;
        }
        try {
            TextEdits.Applied applied = new TextEdits(text).apply(candidates.stream().map(Candidate::edit).toList());
            if (applied.edits().size() != candidates.size()) {
                return false;
            }
            ParsedFile after = FileParser.frontEnd(source, applied.text());
            if (!Objects.equals(meaning(parsed), meaning(after))) {
                return false;
            }
            Suppressions now = new Suppressions(List.of(after));
            int inserted = 0;
            for (Candidate c : candidates) {
                if (c.above()) {
                    inserted++;
                }
                Suppression s = now.targeting(source.path(), c.line() + inserted);
                if (s == null || !s.codes().containsAll(c.codes())) {
                    return false;
                }
            }
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    /** What a front-end read from the file, without positions: the same before and after a harmless comment. */
    private static Object meaning(ParsedFile file) {
        List<Object> out = new ArrayList<>();
        file.problems().stream().map(ParseProblem::message).forEach(out::add);
        switch (file.kind()) {
            case PYPROJECT, TOML -> out.add(file.toml() == null || !file.toml().parsed() ? null
                    : file.toml().root().toJson());
            case YAML -> out.add(file.yaml() == null ? null : file.yaml().documents().stream()
                    .map(SuppressionWriter::shape).toList());
            case HELM_TEMPLATE -> {
                HelmTemplate template = file.facts(HelmTemplate.class);
                out.add(template == null ? null : template.actions().stream()
                        .map(a -> List.of(a.trimLeft(), a.trimRight(), String.valueOf(a.comment()),
                                String.valueOf(a.keyword())))
                        .toList());
            }
            case DOCKERFILE -> {
                DockerFile docker = file.facts(DockerFile.class);
                out.add(docker == null ? null : List.of(docker.directives(), docker.instructions().size()));
            }
            case DOTENV -> out.add(file.dotenv() == null ? null : file.dotenv().entries().stream()
                    .map(e -> List.of(e.key(), String.valueOf(e.value()), e.exported(), e.quoted())).toList());
            case REQUIREMENTS -> out.add(file.requirements() == null ? null : file.requirements().lines().stream()
                    .map(l -> List.of(l.kind(), String.valueOf(l.option()), String.valueOf(l.value()))).toList());
            default -> { }
        }
        return out;
    }

    private static Object shape(YamlNode node) {
        if (node == null) {
            return "empty";
        }
        if (node instanceof YamlNode.Scalar s) {
            return List.of("scalar", String.valueOf(s.value()), s.quoted(), String.valueOf(s.tag()));
        }
        if (node instanceof YamlNode.Sequence s) {
            return s.items().stream().map(SuppressionWriter::shape).toList();
        }
        YamlNode.Mapping m = (YamlNode.Mapping) node;
        return m.entries().stream().map(e -> List.of(shape(e.key()), shape(e.value()))).toList();
    }
}
