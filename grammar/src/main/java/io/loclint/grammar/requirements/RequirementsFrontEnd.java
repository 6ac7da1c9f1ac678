package io.loclint.grammar.requirements;

import io.loclint.grammar.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code requirements*.txt} as pip reads them: a {@code #} at the start of a line or after a blank starts a
 * comment; a line is a requirement or an option ({@code --name value}, {@code --name=value}, {@code -n value}).
 */
public final class RequirementsFrontEnd {
    private static final Set<String> INCLUDES = Set.of("-r", "--requirement", "-c", "--constraint");
    private static final Set<String> INDEXES = Set.of("-i", "--index-url", "--extra-index-url");
    /** Options that take no argument, so that what follows them on the line is not mistaken for one. */
    private static final Set<String> FLAGS = Set.of("--pre", "--no-index", "--prefer-binary",
            "--require-hashes");

    private RequirementsFrontEnd() {
    }

    public static RequirementsFile parse(String text) {
        List<RequirementLine> lines = new ArrayList<>();
        int lineStart = 0;
        for (int number = 1; lineStart <= text.length(); number++) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            RequirementLine line = line(text.substring(lineStart, lineEnd), number);
            if (line != null) {
                lines.add(line);
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        return new RequirementsFile(List.copyOf(lines));
    }

    private static RequirementLine line(String line, int number) {
        int end = contentEnd(line);
        int start = 0;
        while (start < end && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        if (start == end) {
            return null;
        }
        if (line.charAt(start) != '-') {
            return new RequirementLine(RequirementLine.Kind.REQUIREMENT, null, line.substring(start, end),
                    new Span(number, start + 1, number, end + 1));
        }
        int optionEnd = start;
        while (optionEnd < end && !Character.isWhitespace(line.charAt(optionEnd)) && line.charAt(optionEnd) != '=') {
            optionEnd++;
        }
        String option = line.substring(start, optionEnd);
        int valueStart = optionEnd;
        if (valueStart < end && line.charAt(valueStart) == '=') {
            valueStart++;
        }
        while (valueStart < end && Character.isWhitespace(line.charAt(valueStart))) {
            valueStart++;
        }
        RequirementLine.Kind kind = INCLUDES.contains(option) ? RequirementLine.Kind.INCLUDE
                : INDEXES.contains(option) ? RequirementLine.Kind.INDEX_URL : RequirementLine.Kind.OPTION;
        if (valueStart == end || FLAGS.contains(option)) {
            return new RequirementLine(kind, option, null, new Span(number, start + 1, number, optionEnd + 1));
        }
        return new RequirementLine(kind, option, line.substring(valueStart, end),
                new Span(number, valueStart + 1, number, end + 1));
    }

    /** Where the line's content ends: before a comment and trailing blanks (and a CR). */
    private static int contentEnd(String line) {
        int end = line.length();
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                end = i;
                break;
            }
        }
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
