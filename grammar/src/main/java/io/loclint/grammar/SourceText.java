package io.loclint.grammar;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Decodes a file's bytes strictly: UTF-16 and UTF-32 by their byte-order mark, everything else as UTF-8. Every
 * front-end sees text, and a file that does not decode is a parse problem at the first bad byte instead of a
 * silently mangled string.
 */
public final class SourceText {
    private SourceText() {
    }

    /** Either the text (a leading BOM removed) or the problem at the first undecodable byte. */
    public record Decoded(String text, ParseProblem problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    public static Decoded decode(byte[] bytes) {
        Charset marked = wideEncoding(bytes);
        if (marked != null) {
            return decodeMarked(bytes, marked);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            return new Decoded(withLoneCarriageReturnsAsNewlines(text), null);
        } catch (CharacterCodingException e) {
            int bad = firstMalformedOffset(bytes);
            Span where = positionOfByte(bytes, bad);
            return new Decoded(null, new ParseProblem(where,
                    String.format("not valid UTF-8: byte 0x%02X at offset %d cannot be decoded", bytes[bad] & 0xFF, bad)));
        }
    }

    /** PEP 263's coding cookie, as Python's tokenizer finds it: {@code # -*- coding: latin-1 -*-}. */
    private static final Pattern CODING_COOKIE = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");
    private static final Set<String> LATIN_1_NAMES = Set.of("latin-1", "latin1", "l1", "iso-8859-1", "iso8859-1",
            "iso-latin-1", "8859", "cp819");

    /**
     * A Python file's text, in the encoding its PEP 263 coding cookie declares (on its first line, or its second
     * after a comment or blank first line): a Latin-1 file that says so is valid Python. Without a cookie, with a
     * byte-order mark, or with a cookie naming an encoding Java does not know, as {@link #decode} reads any file.
     */
    public static Decoded decodePython(byte[] bytes) {
        Charset declared = wideEncoding(bytes) == null ? codingCookie(bytes) : null;
        return declared == null || declared.equals(StandardCharsets.UTF_8) ? decode(bytes)
                : decodeMarked(bytes, declared);
    }

    static Charset codingCookie(byte[] bytes) {
        int start = 0;
        for (int line = 0; line < 2 && start < bytes.length; line++) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
                end++;
            }
            // the cookie is ASCII, and Latin-1 reads every byte as itself
            String text = new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
            Matcher cookie = CODING_COOKIE.matcher(text);
            if (cookie.find()) {
                return charsetNamed(cookie.group(1));
            }
            if (!text.isBlank() && !text.stripLeading().startsWith("#")) {
                return null;
            }
            start = end + (end + 1 < bytes.length && bytes[end] == '\r' && bytes[end + 1] == '\n' ? 2 : 1);
        }
        return null;
    }

    /** The charset of a Python codec name ({@code latin_1}, {@code utf8}, {@code cp1252}), or null. */
    private static Charset charsetNamed(String codec) {
        String name = codec.toLowerCase(Locale.ROOT).replace('_', '-');
        if (name.equals("utf8") || name.startsWith("utf-8")) {
            return StandardCharsets.UTF_8;
        }
        if (LATIN_1_NAMES.contains(name)) {
            return StandardCharsets.ISO_8859_1;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The UTF-16 or UTF-32 encoding a byte-order mark names, or null. UTF-32 is tried first: its little-endian
     * mark starts with UTF-16's.
     */
    public static Charset wideEncoding(byte[] b) {
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return Charset.forName("UTF-32BE");
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return Charset.forName("UTF-32LE");
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A wide encoding's problem is located by character, not byte: the line of the first undecodable unit. */
    private static Decoded decodeMarked(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        String text = out.toString();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (result.isError()) {
            // the text decoded so far ends where the bad bytes start
            LineIndex index = new LineIndex(text);
            int line = index.lineCount();
            int column = text.length() - index.lineStart(line) + 1;
            return new Decoded(null, new ParseProblem(new Span(line, column, line, column + 1), String.format(
                    "not valid %s: the bytes at offset %d cannot be decoded", charset.name(), in.position())));
        }
        return new Decoded(withLoneCarriageReturnsAsNewlines(text), null);
    }

    /**
     * Python, YAML and editors all end a line at a lone {@code \r} (old Mac line endings); the front-ends and
     * line tables only know {@code \n}. One character for one keeps every offset and column where it was.
     */
    static String withLoneCarriageReturnsAsNewlines(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\r' && (i + 1 == chars.length || chars[i + 1] != '\n')) {
                chars[i] = '\n';
            }
        }
        return new String(chars);
    }

    /**
     * True when the bytes look like a binary file rather than text (a NUL byte in the first 8 KiB). UTF-16 and
     * UTF-32 text is full of NUL bytes: its byte-order mark makes it text.
     */
    public static boolean looksBinary(byte[] bytes) {
        if (wideEncoding(bytes) != null) {
            return false;
        }
        int limit = Math.min(bytes.length, 8192);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static int firstMalformedOffset(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    private static Span positionOfByte(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        int column = before.length() + 1;
        return new Span(line, column, line, column + 1);
    }

    /** Line starts of a text, for turning char offsets into 1-based line/column. */
    public static final class LineIndex {
        private final int[] starts;

        public LineIndex(String text) {
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    count++;
                }
            }
            starts = new int[count];
            int line = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[line++] = i + 1;
                }
            }
        }

        public int lineOf(int offset) {
            int lo = 0;
            int hi = starts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (starts[mid] <= offset) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo + 1;
        }

        public int columnOf(int offset) {
            return offset - starts[lineOf(offset) - 1] + 1;
        }

        public int lineCount() {
            return starts.length;
        }

        public int lineStart(int line) {
            return starts[line - 1];
        }

        public Span span(int startOffset, int endOffset) {
            return new Span(lineOf(startOffset), columnOf(startOffset), lineOf(endOffset), columnOf(endOffset));
        }
    }
}
