package io.loclint.grammar.docker;

import io.loclint.grammar.ParseCancelled;
import io.loclint.grammar.ParseProblem;
import io.loclint.grammar.Span;
import io.loclint.grammar.TokenPositions;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * Dockerfiles through {@code DockerfileLexer}: the grammar finds instructions, continuations and comments; this class
 * turns each instruction's arguments into shell-like words with exact positions. Never throws.
 */
public final class DockerfileFrontEnd {
    public static final Set<String> INSTRUCTIONS = Set.of("FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE",
            "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL",
            "HEALTHCHECK", "SHELL");
    private static final Pattern DIRECTIVE = Pattern.compile("^#\\s*([A-Za-z]+)\\s*=\\s*(\\S*)\\s*$");
    private static final Set<String> DIRECTIVES = Set.of("syntax", "escape", "check");
    private static final Pattern HEREDOC = Pattern.compile("<<(-?)\\s*[\"']?([A-Za-z_][A-Za-z0-9_]*)[\"']?");

    private DockerfileFrontEnd() {
    }

    public static DockerFile parse(String source) {
        List<ParseProblem> problems = new ArrayList<>();
        try {
            return new Builder(source, problems).build();
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(new ParseProblem(Span.point(1, 1), "the Dockerfile could not be read ("
                    + e.getClass().getSimpleName() + ")"));
            return new DockerFile(List.of(), Map.of(), List.of(), problems);
        }
    }

    private static final class Builder {
        private final String source;
        private final List<ParseProblem> problems;
        private final String[] lines;
        private final TokenPositions positions;
        private final Map<String, String> directives = new LinkedHashMap<>();
        private boolean backtickEscape;

        Builder(String source, List<ParseProblem> problems) {
            this.source = source;
            this.problems = problems;
            this.lines = source.split("\r?\n", -1);
            this.positions = new TokenPositions(source);
        }

        DockerFile build() {
            readDirectives();
            String lexed = backtickEscape ? swapEscape(source) : source;
            DockerfileLexer lexer = new DockerfileLexer(CharStreams.fromString(lexed));
            lexer.removeErrorListeners();
            List<? extends Token> tokens = lexer.getAllTokens();
            List<DockerInstruction> instructions = new ArrayList<>();
            List<DockerComment> comments = new ArrayList<>();
            int skipThroughLine = 0;
            for (int i = 0; i < tokens.size(); i++) {
                ParseCancelled.checkInterrupted();
                Token token = tokens.get(i);
                if (token.getLine() <= skipThroughLine || token.getChannel() != Token.DEFAULT_CHANNEL) {
                    continue;
                }
                switch (token.getType()) {
                    case DockerfileLexer.COMMENT ->
                            comments.add(new DockerComment(restore(token.getText()).substring(1), spanOf(token)));
                    // a parse error names where and what kind, never the text: that may be a credential
                    case DockerfileLexer.GARBAGE -> problems.add(new ParseProblem(spanOf(token),
                            "expected an instruction"));
                    case DockerfileLexer.KEYWORD -> {
                        int end = i + 1;
                        while (end < tokens.size() && tokens.get(end).getType() != DockerfileLexer.NEWLINE
                                && tokens.get(end).getType() != DockerfileLexer.KEYWORD) {
                            end++;
                        }
                        DockerInstruction instruction = instruction(token, tokens.subList(i + 1, end));
                        i = end - 1;
                        if (instruction != null) {
                            instructions.add(instruction);
                            skipThroughLine = heredocEnd(instruction);
                        }
                    }
                    default -> {
                    }
                }
            }
            return new DockerFile(List.copyOf(instructions), Map.copyOf(directives), List.copyOf(comments),
                    List.copyOf(problems));
        }

        /** Directives are the {@code # key=value} lines at the very top, before any other line. */
        private void readDirectives() {
            for (String line : lines) {
                Matcher m = DIRECTIVE.matcher(line.strip());
                if (!m.matches() || !DIRECTIVES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                    break;
                }
                directives.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
            }
            String escape = directives.get("escape");
            if (escape != null && !escape.equals("\\") && !escape.equals("`")) {
                problems.add(new ParseProblem(Span.point(1, 1), "the escape directive must be '\\' or '`'"));
            }
            backtickEscape = "`".equals(escape);
        }

        private DockerInstruction instruction(Token keywordToken, List<? extends Token> argumentTokens) {
            String keyword = keywordToken.getText().toUpperCase(Locale.ROOT);
            Span keywordSpan = spanOf(keywordToken);
            if (!INSTRUCTIONS.contains(keyword)) {
                problems.add(new ParseProblem(keywordSpan, "unknown instruction"));
                return null;
            }
            Positions text = new Positions();
            Token last = keywordToken;
            for (Token t : argumentTokens) {
                if (t.getType() == DockerfileLexer.ARG_TEXT && t.getChannel() == Token.DEFAULT_CHANNEL) {
                    text.append(restore(t.getText()), positions.charOffset(t.getStartIndex()), positions.lines());
                    last = t;
                }
            }
            Span span = positions.span(keywordToken, last);
            String arguments = text.toString().strip();
            List<DockerWord> words = Words.split(text);
            if (keyword.equals("FROM") && words.stream().noneMatch(w -> !w.value().startsWith("--"))) {
                problems.add(new ParseProblem(keywordSpan, "FROM names no image"));
            }
            return new DockerInstruction(keyword, arguments, words, span, keywordSpan);
        }

        /** The last line of a heredoc that starts in this instruction, or 0. */
        private int heredocEnd(DockerInstruction instruction) {
            Matcher m = HEREDOC.matcher(instruction.arguments());
            if (!m.find() || !Set.of("RUN", "COPY", "ADD").contains(instruction.keyword())) {
                return 0;
            }
            boolean stripTabs = !m.group(1).isEmpty();
            String terminator = m.group(2);
            for (int line = instruction.span().endLine() + 1; line <= lines.length; line++) {
                String text = stripTabs ? lines[line - 1].replaceFirst("^\t+", "") : lines[line - 1];
                if (text.equals(terminator)) {
                    return line;
                }
            }
            problems.add(new ParseProblem(instruction.span(), "heredoc '" + terminator + "' is never closed"));
            return lines.length;
        }

        private String restore(String text) {
            return backtickEscape ? swapEscape(text) : text;
        }

        private Span spanOf(Token token) {
            return positions.span(token);
        }
    }

    /** With {@code # escape=`} the backtick plays the backslash's part: swap them one for one. */
    static String swapEscape(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '`') {
                chars[i] = '\\';
            } else if (chars[i] == '\\') {
                chars[i] = '`';
            }
        }
        return new String(chars);
    }
}
