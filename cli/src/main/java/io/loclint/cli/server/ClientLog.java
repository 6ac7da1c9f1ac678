package io.loclint.cli.server;

import org.eclipse.lsp4j.MessageType;

import java.util.function.BiConsumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * lsp4j reports what it could not read (a malformed message) and what it could not send to {@code java.util.logging};
 * this passes its warnings on to the client's log, where the user looks, as one line each.
 */
final class ClientLog extends Handler {
    private static final Logger LSP4J = Logger.getLogger("org.eclipse.lsp4j");
    /** A line that fails to reach the client is logged by lsp4j again: that one is not passed on. */
    private static final ThreadLocal<Boolean> SENDING = ThreadLocal.withInitial(() -> false);

    private final BiConsumer<MessageType, String> client;

    private ClientLog(BiConsumer<MessageType, String> client) {
        this.client = client;
        setLevel(Level.WARNING);
    }

    /** From now on, until {@link #close}, lsp4j's warnings and errors also go to {@code client}. */
    static ClientLog install(BiConsumer<MessageType, String> client) {
        ClientLog handler = new ClientLog(client);
        LSP4J.addHandler(handler);
        return handler;
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record) || SENDING.get()) {
            return;
        }
        SENDING.set(true);
        try {
            String message = record.getMessage() == null ? "" : record.getMessage().lines().findFirst().orElse("");
            client.accept(record.getLevel().intValue() >= Level.SEVERE.intValue() ? MessageType.Error
                    : MessageType.Warning, "loclint: protocol: " + message);
        } catch (RuntimeException e) {
            // the client's log is unreachable; stderr keeps lsp4j's own line
        } finally {
            SENDING.set(false);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        LSP4J.removeHandler(this);
    }
}
