package io.loclint.reports;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** URI helpers for SARIF artifact locations. */
final class Uris {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Uris() {
    }

    /**
     * A relative path ({@code src/my jobs/ü.py}) as a relative URI reference ({@code src/my%20jobs/%C3%BC.py}):
     * every byte of the UTF-8 form except RFC 3986 unreserved characters and {@code /} is percent-encoded.
     * Encoding more than strictly needed (e.g. {@code :}, {@code @}) keeps the first segment from reading as a
     * scheme and is always a valid reference. Backslashes are treated as separators.
     */
    static String relativeReference(String path) {
        String p = path.replace('\\', '/');
        StringBuilder out = new StringBuilder(p.length() + 16);
        for (byte b : p.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isUnreserved(c) || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    /** The root directory as an absolute {@code file:} URI that ends in {@code /}, as SARIF requires of a base. */
    static String directoryUri(Path root) {
        String uri = root.toAbsolutePath().normalize().toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
