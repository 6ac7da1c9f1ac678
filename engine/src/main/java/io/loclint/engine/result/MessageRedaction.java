package io.loclint.engine.result;

import java.util.ServiceLoader;

/**
 * The one redaction every finding (message, symbol, hint) and every notification passes through before a run
 * returns it: a credential in a known format is masked wherever a rule or front-end happened to quote it (an op's
 * name, a parse error). The rules module provides it, being where credentials are recognised; without one on the
 * class path text is returned unchanged.
 */
public interface MessageRedaction {
    /** The text with every credential in it masked; null stays null. */
    String redact(String text);

    /** The implementation on the class path (the first, by ServiceLoader's order), or one that changes nothing. */
    static MessageRedaction installed() {
        return ServiceLoader.load(MessageRedaction.class, MessageRedaction.class.getClassLoader()).findFirst()
                .orElse(text -> text);
    }
}
