package io.loclint.engine.config;

import io.loclint.engine.result.MessageRedaction;

/**
 * A configuration file that cannot be used; the message is one line naming the file and the key. The configuration
 * is in the checked tree and the message quotes it, so it passes the run's one redaction like every finding.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final MessageRedaction REDACTION = MessageRedaction.installed();

    public ConfigException(String message) {
        super(REDACTION.redact(message));
    }
}
