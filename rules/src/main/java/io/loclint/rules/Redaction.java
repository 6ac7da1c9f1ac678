package io.loclint.rules;

/**
 * How a credential may appear in a finding: at most its first four characters, then {@code ***}. Shorter secrets
 * show less (a quarter of their length, rounded down), so a short password is never mostly revealed; characters
 * that are not printable ASCII letters, digits or common punctuation end the shown prefix.
 */
public final class Redaction {
    /** What replaces the hidden part. */
    public static final String MASK = "***";
    /** The most characters ever shown. */
    public static final int MAX_SHOWN = 4;

    private Redaction() {
    }

    /** {@code "hunter2-prod-secret"} → {@code "hunt***"}; {@code "abc"} → {@code "***"}; null → {@code "***"}. */
    public static String redact(String secret) {
        if (secret == null) {
            return MASK;
        }
        int shown = Math.min(MAX_SHOWN, secret.length() / 4);
        StringBuilder out = new StringBuilder(shown + MASK.length());
        for (int i = 0; i < shown; i++) {
            char c = secret.charAt(i);
            if (c < 0x21 || c > 0x7e || c == '\'' || c == '"' || c == '\\') {
                break;
            }
            out.append(c);
        }
        return out.append(MASK).toString();
    }
}
