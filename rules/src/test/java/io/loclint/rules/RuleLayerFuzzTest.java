package io.loclint.rules;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Coverage-guided fuzz tests of the rule layer: every function a rule applies to checked text (credential formats,
 * placeholders, references, name words, snake_case, version tags, the message redaction) on one fuzzed string, run
 * on a thread with a small stack and within a time bound. A backtracking or recursive matcher fails here on a
 * short input: the stack bound catches recursion per character, the time bound a pass that is not linear. In a
 * normal test run they replay {@code src/test/resources/io/loclint/rules/RuleLayerFuzzTestInputs/<method>/};
 * {@code JAZZER_FUZZ=1} fuzzes (see fuzz/campaign.sh).
 */
class RuleLayerFuzzTest {
    /** Far below the JVM's default: what a rule needs does not grow with its input. */
    private static final long STACK_BYTES = 192 * 1024;
    /** Generous for the largest regression input (100 KB); a quadratic pass over it takes minutes. */
    private static final long BOUND_MILLIS = 10_000;

    @FuzzTest(maxDuration = "10m")
    void textMatching(byte[] input) throws InterruptedException {
        String text = new String(input, StandardCharsets.UTF_8);
        // names and values are matched by different functions; one string serves as both
        String name = text;
        bounded(() -> {
            Credentials credentials = Credentials.DEFAULT;
            credentials.formats(text);
            Credentials.isPlaceholder(text);
            credentials.isReference(text);
            credentials.isLiteralCredential(name, text);
            Credentials.namesSecretObject(name, text);
            Credentials.interpolationDefault(text);
            Credentials.environmentName(name);
            Naming.isSnakeCase(name);
            Naming.toSnakeCase(name);
            Versions.tag(name);
            Versions.malformedMarker(name);
            String redacted = new CredentialRedaction().redact(text);
            // text holding no credential passes the redaction unchanged
            if (credentials.formats(text).isEmpty()) {
                assertEquals(text, redacted);
            }
        });
    }

    private static void bounded(Runnable work) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                work.run();
            } catch (Throwable t) {
                thrown.set(t);
            }
        }, "rule-layer-fuzz", STACK_BYTES);
        // a thread past its bound cannot be stopped; a daemon does not keep the test JVM alive
        thread.setDaemon(true);
        thread.start();
        thread.join(BOUND_MILLIS);
        if (thread.isAlive()) {
            fail("the rule layer took longer than " + BOUND_MILLIS + " ms on one input");
        }
        if (thrown.get() instanceof AssertionError assertion) {
            throw assertion;
        }
        if (thrown.get() != null) {
            throw new AssertionError("the rule layer threw on its input", thrown.get());
        }
    }
}
