package io.loclint.reports;

import io.loclint.engine.result.Finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stable identities for findings, SARIF's {@code partialFingerprints["loclint/v1"]}.
 *
 * <p>A fingerprint is {@code HASH:N}: {@code HASH} is the first 128 bits (32 lower-case hex digits) of
 * SHA-256 over {@code code NUL path NUL symbol} (a null symbol counts as empty), and {@code N} is the 1-based
 * occurrence of that key among the run's findings in report order. Line and column are deliberately left out,
 * so a finding keeps its fingerprint when unrelated edits move it; severity is left out so a severity
 * override does not make an old alert look new. Findings that share code, path and symbol are told apart by
 * {@code N}; the first of them keeps {@code :1} whether or not later duplicates appear.
 *
 * <p>Changing this recipe orphans every stored alert and baseline: bump the {@code v1} in {@link #KEY}.
 */
public final class Fingerprints {

    /** The key under {@code partialFingerprints}. */
    public static final String KEY = "loclint/v1";

    private Fingerprints() {
    }

    /** One fingerprint per finding, index for index. */
    public static List<String> of(List<Finding> findings) {
        List<String> out = new ArrayList<>(findings.size());
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : findings) {
            String hash = hash(f.code(), f.path(), f.symbol());
            int occurrence = seen.merge(hash, 1, Integer::sum);
            out.add(hash + ":" + occurrence);
        }
        return out;
    }

    static String hash(String code, String path, String symbol) {
        String key = nonNull(code) + '\0' + nonNull(path) + '\0' + nonNull(symbol);
        byte[] digest = sha256().digest(key.getBytes(StandardCharsets.UTF_8));
        StringBuilder hex = new StringBuilder(32);
        for (int i = 0; i < 16; i++) {
            hex.append(Character.forDigit((digest[i] >> 4) & 0xF, 16)).append(Character.forDigit(digest[i] & 0xF, 16));
        }
        return hex.toString();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
