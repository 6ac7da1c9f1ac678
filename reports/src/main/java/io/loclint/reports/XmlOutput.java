package io.loclint.reports;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The one place XML writers are made, for the checkstyle and junit formats: the JDK's own StAX writer (never a
 * StAX implementation that happens to be on the class path, so output does not change with the class path),
 * UTF-8, two-space indent, {@code \n} line ends, the caller's stream left open.
 *
 * <p>The writer escapes {@code < & > "}; what it cannot do is handled here before a string reaches it:
 * <ul>
 *   <li>characters XML 1.0 forbids (control characters other than tab, line feed and carriage return; lone
 *       surrogates; U+FFFE, U+FFFF) become U+FFFD, so the document always parses;</li>
 *   <li>in attribute values, line breaks and tabs become spaces. A parser would do that anyway (attribute-value
 *       normalization), and the writer cannot emit {@code &#10;}; doing it here keeps the bytes honest.</li>
 * </ul>
 */
final class XmlOutput implements AutoCloseable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final XMLStreamWriter xml;
    private final OutputStream out;
    private int depth;
    /** True while the element just opened has no children yet (its end tag then stays on the same line). */
    private boolean empty;

    private XmlOutput(XMLStreamWriter xml, OutputStream out) {
        this.xml = xml;
        this.out = out;
    }

    static XmlOutput open(OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            return new XmlOutput(xml, out);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    XmlOutput start(String name) throws IOException {
        try {
            newLine();
            xml.writeStartElement(name);
            depth++;
            empty = true;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    /** An element with attributes only, {@code <name a="..."/>}; add attributes with {@link #attribute}. */
    XmlOutput leaf(String name) throws IOException {
        try {
            newLine();
            xml.writeEmptyElement(name);
            empty = false;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    /** An attribute on the element just started; a null value writes nothing. */
    XmlOutput attribute(String name, String value) throws IOException {
        if (value == null) {
            return this;
        }
        try {
            xml.writeAttribute(name, attributeText(value));
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    XmlOutput attribute(String name, long value) throws IOException {
        return attribute(name, Long.toString(value));
    }

    /** Text content of the element just started; line breaks are kept. The element must be ended next. */
    XmlOutput text(String value) throws IOException {
        try {
            xml.writeCharacters(clean(value == null ? "" : value));
            empty = true; // keep the end tag right after the text
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    XmlOutput end() throws IOException {
        try {
            depth--;
            if (!empty) {
                newLine();
            }
            xml.writeEndElement();
            empty = false;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    /** Ends the document with a newline and flushes; does not close the caller's stream. */
    @Override
    public void close() throws IOException {
        try {
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        out.flush();
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    static String attributeText(String value) {
        return clean(value).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    /** {@code value} with every character XML 1.0 does not allow replaced by U+FFFD. */
    static String clean(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
                if (ok) {
                    if (out != null) {
                        out.append(c).append(value.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!ok && out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            }
            if (out != null) {
                out.append(ok ? c : '\uFFFD');
            }
        }
        return out == null ? value : out.toString();
    }
}
