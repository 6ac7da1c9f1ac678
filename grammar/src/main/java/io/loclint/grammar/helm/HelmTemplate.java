package io.loclint.grammar.helm;

import io.loclint.grammar.ParseProblem;
import io.loclint.grammar.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed template: its actions, the YAML comments in its text, and the problems met. Also answers per line
 * what text lies outside the actions, so a rule can find {@code image:} lines and the values they read.
 */
public final class HelmTemplate {
    /** A {@code #} comment in the text outside actions. */
    public record TextComment(String text, Span span) {}

    private final List<HelmAction> actions;
    private final List<TextComment> comments;
    private final List<ParseProblem> problems;
    private final String[] lines;
    /** Per line, the actions that touch it: a template has many lines and many actions. */
    private final List<List<HelmAction>> byLine;

    HelmTemplate(List<HelmAction> actions, List<TextComment> comments, List<ParseProblem> problems, String[] lines) {
        this.actions = List.copyOf(actions);
        this.comments = List.copyOf(comments);
        this.problems = List.copyOf(problems);
        this.lines = lines;
        this.byLine = new ArrayList<>(lines.length + 1);
        for (int i = 0; i <= lines.length; i++) {
            byLine.add(List.of());
        }
        for (HelmAction action : this.actions) {
            for (int line = action.span().startLine(); line <= Math.min(action.span().endLine(), lines.length); line++) {
                if (byLine.get(line).isEmpty()) {
                    byLine.set(line, new ArrayList<>());
                }
                byLine.get(line).add(action);
            }
        }
    }

    public List<HelmAction> actions() {
        return actions;
    }

    public List<TextComment> comments() {
        return comments;
    }

    public List<ParseProblem> problems() {
        return problems;
    }

    public int lineCount() {
        return lines.length;
    }

    /** The actions that start on a 1-based line. */
    public List<HelmAction> actionsOn(int line) {
        List<HelmAction> out = new ArrayList<>();
        if (line < 1 || line > lines.length) {
            return out;
        }
        for (HelmAction action : byLine.get(line)) {
            if (action.span().startLine() == line) {
                out.add(action);
            }
        }
        return out;
    }

    /** A line with every action on it blanked out (actions spanning lines are blanked on this line's part). */
    public String textOutsideActions(int line) {
        if (line < 1 || line > lines.length) {
            return "";
        }
        char[] text = lines[line - 1].toCharArray();
        for (HelmAction action : byLine.get(line)) {
            Span s = action.span();
            if (s.startLine() > line || s.endLine() < line) {
                continue;
            }
            int from = s.startLine() == line ? s.startColumn() - 1 : 0;
            int to = s.endLine() == line ? Math.min(text.length, s.endColumn() - 1) : text.length;
            for (int i = Math.max(0, from); i < to; i++) {
                text[i] = ' ';
            }
        }
        return new String(text);
    }

    /** The line's text outside actions with its trailing YAML comment cut: what YAML reads as the value. */
    public String textOutsideActionsAndComments(int line) {
        String text = textOutsideActions(line);
        for (TextComment comment : comments) {
            if (comment.span().startLine() == line) {
                return text.substring(0, comment.span().startColumn() - 1).stripTrailing();
            }
        }
        return text;
    }
}
