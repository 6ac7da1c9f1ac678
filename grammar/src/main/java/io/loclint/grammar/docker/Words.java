package io.loclint.grammar.docker;

import io.loclint.grammar.Span;

import java.util.ArrayList;
import java.util.List;

/** Splits arguments into words the way Docker's shell-word parser does: quotes, escapes, whitespace. */
final class Words {
    private Words() {
    }

    static List<DockerWord> split(Positions text) {
        List<DockerWord> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && isBlank(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            StringBuilder value = new StringBuilder();
            char quote = 0;
            while (i < n && (quote != 0 || !isBlank(text.charAt(i)))) {
                char c = text.charAt(i);
                if (quote == 0 && (c == '"' || c == '\'')) {
                    quote = c;
                } else if (quote != 0 && c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote != '\'' && i + 1 < n) {
                    char next = text.charAt(i + 1);
                    if (quote == '"' && next != '"' && next != '\\' && next != '$') {
                        value.append(c);
                    }
                    value.append(next);
                    i++;
                } else {
                    value.append(c);
                }
                i++;
            }
            int end = i - 1;
            StringBuilder raw = new StringBuilder();
            for (int k = start; k <= end; k++) {
                raw.append(text.charAt(k));
            }
            Span span = new Span(text.line(start), text.column(start), text.line(end), text.column(end) + 1);
            words.add(new DockerWord(value.toString(), raw.toString(), span));
        }
        return words;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
