package io.loclint.engine.fix;

import io.loclint.engine.result.Edit;
import io.loclint.grammar.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Applies edits to a file's text and shows them as a unified diff. Lines end at {@code \r\n}, {@code \n} or a lone
 * {@code \r}, as the front-ends count them, and each ending is kept as it is.
 */
public final class TextEdits {
    private static final int CONTEXT = 3;

    private final String text;
    /** Offset of the start of each line; one more entry for the end of the text. */
    private final int[] lineStarts;

    public TextEdits(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        if (starts.get(starts.size() - 1) != text.length()) {
            starts.add(text.length());
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The number of lines; a final line break ends the last line rather than starting an empty one. */
    public int lineCount() {
        return lineStarts.length - 1;
    }

    /** Line {@code line} (1-based) without its line break. */
    public String line(int line) {
        int start = lineStarts[line - 1];
        int end = lineStarts[line];
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    /** The line break that ends the text's first line, {@code \r\n} or {@code \n}: what a new line should end with. */
    public String lineBreak() {
        int newline = text.indexOf('\n');
        return newline > 0 && text.charAt(newline - 1) == '\r' ? "\r\n" : "\n";
    }

    /** The text with the edits made, and the edits that were made. */
    public record Applied(String text, List<Edit> edits) {}

    /**
     * Makes the edits, in order of position. The same edit given twice (two findings sharing one fix) is made
     * once; an edit overlapping one already made, or outside the text, is left out, so the result is never a
     * mixture of two changes to the same text.
     */
    public Applied apply(List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(new LinkedHashSet<>(edits));
        sorted.sort(Comparator.comparingInt((Edit e) -> offset(e.span().startLine(), e.span().startColumn()))
                .thenComparingInt(e -> offset(e.span().endLine(), e.span().endColumn())));
        StringBuilder out = new StringBuilder(text.length());
        List<Edit> made = new ArrayList<>();
        int copied = 0;
        for (Edit edit : sorted) {
            int from = offset(edit.span().startLine(), edit.span().startColumn());
            int to = offset(edit.span().endLine(), edit.span().endColumn());
            if (from < copied || to < from || from < 0 || to > text.length()) {
                continue;
            }
            out.append(text, copied, from).append(edit.replacement());
            copied = to;
            made.add(edit);
        }
        out.append(text, copied, text.length());
        return new Applied(out.toString(), made);
    }

    /**
     * A unified diff of the made edits ({@code --- a/PATH}, {@code +++ b/PATH}, hunks with three lines of context),
     * as {@code git apply} and {@code patch -p1} read it; empty when the edits change nothing.
     *
     * @param made edits as {@link #apply} returned them: in order, none overlapping
     */
    public String diff(String path, List<Edit> made) {
        List<Change> changes = changes(made);
        if (changes.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("--- a/").append(path).append('\n')
                .append("+++ b/").append(path).append('\n');
        int shift = 0;
        for (int i = 0; i < changes.size(); ) {
            int j = i;
            while (j + 1 < changes.size() && changes.get(j + 1).from() - changes.get(j).to() <= 2 * CONTEXT) {
                j++;
            }
            int from = Math.max(0, changes.get(i).from() - CONTEXT);
            int to = Math.min(lineCount(), changes.get(j).to() + CONTEXT);
            StringBuilder body = new StringBuilder();
            int oldCount = 0;
            int newCount = 0;
            int at = from;
            int hunkShift = shift;
            for (int k = i; k <= j; k++) {
                Change change = changes.get(k);
                for (; at < change.from(); at++, oldCount++, newCount++) {
                    appendLine(body, ' ', rawLine(at));
                }
                for (; at < change.to(); at++, oldCount++) {
                    appendLine(body, '-', rawLine(at));
                }
                for (String added : change.lines()) {
                    appendLine(body, '+', added);
                    newCount++;
                }
                shift += change.lines().size() - (change.to() - change.from());
            }
            for (; at < to; at++, oldCount++, newCount++) {
                appendLine(body, ' ', rawLine(at));
            }
            out.append("@@ -").append(range(from, oldCount)).append(" +").append(range(from + hunkShift, newCount))
                    .append(" @@\n").append(body);
            i = j + 1;
        }
        return out.toString();
    }

    /** Old lines {@code from} (0-based) up to {@code to} replaced by {@code lines}, each with its line break. */
    private record Change(int from, int to, List<String> lines) {}

    /**
     * The line-level changes of the edits: edits on the same lines are taken together, and lines the edits left as
     * they were (a line above which one was inserted) are context, not a change.
     */
    private List<Change> changes(List<Edit> made) {
        List<Change> out = new ArrayList<>();
        for (int i = 0; i < made.size(); ) {
            int first = made.get(i).span().startLine() - 1;
            int last = lastLine(made.get(i).span());
            int j = i;
            while (j + 1 < made.size() && made.get(j + 1).span().startLine() - 1 <= last) {
                j++;
                last = Math.max(last, lastLine(made.get(j).span()));
            }
            int chunkStart = lineStarts[first];
            String chunk = text.substring(chunkStart, lineStarts[Math.min(last + 1, lineCount())]);
            StringBuilder edited = new StringBuilder();
            int copied = 0;
            for (int k = i; k <= j; k++) {
                Span span = made.get(k).span();
                int from = offset(span.startLine(), span.startColumn()) - chunkStart;
                int to = offset(span.endLine(), span.endColumn()) - chunkStart;
                edited.append(chunk, copied, from).append(made.get(k).replacement());
                copied = to;
            }
            edited.append(chunk, copied, chunk.length());
            out.add(trimmed(first, new TextEdits(chunk).rawLines(), new TextEdits(edited.toString()).rawLines()));
            i = j + 1;
        }
        out.removeIf(c -> c.from() == c.to() && c.lines().isEmpty());
        return out;
    }

    /** The last line (0-based) whose text an edit touches: one ending at column 1 takes only the line break before. */
    private int lastLine(Span span) {
        int last = span.endColumn() == 1 && span.endLine() > span.startLine() ? span.endLine() - 2 : span.endLine() - 1;
        return Math.min(last, lineCount() - 1);
    }

    private static Change trimmed(int first, List<String> before, List<String> after) {
        int head = 0;
        while (head < before.size() && head < after.size() && before.get(head).equals(after.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < before.size() - head && tail < after.size() - head
                && before.get(before.size() - 1 - tail).equals(after.get(after.size() - 1 - tail))) {
            tail++;
        }
        return new Change(first + head, first + before.size() - tail, after.subList(head, after.size() - tail));
    }

    private List<String> rawLines() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lineCount(); i++) {
            out.add(rawLine(i));
        }
        return out;
    }

    /** Line {@code index} (0-based) with its line break. */
    private String rawLine(int index) {
        return text.substring(lineStarts[index], lineStarts[index + 1]);
    }

    private static void appendLine(StringBuilder out, char marker, String rawLine) {
        out.append(marker).append(rawLine);
        if (!rawLine.endsWith("\n") && !rawLine.endsWith("\r")) {
            out.append("\n\\ No newline at end of file\n");
        } else if (rawLine.endsWith("\r")) {
            out.append('\n');
        }
    }

    /** GNU diff's hunk range: the count left out when it is 1, the line before the hunk when it is 0. */
    private static String range(int from, int count) {
        if (count == 1) {
            return String.valueOf(from + 1);
        }
        return (count == 0 ? from : from + 1) + "," + count;
    }

    private int offset(int line, int column) {
        if (line < 1 || line > lineStarts.length) {
            return -1;
        }
        if (line == lineStarts.length) {
            return column == 1 ? text.length() : -1;
        }
        int offset = lineStarts[line - 1] + column - 1;
        return column < 1 || offset > lineStarts[line] ? -1 : offset;
    }
}
