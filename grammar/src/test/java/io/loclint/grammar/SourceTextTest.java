package io.loclint.grammar;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceTextTest {
    @Test
    void stripsTheByteOrderMark() {
        SourceText.Decoded d = SourceText.decode("\uFEFFx = 1\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(d.ok());
        assertEquals("x = 1\n", d.text());
    }

    @Test
    void invalidUtf8IsAProblemAtTheFirstBadByte() {
        byte[] bytes = "ok = 1\nname = \"caf".getBytes(StandardCharsets.UTF_8);
        byte[] withBad = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, withBad, 0, bytes.length);
        withBad[bytes.length] = (byte) 0xE9;
        withBad[bytes.length + 1] = '"';
        SourceText.Decoded d = SourceText.decode(withBad);
        assertFalse(d.ok());
        assertNull(d.text());
        assertEquals(new Span(2, 12, 2, 13), d.problem().span());
        assertEquals("not valid UTF-8: byte 0xE9 at offset 18 cannot be decoded", d.problem().message());
    }

    @Test
    void loneCarriageReturnsEndLinesLikeNewlinesAndCrLfStays() {
        SourceText.Decoded d = SourceText.decode("a = 1\r\nb = 2\rc = 3\r".getBytes(StandardCharsets.UTF_8));
        assertEquals("a = 1\r\nb = 2\nc = 3\n", d.text());
    }

    @Test
    void binaryDetection() {
        assertTrue(SourceText.looksBinary(new byte[]{0x7f, 'E', 'L', 'F', 0}));
        assertFalse(SourceText.looksBinary("plain text".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void wideEncodingsAreDecodedByTheirByteOrderMark() {
        String text = "password: s3cr\u00e9t\n";
        for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                Charset.forName("UTF-32LE"), Charset.forName("UTF-32BE"))) {
            byte[] bytes = ("\uFEFF" + text).getBytes(charset);
            assertFalse(SourceText.looksBinary(bytes), charset.name());
            SourceText.Decoded d = SourceText.decode(bytes);
            assertTrue(d.ok(), charset.name());
            assertEquals(text, d.text(), charset.name());
        }
    }

    @Test
    void wideTextWithoutAByteOrderMarkIsStillBinary() {
        assertTrue(SourceText.looksBinary("a: 1\n".getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void aBrokenUtf16FileIsAProblemAtItsLine() {
        byte[] good = "\uFEFFa: 1\nb: x".getBytes(StandardCharsets.UTF_16LE);
        byte[] bad = new byte[good.length + 2];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = 0x00;
        bad[good.length + 1] = (byte) 0xDC;
        SourceText.Decoded d = SourceText.decode(bad);
        assertFalse(d.ok());
        assertEquals(new Span(2, 5, 2, 6), d.problem().span());
        assertEquals("not valid UTF-16LE: the bytes at offset 20 cannot be decoded", d.problem().message());
    }

    @Test
    void lineIndexGivesOneBasedPositions() {
        SourceText.LineIndex index = new SourceText.LineIndex("ab\ncdé\n\nx");
        assertEquals(4, index.lineCount());
        assertEquals(new Span(1, 1, 1, 3), index.span(0, 2));
        assertEquals(new Span(2, 3, 2, 4), index.span(5, 6));
        assertEquals(new Span(4, 1, 4, 2), index.span(8, 9));
    }

    /** PEP 263: a Latin-1 Python file that declares its coding is valid Python, on its first or second line. */
    @Test
    void pythonCodingCookieIsHonoured() {
        byte[] latin1 = "# -*- coding: latin-1 -*-\nX = \"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("# -*- coding: latin-1 -*-\nX = \"caf\u00e9\"\n", SourceText.decodePython(latin1).text());
        byte[] secondLine = "#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\nX = \"\u00e9\"\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("X = \"\u00e9\"\n", SourceText.decodePython(secondLine).text().lines().skip(2)
                .findFirst().map(l -> l + "\n").orElseThrow());
    }

    @Test
    void cookieAfterCodeOrUnknownIsNotHonoured() {
        byte[] late = "X = 1\n# coding: latin-1\nY = \"\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("not valid UTF-8: byte 0xE9 at offset 29 cannot be decoded",
                SourceText.decodePython(late).problem().message());
        byte[] unknown = "# coding: no-such-codec\nY = \"\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("not valid UTF-8: byte 0xE9 at offset 29 cannot be decoded",
                SourceText.decodePython(unknown).problem().message());
    }
}
