package io.loclint.engine.result;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * When two findings, of two runs or of one, are the same finding: same code, path and symbol. Line and column are
 * left out, so a finding keeps its identity when unrelated edits move it; severity is left out, so a severity
 * override does not make an old finding look new; the message is left out, so rewording a rule does not either.
 * SARIF fingerprints and baseline keys are both digests of it.
 *
 * <p>Changing the recipe orphans every stored alert and baseline: SHA-256 over {@code code NUL path NUL symbol}
 * (a null part counts as empty), UTF-8, as lower-case hex, with the baseline's salt and a NUL in front.
 */
public final class FindingIdentity {
    private FindingIdentity() {
    }

    /** 64 hex digits. */
    public static String digest(Finding finding) {
        return sha256Hex(key(finding));
    }

    /** 64 hex digits; the salt keeps a stored key from confirming a guessed symbol, such as a secret. */
    public static String saltedDigest(String salt, Finding finding) {
        return sha256Hex(salt + '\0' + key(finding));
    }

    private static String key(Finding finding) {
        return nonNull(finding.code()) + '\0' + nonNull(finding.path()) + '\0' + nonNull(finding.symbol());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
