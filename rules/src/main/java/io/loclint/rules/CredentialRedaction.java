package io.loclint.rules;

import io.loclint.engine.result.MessageRedaction;

import java.util.List;

/**
 * Masks every credential SEC001 would recognise in a message, symbol or hint, the way SEC001 shows one: at most its
 * first four characters, then {@code ***} (a URL keeps its user and host, and loses its password).
 */
public final class CredentialRedaction implements MessageRedaction {
    @Override
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        List<Credentials.FormatMatch> found = Credentials.DEFAULT.formats(text);
        if (found.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (Credentials.FormatMatch match : found) {
            // a URL's user name holds no ':', so its password starts after the first ':' past the scheme
            int secretStart = match.format() != Credentials.Format.URL_CREDENTIALS ? match.start()
                    : text.indexOf(':', text.indexOf("://", match.start()) + 3) + 1;
            int secretEnd = secretStart + match.secret().length();
            out.append(text, copied, secretStart).append(Redaction.redact(match.secret()));
            copied = secretEnd;
        }
        return out.append(text, copied, text.length()).toString();
    }
}
