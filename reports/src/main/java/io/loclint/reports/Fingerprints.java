package io.loclint.reports;

import io.loclint.engine.result.Finding;
import io.loclint.engine.result.FindingIdentity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stable identities for findings, SARIF's {@code partialFingerprints["loclint/v1"]} (also in the JSON report).
 *
 * <p>A fingerprint is {@code HASH:N}: {@code HASH} is the first 128 bits (32 lower-case hex digits) of the
 * finding's {@link FindingIdentity#digest}, and {@code N} is the 1-based occurrence of that identity among the
 * run's findings in report order. Findings that share code, path and symbol are told apart by {@code N}; the first
 * of them keeps {@code :1} whether or not later duplicates appear.
 *
 * <p>Changing this recipe orphans every stored alert: bump the {@code v1} in {@link #KEY}.
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
            String hash = FindingIdentity.digest(f).substring(0, 32);
            int occurrence = seen.merge(hash, 1, Integer::sum);
            out.add(hash + ":" + occurrence);
        }
        return out;
    }
}
