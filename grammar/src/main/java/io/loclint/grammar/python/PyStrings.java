package io.loclint.grammar.python;

/** Decodes Python string literal text (prefix, quotes, escapes) into its value. */
final class PyStrings {
    private PyStrings() {
    }

    /** Length of the prefix letters ({@code rb}, {@code f} ...) before the opening quote. */
    static int prefixLength(String text) {
        int i = 0;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean isFString(String text) {
        int p = prefixLength(text);
        for (int i = 0; i < p; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c == 'f' || c == 't') {
                return true;
            }
        }
        return false;
    }

    static boolean isRaw(String text) {
        int p = prefixLength(text);
        for (int i = 0; i < p; i++) {
            if (Character.toLowerCase(text.charAt(i)) == 'r') {
                return true;
            }
        }
        return false;
    }

    static boolean isBytes(String text) {
        int p = prefixLength(text);
        for (int i = 0; i < p; i++) {
            if (Character.toLowerCase(text.charAt(i)) == 'b') {
                return true;
            }
        }
        return false;
    }

    /** [bodyStart, bodyEnd) of the literal's contents, relative to the text; tolerant of unterminated literals. */
    static int[] body(String text) {
        int p = prefixLength(text);
        if (p >= text.length()) {
            return new int[] {p, p};
        }
        char q = text.charAt(p);
        int quoteLen = text.startsWith(String.valueOf(q).repeat(3), p) ? 3 : 1;
        int bodyStart = Math.min(text.length(), p + quoteLen);
        int bodyEnd = text.length();
        String closing = String.valueOf(q).repeat(quoteLen);
        if (bodyEnd - bodyStart >= quoteLen && text.endsWith(closing) && bodyEnd - quoteLen >= bodyStart) {
            bodyEnd -= quoteLen;
        }
        return new int[] {bodyStart, bodyEnd};
    }

    /** Resolves escapes in {@code s} (a literal body); {@code bytes} literals have no \\u, \\U or \\N escapes. */
    static String unescape(String s, boolean bytes) {
        int bs = s.indexOf('\\');
        if (bs < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        out.append(s, 0, bs);
        int i = bs;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                out.append(c);
                i++;
                continue;
            }
            char e = s.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\r' -> {
                    if (i < n && s.charAt(i) == '\n') {
                        i++;
                    }
                }
                case '\\' -> out.append('\\');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000B');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    int k = 1;
                    while (k < 3 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
                        v = v * 8 + (s.charAt(i++) - '0');
                        k++;
                    }
                    out.append((char) v);
                }
                case 'x' -> i = hex(s, i, 2, out, "\\x");
                case 'u' -> i = bytes ? literal(out, "\\u", i) : hex(s, i, 4, out, "\\u");
                case 'U' -> i = bytes ? literal(out, "\\U", i) : hex(s, i, 8, out, "\\U");
                case 'N' -> {
                    int close = s.indexOf('}', i);
                    if (!bytes && i < n && s.charAt(i) == '{' && close > i) {
                        try {
                            out.appendCodePoint(Character.codePointOf(s.substring(i + 1, close)));
                            i = close + 1;
                        } catch (IllegalArgumentException ex) {
                            out.append("\\N");
                        }
                    } else {
                        out.append("\\N");
                    }
                }
                default -> out.append('\\').append(e);
            }
        }
        return out.toString();
    }

    private static int literal(StringBuilder out, String text, int i) {
        out.append(text);
        return i;
    }

    private static int hex(String s, int i, int digits, StringBuilder out, String escape) {
        if (i + digits > s.length()) {
            out.append(escape);
            return i;
        }
        int v = 0;
        for (int k = 0; k < digits; k++) {
            int d = Character.digit(s.charAt(i + k), 16);
            if (d < 0) {
                out.append(escape);
                return i;
            }
            v = v * 16 + d;
        }
        if (Character.isValidCodePoint(v)) {
            out.appendCodePoint(v);
        } else {
            out.append(escape).append(s, i, i + digits);
        }
        return i + digits;
    }
}
